export function createWorkQueue(opts) {
    const pending = new Map();
    const busy = new Set();
    const ready = [];
    let running = 0;
    let waiters = [];
    const size = () => running + [...pending.values()].reduce((n, q) => n + q.length, 0);
    const settle = () => {
        if (size() === 0) {
            for (const w of waiters)
                w();
            waiters = [];
        }
    };
    const pump = () => {
        while (running < opts.concurrency && ready.length > 0) {
            const key = ready.shift();
            const job = pending.get(key)?.shift();
            if (!job)
                continue;
            if (pending.get(key)?.length === 0)
                pending.delete(key);
            busy.add(key);
            running++;
            void job()
                .catch((e) => opts.onError(key, e))
                .finally(() => {
                running--;
                busy.delete(key);
                if (pending.has(key))
                    ready.push(key);
                pump();
                settle();
            });
        }
    };
    return {
        push(key, job) {
            const q = pending.get(key) ?? [];
            q.push(job);
            pending.set(key, q);
            if (!busy.has(key) && !ready.includes(key))
                ready.push(key);
            pump();
        },
        size,
        drain(timeoutMs = 30_000) {
            if (size() === 0)
                return Promise.resolve(true);
            return new Promise((resolve) => {
                const timer = setTimeout(() => resolve(false), timeoutMs);
                waiters.push(() => {
                    clearTimeout(timer);
                    resolve(true);
                });
            });
        },
    };
}

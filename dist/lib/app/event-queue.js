import { createWorkQueue } from "./work-queue.js";
export function memoryEventQueue(opts) {
    const queue = createWorkQueue(opts);
    const ids = new Set();
    let handler;
    return {
        push(event) {
            if (!handler)
                return Promise.reject(new Error("the event queue takes no events before work() is called"));
            if (ids.has(event.id))
                return Promise.resolve(false);
            ids.add(event.id);
            const handle = handler;
            queue.push(event.key, () => handle({ ...event, attempt: 0 }).finally(() => ids.delete(event.id)));
            return Promise.resolve(true);
        },
        work(handle) {
            handler = handle;
            return Promise.resolve();
        },
        size: () => queue.size(),
        close: (timeoutMs) => queue.drain(timeoutMs),
    };
}

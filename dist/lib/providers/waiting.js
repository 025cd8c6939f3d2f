/**
 * Bounded polling for a cloud's eventually consistent states (an instance running, a cluster
 * ACTIVE, a group free of network interfaces). Clock and sleep are injected so tests never wait.
 */
import { ProviderOperationError } from "./provider.js";
/**
 * Calls `check` until it returns a value, sleeping between calls; gives up with a Timeout error
 * after `timeoutMs`. Progress is reported at most every ~10 s so long waits stay visible.
 */
export async function waitFor(clock, what, check) {
    const started = clock.now();
    let lastReport = started;
    for (;;) {
        const got = await check();
        if (got !== undefined)
            return got;
        const elapsed = clock.now() - started;
        if (elapsed >= clock.timeoutMs) {
            throw new ProviderOperationError("Timeout", `gave up waiting for ${what} after ${Math.round(elapsed / 1000)} s`);
        }
        if (clock.now() - lastReport >= 10_000) {
            clock.progress?.(`still waiting for ${what} (${Math.round(elapsed / 1000)} s)`);
            lastReport = clock.now();
        }
        await clock.sleep(clock.pollIntervalMs);
    }
}
/**
 * Many waits on one kind of resource, served by one describe per poll for every id still waited
 * on (chunks of `maxIds`), instead of one describe per resource per poll: creates that run at the
 * same time share their polls. Each waiter keeps its own check, time limit and progress line.
 */
export class BatchPoller {
    clock;
    describe;
    maxIds;
    waiters = new Set();
    running = false;
    constructor(clock, 
    /** Whatever of `ids` exists now, by id; an id missing from the answer is "not there". */
    describe, maxIds = 200) {
        this.clock = clock;
        this.describe = describe;
        this.maxIds = maxIds;
    }
    /**
     * Resolves with `check`'s first value other than undefined, given the latest description of
     * `id` (undefined while the cloud does not list it); rejects with what `check` or the describe
     * throws, or with a Timeout after `timeoutMs`. The first look comes one poll interval after the
     * call, since a resource is never ready the instant its create returns.
     */
    wait(id, what, check) {
        return new Promise((resolve, reject) => {
            const started = this.clock.now();
            this.waiters.add({
                id,
                what,
                started,
                lastReport: started,
                check,
                resolve: resolve,
                reject,
            });
            if (!this.running)
                void this.run();
        });
    }
    async run() {
        this.running = true;
        try {
            while (this.waiters.size > 0) {
                await this.clock.sleep(this.clock.pollIntervalMs);
                const round = [...this.waiters];
                const ids = [...new Set(round.map((w) => w.id))];
                const chunks = [];
                for (let k = 0; k < ids.length; k += this.maxIds)
                    chunks.push(ids.slice(k, k + this.maxIds));
                await Promise.all(chunks.map((chunk) => this.poll(new Set(chunk), round)));
            }
        }
        catch (e) {
            // A failing clock would otherwise leave every waiter hanging.
            for (const w of [...this.waiters])
                this.settle(w, () => w.reject(e));
        }
        finally {
            this.running = false;
        }
    }
    async poll(ids, round) {
        const mine = round.filter((w) => ids.has(w.id));
        let described;
        try {
            described = await this.describe([...ids]);
        }
        catch (e) {
            for (const w of mine)
                this.settle(w, () => w.reject(e));
            return;
        }
        for (const w of mine) {
            let got;
            try {
                got = w.check(described.get(w.id));
            }
            catch (e) {
                this.settle(w, () => w.reject(e));
                continue;
            }
            if (got !== undefined) {
                this.settle(w, () => w.resolve(got));
                continue;
            }
            const now = this.clock.now();
            const elapsed = now - w.started;
            if (elapsed >= this.clock.timeoutMs) {
                const error = new ProviderOperationError("Timeout", `gave up waiting for ${w.what} after ${Math.round(elapsed / 1000)} s`);
                this.settle(w, () => w.reject(error));
            }
            else if (now - w.lastReport >= 10_000) {
                this.clock.progress?.(`still waiting for ${w.what} (${Math.round(elapsed / 1000)} s)`);
                w.lastReport = now;
            }
        }
    }
    settle(w, outcome) {
        this.waiters.delete(w);
        outcome();
    }
}

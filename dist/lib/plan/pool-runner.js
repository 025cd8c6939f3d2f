/**
 * Plan and apply jobs on a pool of worker threads (piscina), so that parsing a large spec,
 * planning and rendering never hold the App's event loop: webhooks keep being acknowledged while
 * a 10,000-resource plan runs (invariant 9). The jobs and their contract are in jobs.ts.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { unwrapOutcome, } from "./jobs.js";
export function defaultPoolThreads() {
    return Math.max(1, Math.min(4, availableParallelism() - 1));
}
export function poolRunner(opts = {}) {
    const pool = new Piscina({
        filename: opts.filename ?? fileURLToPath(new URL("./plan-worker.js", import.meta.url)),
        minThreads: 0,
        maxThreads: opts.maxThreads ?? defaultPoolThreads(),
        idleTimeout: opts.idleTimeout ?? 60_000,
    });
    return {
        async plan(job) {
            return unwrapOutcome((await pool.run(job, { name: "plan" })));
        },
        async apply(job) {
            return unwrapOutcome((await pool.run(job, { name: "apply" })));
        },
        close: () => pool.close(),
    };
}

/**
 * Plan and apply jobs on a pool of worker threads (piscina), so that parsing a large spec,
 * planning and rendering never hold the App's event loop: webhooks keep being acknowledged while
 * a 10,000-resource plan runs (invariant 9). The jobs and their contract are in jobs.ts.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { PlagenticError } from "../spec/errors.js";
import { unwrapOutcome, } from "./jobs.js";
export const DEFAULT_PLAN_TIMEOUT_MS = 120_000;
export const DEFAULT_WORKER_MEMORY_MB = 2_048;
export function defaultPoolThreads() {
    return Math.max(1, Math.min(4, availableParallelism() - 1));
}
export function poolRunner(opts = {}) {
    const planTimeoutMs = opts.planTimeoutMs ?? DEFAULT_PLAN_TIMEOUT_MS;
    const maxMemoryMb = opts.maxMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
    const pool = new Piscina({
        filename: opts.filename ?? fileURLToPath(new URL("./plan-worker.js", import.meta.url)),
        minThreads: 0,
        maxThreads: opts.maxThreads ?? defaultPoolThreads(),
        idleTimeout: opts.idleTimeout ?? 60_000,
        resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    });
    // A job stopped by a limit ends its worker (piscina starts a fresh one for the next job), and
    // the caller gets an error that names the limit and how to raise it, like the spec limits do.
    const bounded = async (run) => {
        try {
            return unwrapOutcome((await run));
        }
        catch (e) {
            const err = e;
            if (err.name === "AbortError") {
                throw new PlagenticError(`the plan took longer than ${planTimeoutMs < 1000 ? `${planTimeoutMs} ms` : `${Math.round(planTimeoutMs / 1000)} s`} and was stopped; ` +
                    "PLAGENTIC_PLAN_TIMEOUT (seconds) raises the limit");
            }
            if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
                throw new PlagenticError(`the job needed more than ${maxMemoryMb} MB of memory and was stopped; ` +
                    "PLAGENTIC_WORKER_MEMORY_MB raises the limit");
            }
            throw e;
        }
    };
    return {
        plan: (job) => bounded(pool.run(job, { name: "plan", signal: AbortSignal.timeout(planTimeoutMs) })),
        apply: (job) => bounded(pool.run(job, { name: "apply" })),
        close: () => pool.close(),
    };
}

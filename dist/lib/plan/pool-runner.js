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
    const maxThreads = opts.maxThreads ?? defaultPoolThreads();
    // Jobs wait here, not in piscina's queue, so that a plan's time limit counts only its own run:
    // behind a long plan on the only thread, a waiting job would otherwise time out unstarted.
    const slots = semaphore(maxThreads);
    const pool = new Piscina({
        filename: opts.filename ?? fileURLToPath(new URL("./plan-worker.js", import.meta.url)),
        minThreads: 0,
        maxThreads,
        idleTimeout: opts.idleTimeout ?? 60_000,
        resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    });
    // A job stopped by a limit ends its worker (piscina starts a fresh one for the next job), and
    // the caller gets an error that names the limit and how to raise it, like the spec limits do.
    const bounded = async (run) => {
        const release = await slots();
        try {
            return unwrapOutcome((await run()));
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
        finally {
            release();
        }
    };
    return {
        plan: (job) => bounded(() => pool.run(job, { name: "plan", signal: AbortSignal.timeout(planTimeoutMs) })),
        apply: (job) => bounded(() => pool.run(job, { name: "apply" })),
        close: () => pool.close(),
    };
}
/** At most `n` holders at once; `acquire()` resolves with the function that releases the slot. */
function semaphore(n) {
    let free = n;
    const waiting = [];
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            free++;
    };
    return async () => {
        if (free > 0)
            free--;
        else
            await new Promise((resolve) => waiting.push(resolve));
        return release;
    };
}

/**
 * Plan and apply jobs on a pool of worker threads (piscina), so that parsing a large spec,
 * planning and rendering never hold the App's event loop: webhooks keep being acknowledged while
 * a 10,000-resource plan runs (invariant 9). The jobs and their contract are in jobs.ts.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { PlagenticError } from "../spec/errors.js";
import {
  unwrapOutcome,
  type ApplyJob,
  type ApplyJobResult,
  type JobOutcome,
  type PlanJob,
  type PlanJobResult,
  type PlanRunner,
} from "./jobs.js";

export interface PoolOptions {
  /** Worker threads at most; by default one fewer than the cores (at least one), at most four. */
  maxThreads?: number;
  /** Milliseconds an idle worker is kept, so that the next job skips loading the modules again. */
  idleTimeout?: number;
  /**
   * The compiled worker module. By default `plan-worker.js` beside this file, as built into
   * `dist/lib/plan`; tests that run this file from source must pass a compiled one, since Node
   * cannot load a TypeScript worker.
   */
  filename?: string;
  /**
   * Milliseconds a plan job may run before its worker is stopped (default two minutes). Applies
   * have no timeout: stopping one midway would leave the cloud half-changed, and their cloud
   * calls are bounded by the providers' own timeouts.
   */
  planTimeoutMs?: number;
  /** Heap of each worker in MB (default 2,048); a job that needs more fails instead of the App. */
  maxMemoryMb?: number;
}

export const DEFAULT_PLAN_TIMEOUT_MS = 120_000;
export const DEFAULT_WORKER_MEMORY_MB = 2_048;

export function defaultPoolThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function poolRunner(opts: PoolOptions = {}): PlanRunner {
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
  const bounded = async <T>(run: () => Promise<unknown>): Promise<T> => {
    const release = await slots();
    try {
      return unwrapOutcome((await run()) as JobOutcome<T>);
    } catch (e) {
      const err = e as { name?: string; code?: string };
      if (err.name === "AbortError") {
        throw new PlagenticError(
          `the plan took longer than ${planTimeoutMs < 1000 ? `${planTimeoutMs} ms` : `${Math.round(planTimeoutMs / 1000)} s`} and was stopped; ` +
            "PLAGENTIC_PLAN_TIMEOUT (seconds) raises the limit",
        );
      }
      if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
        throw new PlagenticError(
          `the job needed more than ${maxMemoryMb} MB of memory and was stopped; ` +
            "PLAGENTIC_WORKER_MEMORY_MB raises the limit",
        );
      }
      throw e;
    } finally {
      release();
    }
  };
  return {
    plan: (job: PlanJob) =>
      bounded<PlanJobResult>(() =>
        pool.run(job, { name: "plan", signal: AbortSignal.timeout(planTimeoutMs) }),
      ),
    apply: (job: ApplyJob) => bounded<ApplyJobResult>(() => pool.run(job, { name: "apply" })),
    close: () => pool.close(),
  };
}

/** At most `n` holders at once; `acquire()` resolves with the function that releases the slot. */
function semaphore(n: number): () => Promise<() => void> {
  let free = n;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return async () => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    return release;
  };
}

/**
 * Plan and apply jobs on a pool of worker threads (piscina), so that parsing a large spec,
 * planning and rendering never hold the App's event loop: webhooks keep being acknowledged while
 * a 10,000-resource plan runs (invariant 9). The jobs and their contract are in jobs.ts.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
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
}

export function defaultPoolThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function poolRunner(opts: PoolOptions = {}): PlanRunner {
  const pool = new Piscina({
    filename: opts.filename ?? fileURLToPath(new URL("./plan-worker.js", import.meta.url)),
    minThreads: 0,
    maxThreads: opts.maxThreads ?? defaultPoolThreads(),
    idleTimeout: opts.idleTimeout ?? 60_000,
  });
  return {
    async plan(job: PlanJob): Promise<PlanJobResult> {
      return unwrapOutcome((await pool.run(job, { name: "plan" })) as JobOutcome<PlanJobResult>);
    },
    async apply(job: ApplyJob): Promise<ApplyJobResult> {
      return unwrapOutcome((await pool.run(job, { name: "apply" })) as JobOutcome<ApplyJobResult>);
    },
    close: () => pool.close(),
  };
}

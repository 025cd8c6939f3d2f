import { type PlanRunner } from "./jobs.js";
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
export declare const DEFAULT_PLAN_TIMEOUT_MS = 120000;
export declare const DEFAULT_WORKER_MEMORY_MB = 2048;
export declare function defaultPoolThreads(): number;
export declare function poolRunner(opts?: PoolOptions): PlanRunner;

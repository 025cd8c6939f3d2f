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
}
export declare function defaultPoolThreads(): number;
export declare function poolRunner(opts?: PoolOptions): PlanRunner;

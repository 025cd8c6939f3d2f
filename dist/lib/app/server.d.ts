import { type Server } from "node:http";
import type { Env } from "../config/loader.js";
import type { PlainWordsProposer } from "../github/issue-flow.js";
import type { RouterOptions } from "../github/router.js";
import { type PlanRunner } from "../plan/jobs.js";
import type { Scheduler } from "./scheduler.js";
export interface ServeOptions {
    env: Env;
    port?: number;
    host?: string;
    /** Where the App keeps its state (delivery log unless PLAGENTIC_DATABASE_URL, each repository's sandbox). */
    dataDir?: string;
    concurrency?: number;
    router?: RouterOptions;
    /** Where log lines go, already redacted; stdout by default. */
    writeLog?: (line: string) => void;
    /** Where plans and applies run; by default a worker pool (see `defaultRunner`). */
    runner?: PlanRunner;
}
/**
 * Plans run on a worker pool, off the event loop that acknowledges webhooks. The pool needs the
 * compiled worker beside the compiled server (dist/lib); run from TypeScript sources (tests) there
 * is none, and plans run in-process. `PLAGENTIC_WORKERS=0` also keeps them in-process.
 */
export declare function defaultRunner(env: Env): {
    runner: PlanRunner;
    pooled: boolean;
};
/** The App's team: the one PLAGENTIC_TEAM names, run as a shared (hosted) process. */
export declare function appProposer(env: Env): PlainWordsProposer;
export interface RunningServer {
    server: Server;
    port: number;
    /** The clock that queues scheduled ticks; null with PLAGENTIC_SCHEDULER=off. */
    scheduler: Scheduler | null;
    /** Stops accepting deliveries, waits for running work (bounded), closes the store. */
    close(timeoutMs?: number): Promise<void>;
}
export declare const WEBHOOK_PATH = "/api/github/webhooks";
export declare function startServer(opts: ServeOptions): Promise<RunningServer>;

/**
 * `plagentic serve`: the App's HTTP server. Probot's webhook middleware behind node:http, a
 * `/healthz` endpoint, a work queue off the request path, and a graceful shutdown that stops
 * accepting deliveries and lets queued work finish.
 */
import { type Server } from "node:http";
import type { Env } from "../config/loader.js";
import type { RouterOptions } from "../github/router.js";
export interface ServeOptions {
    env: Env;
    port?: number;
    host?: string;
    /** Where the App keeps its state (delivery log, each repository's sandbox). */
    dataDir?: string;
    concurrency?: number;
    router?: RouterOptions;
}
export interface RunningServer {
    server: Server;
    port: number;
    /** Stops accepting deliveries, waits for queued work (bounded), closes the store. */
    close(timeoutMs?: number): Promise<void>;
}
export declare const WEBHOOK_PATH = "/api/github/webhooks";
export declare function startServer(opts: ServeOptions): Promise<RunningServer>;

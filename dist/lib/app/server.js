/**
 * `plagentic serve`: the App's HTTP server. A webhook intake that verifies and answers at once
 * (webhook-intake.ts), then hands events to Probot, behind node:http, a
 * `/healthz` endpoint, a work queue off the request path, and a graceful shutdown that stops
 * accepting deliveries and lets queued work finish.
 */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createProbot, ProbotOctokit } from "probot";
import { createDeliveryLog } from "../github/deliveries.js";
import { DEFAULT_TEAM, teamProposer } from "../github/team-proposer.js";
import { createRedactor, secretValuesFromEnv } from "../render/redact.js";
import { inlineRunner } from "../plan/jobs.js";
import { poolRunner } from "../plan/pool-runner.js";
import { PlagenticError } from "../spec/errors.js";
import { openStore } from "../store/store.js";
import { plagenticApp } from "./app.js";
import { createLogger } from "./logger.js";
import { webhookIntake } from "./webhook-intake.js";
import { createWorkQueue } from "./work-queue.js";
/**
 * Plans run on a worker pool, off the event loop that acknowledges webhooks. The pool needs the
 * compiled worker beside the compiled server (dist/lib); run from TypeScript sources (tests) there
 * is none, and plans run in-process. `PLAGENTIC_WORKERS=0` also keeps them in-process.
 */
export function defaultRunner(env) {
    const worker = fileURLToPath(new URL("../plan/plan-worker.js", import.meta.url));
    const threads = positiveInteger(env, "PLAGENTIC_WORKERS", { zero: true });
    const timeoutSeconds = positiveInteger(env, "PLAGENTIC_PLAN_TIMEOUT");
    const memoryMb = positiveInteger(env, "PLAGENTIC_WORKER_MEMORY_MB");
    if (threads === 0 || !existsSync(worker))
        return { runner: inlineRunner(), pooled: false };
    return {
        runner: poolRunner({
            filename: worker,
            ...(threads !== undefined && { maxThreads: threads }),
            ...(timeoutSeconds !== undefined && { planTimeoutMs: timeoutSeconds * 1000 }),
            ...(memoryMb !== undefined && { maxMemoryMb: memoryMb }),
        }),
        pooled: true,
    };
}
/** An integer setting from the environment; anything else stops the server before it starts. */
function positiveInteger(env, name, opts = {}) {
    const raw = env[name];
    if (raw === undefined || raw === "")
        return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < (opts.zero ? 0 : 1)) {
        throw new PlagenticError(`${name} must be a whole number${opts.zero ? "" : " above 0"}, not "${raw}"`);
    }
    return value;
}
/** The App's team: the one PLAGENTIC_TEAM names, run as a shared (hosted) process. */
export function appProposer(env) {
    return teamProposer(env["PLAGENTIC_TEAM"] || DEFAULT_TEAM, { mcp: { hosted: true } });
}
export const WEBHOOK_PATH = "/api/github/webhooks";
function unthrottled() {
    // A function default applies after Probot's own throttle options, so `enabled: false` sticks.
    return ProbotOctokit.defaults((options) => ({
        ...options,
        throttle: { ...options["throttle"], enabled: false },
    }));
}
export async function startServer(opts) {
    const env = opts.env;
    const dataDir = resolve(opts.dataDir ?? env["PLAGENTIC_DATA_DIR"] ?? ".plagentic");
    const store = openStore(resolve(dataDir, "app.db"));
    const deliveries = createDeliveryLog(store);
    // Probot would make its own logger, which knows no secrets; every line goes through this one.
    const log = createLogger({
        env,
        redact: createRedactor(secretValuesFromEnv(env)),
        ...(opts.writeLog && { write: opts.writeLog }),
    });
    const probot = createProbot({
        env: env,
        overrides: { log },
        // Octokit spaces writes a second apart to respect GitHub's secondary rate limits; a GitHub
        // Enterprise without those limits (or a test double) can switch that off.
        ...(env["PLAGENTIC_GITHUB_THROTTLE"] === "off" && { defaults: { Octokit: unthrottled() } }),
    });
    const { runner, pooled } = opts.runner ? { runner: opts.runner, pooled: true } : defaultRunner(env);
    const queue = createWorkQueue({
        concurrency: opts.concurrency ?? Number(env["PLAGENTIC_CONCURRENCY"] ?? 4),
        onError: (key, e) => probot.log.error({ err: e }, `job for ${key} failed`),
    });
    await probot.load(plagenticApp({
        env,
        dataDir,
        queue,
        deliveries,
        runner,
        router: opts.router ?? { proposePlainWords: appProposer(env) },
    }));
    const secret = env["WEBHOOK_SECRET"];
    if (!secret)
        throw new Error("WEBHOOK_SECRET is not set: the App cannot verify deliveries without it");
    const intake = webhookIntake({
        secret,
        receive: (event) => probot.receive(event),
        onError: (event, e) => probot.log.error({ err: e }, `delivery ${event.id} (${event.name}) failed`),
    });
    let closing = false;
    const server = createServer((req, res) => {
        if (req.url === "/healthz" || req.url === "/health") {
            res.writeHead(closing ? 503 : 200, { "content-type": "application/json" });
            res.end(JSON.stringify({ status: closing ? "closing" : "ok", queued: queue.size() }));
            return;
        }
        if (closing) {
            // GitHub redelivers what we refuse; the new process handles it.
            res.writeHead(503).end();
            return;
        }
        if (req.url?.split("?")[0] === WEBHOOK_PATH)
            return intake(req, res);
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    });
    const port = opts.port ?? Number(env["PORT"] ?? 3000);
    await new Promise((ok, fail) => {
        server.once("error", fail);
        server.listen(port, opts.host ?? env["HOST"] ?? "0.0.0.0", () => ok());
    });
    const address = server.address();
    const actualPort = typeof address === "object" && address ? address.port : port;
    probot.log.info(`plagentic App listening on :${actualPort}${WEBHOOK_PATH}; plans run ${pooled ? "on a worker pool" : "in-process"}`);
    return {
        server,
        port: actualPort,
        async close(timeoutMs = 30_000) {
            closing = true;
            const stopped = new Promise((ok) => server.close(() => ok()));
            server.closeIdleConnections?.();
            const drained = await queue.drain(timeoutMs);
            if (!drained)
                probot.log.warn("shutting down with work still queued; GitHub will show those deliveries as failed");
            await stopped;
            await runner.close();
            store.close();
        },
    };
}

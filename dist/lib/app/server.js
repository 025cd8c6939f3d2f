/**
 * `plagentic serve`: the App's HTTP server. A webhook intake that verifies, queues and answers
 * (webhook-intake.ts) behind node:http, a `/healthz` endpoint, queue workers that hand events to
 * Probot, and a graceful shutdown that stops accepting deliveries and lets running work finish.
 * The state (deliveries, audit, queue) is SQLite in the data directory, or PostgreSQL shared by
 * replicas when PLAGENTIC_DATABASE_URL is set (app-state.ts).
 */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createProbot, ProbotOctokit } from "probot";
import { DEFAULT_TEAM, teamProposer } from "../github/team-proposer.js";
import { createRedactor, secretValuesFromEnv } from "../render/redact.js";
import { inlineRunner } from "../plan/jobs.js";
import { poolRunner } from "../plan/pool-runner.js";
import { PlagenticError } from "../spec/errors.js";
import { plagenticApp, runningJobs } from "./app.js";
import { openAppState } from "./app-state.js";
import { acceptDelivery, recordGivenUp, runQueuedEvent } from "./event-flow.js";
import { createLogger } from "./logger.js";
import { replicaSettings } from "./replica-settings.js";
import { startScheduler } from "./scheduler-start.js";
import { webhookIntake } from "./webhook-intake.js";
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
    const secret = env["WEBHOOK_SECRET"];
    if (!secret)
        throw new Error("WEBHOOK_SECRET is not set: the App cannot verify deliveries without it");
    const settings = replicaSettings(env);
    // Probot would make its own logger, which knows no secrets; every line goes through this one.
    const log = createLogger({
        env,
        redact: createRedactor([...secretValuesFromEnv(env), ...(settings.database?.secrets ?? [])]),
        ...(opts.writeLog && { write: opts.writeLog }),
    });
    const replicaLog = log.child({ replica: settings.replicaId });
    const state = await openAppState({
        dataDir,
        settings,
        concurrency: opts.concurrency ?? Number(env["PLAGENTIC_CONCURRENCY"] ?? 4),
        onError: (what, e) => replicaLog.error({ err: e }, `${what} failed`),
        onGivenUp: async (event, attempts) => {
            replicaLog.error(`delivery ${event.id} (${event.name}) was given up after ${attempts} attempts`);
            await recordGivenUp(state, event, attempts);
        },
    });
    const probot = createProbot({
        env: env,
        overrides: { log },
        // Octokit spaces writes a second apart to respect GitHub's secondary rate limits; a GitHub
        // Enterprise without those limits (or a test double) can switch that off.
        ...(env["PLAGENTIC_GITHUB_THROTTLE"] === "off" && { defaults: { Octokit: unthrottled() } }),
    });
    const { runner, pooled } = opts.runner ? { runner: opts.runner, pooled: true } : defaultRunner(env);
    const jobs = runningJobs();
    await probot.load(plagenticApp({
        env,
        dataDir,
        jobs,
        approvedChanges: state.approvedChanges,
        runner,
        router: opts.router ?? { proposePlainWords: appProposer(env) },
    }));
    await state.queue.work((job) => runQueuedEvent(state, job, {
        receive: (j) => jobs.receive(probot, j),
        onError: (j, e) => replicaLog.error({ err: e }, `delivery ${j.id} (${j.name}) failed`),
    }));
    const scheduler = startScheduler({ env, probot, dataDir, state, log: replicaLog });
    const intake = webhookIntake({
        secret,
        accept: async (event) => {
            await acceptDelivery(state, event);
        },
        onError: (event, e) => replicaLog.error({ err: e }, `delivery ${event.id} (${event.name}) could not be queued`),
    });
    let closing = false;
    const server = createServer((req, res) => {
        if (req.url === "/healthz" || req.url === "/health") {
            res.writeHead(closing ? 503 : 200, { "content-type": "application/json" });
            res.end(JSON.stringify({
                status: closing ? "closing" : "ok",
                // Events queued or running in this process (with PostgreSQL, the queue itself is shared).
                queued: state.queue.size(),
                replica: settings.replicaId,
            }));
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
    probot.log.info(`plagentic App listening on :${actualPort}${WEBHOOK_PATH}; plans run ${pooled ? "on a worker pool" : "in-process"}; ` +
        `state in ${settings.database ? `PostgreSQL at ${settings.database.host}` : "SQLite"}`);
    return {
        server,
        port: actualPort,
        scheduler,
        async close(timeoutMs = 30_000) {
            closing = true;
            scheduler?.stop();
            const stopped = new Promise((ok) => server.close(() => ok()));
            server.closeIdleConnections?.();
            const drained = await state.close(timeoutMs);
            if (!drained)
                probot.log.warn("shutting down with work still running; another replica or a redelivery takes it over");
            await stopped;
            await runner.close();
        },
    };
}

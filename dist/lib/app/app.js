/**
 * The GitHub App: a thin Probot handler. The intake has already de-duplicated and queued the
 * delivery (event-flow.ts), and a replica's queue worker hands it to Probot; the handler builds the
 * same context the Action builds and calls the shared router.
 */
import { join } from "node:path";
import { octokitClient } from "../github/octokit-client.js";
import { redactingClient } from "../github/redacting-client.js";
import { recordKeyFromEnv } from "../github/record-key.js";
import { handleEvent } from "../github/router.js";
import { SCHEDULE_EVENT } from "../github/schedule.js";
import { createRedactor, redactError, secretValuesFromEnv } from "../render/redact.js";
/** Events the App subscribes to; app.yml asks for exactly these. */
export const APP_EVENTS = [
    "issue_comment.created",
    "pull_request_review.submitted",
    "pull_request_review.dismissed",
    "pull_request.opened",
    "pull_request.reopened",
    "pull_request.synchronize",
    "pull_request.closed",
    "issues.opened",
    "issues.labeled",
    "check_run.requested_action",
];
export function runningJobs() {
    const jobs = new Map();
    return {
        async receive(probot, job) {
            jobs.set(job.id, job);
            try {
                await probot.receive({ id: job.id, name: job.name, payload: job.payload });
            }
            finally {
                jobs.delete(job.id);
            }
        },
        get: (id) => jobs.get(id),
    };
}
export function plagenticApp(opts) {
    return (app) => {
        let botLogin;
        const envSecrets = secretValuesFromEnv(opts.env);
        // The App always holds its private key, so its records are always authenticated.
        const { key: recordKey, secret } = recordKeyFromEnv(opts.env, "app");
        if (!secret)
            throw new Error("the App needs PRIVATE_KEY or PRIVATE_KEY_PATH (or PLAGENTIC_RECORD_KEY) in its environment to authenticate plan records");
        // A scheduled tick (scheduler.ts) travels as an event GitHub does not know; Probot dispatches it
        // by name like any other, with the installation's octokit from the payload.
        app.on([...APP_EVENTS, SCHEDULE_EVENT], async (context) => {
            const { owner, repo } = context.repo();
            const octokit = context.octokit;
            const job = opts.jobs.get(context.id);
            botLogin ??= app.auth().then(async (appOctokit) => {
                const { data } = await appOctokit.rest.apps.getAuthenticated();
                return `${data?.slug ?? "plagentic"}[bot]`;
            });
            const log = context.log;
            // One redactor per event: the repository's config adds its own secrets to it, and those
            // must not leak into (or grow with) other repositories' events.
            const redact = createRedactor(envSecrets);
            try {
                await handleEvent({
                    gh: redactingClient(octokitClient(octokit), redact),
                    redactor: redact,
                    repo: { owner, repo },
                    mode: "app",
                    botLogin: await botLogin,
                    env: opts.env,
                    workDir: join(opts.dataDir, owner, repo),
                    log: {
                        info: (m) => log.info(redact(m)),
                        warn: (m) => log.warn(redact(m)),
                        error: (m) => log.error(redact(m)),
                    },
                    now: opts.now ?? (() => new Date()),
                    recordKey,
                    ...(opts.runner && { runner: opts.runner }),
                    approvedChanges: opts.approvedChanges,
                    takeover: (job?.attempt ?? 0) > 0,
                    deliveryId: context.id,
                }, { name: context.name, payload: context.payload }, opts.router);
            }
            catch (e) {
                // The runner logs a failed job; only this event's redactor knows the repository's secrets.
                throw redactError(e, redact);
            }
            finally {
                opts.onJobDone?.(context.id);
            }
        });
    };
}

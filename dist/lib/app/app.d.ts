import type { ApplicationFunction, Probot } from "probot";
import type { Env } from "../config/loader.js";
import type { PlanRunner } from "../plan/jobs.js";
import { type RouterOptions } from "../github/router.js";
import type { ApprovedChanges } from "../store/approved-changes.js";
import type { RunningEvent } from "./event-queue.js";
/** Events the App subscribes to; app.yml asks for exactly these. */
export declare const APP_EVENTS: readonly ["issue_comment.created", "pull_request_review.submitted", "pull_request_review.dismissed", "pull_request.opened", "pull_request.reopened", "pull_request.synchronize", "pull_request.closed", "issues.opened", "issues.labeled", "check_run.requested_action"];
export interface AppOptions {
    env: Env;
    /** Local state lives under `<dataDir>/<owner>/<repo>`, so repositories never share a sandbox. */
    dataDir: string;
    /** The job a delivery is being run as (Probot hands the handler only the event). */
    jobs: RunningJobs;
    approvedChanges: ApprovedChanges;
    router?: RouterOptions;
    /** Where plans and applies run; in-process when absent. */
    runner?: PlanRunner;
    now?: () => Date;
    /** Called after each job, for tests and metrics. */
    onJobDone?: (deliveryId: string) => void;
}
/** The jobs this process is running, by delivery id: how the handler learns of a takeover. */
export interface RunningJobs {
    /** Hands the job's event to Probot, which runs the handler below; throws when handling failed. */
    receive(probot: Probot, job: RunningEvent): Promise<void>;
    get(deliveryId: string): RunningEvent | undefined;
}
export declare function runningJobs(): RunningJobs;
export declare function plagenticApp(opts: AppOptions): ApplicationFunction;

import type { ApplicationFunction } from "probot";
import type { Env } from "../config/loader.js";
import type { DeliveryLog } from "../github/deliveries.js";
import type { PlanRunner } from "../plan/jobs.js";
import type { ApprovedChanges } from "../store/approved-changes.js";
import { type RouterOptions } from "../github/router.js";
import type { WorkQueue } from "./work-queue.js";
/** Events the App subscribes to; app.yml asks for exactly these. */
export declare const APP_EVENTS: readonly ["issue_comment.created", "pull_request_review.submitted", "pull_request.synchronize", "pull_request.closed", "issues.opened", "issues.labeled", "check_run.requested_action"];
export interface AppOptions {
    env: Env;
    /** Local state lives under `<dataDir>/<owner>/<repo>`, so repositories never share a sandbox. */
    dataDir: string;
    queue: WorkQueue;
    deliveries: DeliveryLog;
    router?: RouterOptions;
    /** Where plans and applies run; in-process when absent. */
    runner?: PlanRunner;
    /** Where each plan's change fingerprints are kept, so that a taken-over apply can resume. */
    approvedChanges?: ApprovedChanges;
    now?: () => Date;
    /** Called after each job, for tests and metrics. */
    onJobDone?: (deliveryId: string) => void;
}
export declare function plagenticApp(opts: AppOptions): ApplicationFunction;

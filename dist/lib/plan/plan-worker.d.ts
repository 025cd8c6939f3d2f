/**
 * The worker side of the plan pool (pool-runner.ts): each export runs one job of jobs.ts and returns
 * its outcome as data, errors included, so that the main thread can rebuild them as the classes
 * its callers test with `instanceof`.
 */
import { type ApplyJob, type ApplyJobResult, type JobOutcome, type PlanJob, type PlanJobResult } from "./jobs.js";
export declare function plan(job: PlanJob): Promise<JobOutcome<PlanJobResult>>;
export declare function apply(job: ApplyJob): Promise<JobOutcome<ApplyJobResult>>;

/**
 * The worker side of the plan pool (pool-runner.ts): each export runs one job of jobs.ts and returns
 * its outcome as data, errors included, so that the main thread can rebuild them as the classes
 * its callers test with `instanceof`.
 */
import { outcomeOf, runApplyJob, runPlanJob, } from "./jobs.js";
export function plan(job) {
    return outcomeOf(() => runPlanJob(job));
}
export function apply(job) {
    return outcomeOf(() => runApplyJob(job));
}

import type { IssueComment } from "./client.js";
import type { GitHubContext } from "./context.js";
import { type PlanRecord, type RecordBinding } from "./markers.js";
/** Room kept for the marker, the record and a banner above the rendered plan. */
export declare const HEADER_ROOM = 2048;
export declare const PLAN_BODY_LIMIT: number;
export interface StickyPlan {
    comment: IssueComment;
    record: PlanRecord;
    /** The pull request it is on, which its record is bound to. */
    number: number;
}
/** What the records of pull request `number` are bound to in this context. */
export declare function bindingOf(ctx: GitHubContext, number: number): RecordBinding;
/** Posts or updates the sticky comment (and any continuation parts) for one environment. */
export declare function upsertPlanComments(ctx: GitHubContext, number: number, environment: string, parts: string[], record: PlanRecord): Promise<IssueComment>;
/** Every authenticated plan record on the pull request, one per environment (the oldest sticky). */
export declare function readPlanRecords(ctx: GitHubContext, number: number): Promise<StickyPlan[]>;
/**
 * Rewrites the record (and optionally a banner) of a sticky comment, keeping the rendered plan.
 * Used to mark a plan stale, applying, applied or discarded.
 */
export declare function updatePlanRecord(ctx: GitHubContext, sticky: StickyPlan, record: PlanRecord, banner: string | null): Promise<StickyPlan>;
/**
 * Discards this pull request's plans for `environment` (after `unlock`, or a failure that released
 * the lock): a discarded plan can never be applied, whatever its hash.
 */
export declare function discardPlans(ctx: GitHubContext, number: number, environment: string, banner: string): Promise<number>;

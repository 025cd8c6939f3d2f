import type { IssueComment } from "./client.js";
import type { GitHubContext } from "./context.js";
import { type PlanRecord } from "./markers.js";
/** Room kept for the marker, the record and a banner above the rendered plan. */
export declare const HEADER_ROOM = 2048;
export declare const PLAN_BODY_LIMIT: number;
export interface StickyPlan {
    comment: IssueComment;
    record: PlanRecord;
}
/** Posts or updates the sticky comment (and any continuation parts) for one environment. */
export declare function upsertPlanComments(ctx: GitHubContext, number: number, environment: string, parts: string[], record: PlanRecord): Promise<IssueComment>;
export declare function readPlanRecords(ctx: GitHubContext, number: number): Promise<StickyPlan[]>;
/**
 * Rewrites the record (and optionally a banner) of a sticky comment, keeping the rendered plan.
 * Used to mark a plan stale, applying or applied.
 */
export declare function updatePlanRecord(ctx: GitHubContext, sticky: StickyPlan, record: PlanRecord, banner: string | null): Promise<StickyPlan>;

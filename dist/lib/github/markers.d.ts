import type { IssueComment } from "./client.js";
export declare const PLAN_STATUSES: readonly ["planned", "stale", "applying", "applied", "failed", "blocked"];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export interface PlanRecord {
    v: 1;
    environment: string;
    planHash: string;
    headSha: string;
    baseSha?: string;
    requester: string;
    commandCommentId: number | null;
    destroy: boolean;
    status: PlanStatus;
    createdAt: string;
    policy: "pass" | "warn" | "fail";
    hasChanges: boolean;
}
/** Far above any real record (about 500 characters encoded); anything longer is not ours. */
export declare const MAX_RECORD_LENGTH = 4096;
export declare function planMarker(environment: string): string;
export declare function encodeRecord(record: PlanRecord): string;
/**
 * The record in a comment body, or null when there is none, more than one, or it is malformed in
 * any way. Never throws.
 */
export declare function decodeRecord(body: string): PlanRecord | null;
/**
 * The bot's sticky comment for an environment: the oldest comment written by `botLogin` with the
 * environment's marker on a line of its own. Oldest, so that if a race ever created two, every
 * later run keeps updating the same one.
 */
export declare function findStickyComment(comments: IssueComment[], environment: string, botLogin: string): IssueComment | null;
/** The sticky comment and the plan record in it, when the record is for this environment. */
export declare function findPlanRecord(comments: IssueComment[], environment: string, botLogin: string): {
    comment: IssueComment;
    record: PlanRecord | null;
} | null;

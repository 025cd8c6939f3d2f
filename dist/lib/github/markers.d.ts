import type { IssueComment } from "./client.js";
import { type RecordFacts } from "./plan-facts-record.js";
export declare const PLAN_STATUSES: readonly ["planned", "stale", "applying", "applied", "failed", "blocked", "discarded"];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export interface PlanRecord {
    v: 2;
    environment: string;
    planHash: string;
    headSha: string;
    baseSha?: string;
    /** Who asked for the plan: the commenter, or an issue's author for a change the bot opened. */
    requester: string;
    /** The comment that asked; its verb decides whether the plan destroys. */
    commandCommentId: number | null;
    /** The plan Plagentic computed destroys; apply re-derives it from the parsed verb and compares. */
    destroy: boolean;
    status: PlanStatus;
    createdAt: string;
    policy: "pass" | "warn" | "fail";
    hasChanges: boolean;
    /** Logins that pushed commits to the pull request since it was opened, as GitHub reported them. */
    pushedBy?: string[];
    /** What approval rules look at (plan-facts-record.ts); absent in records written before them. */
    facts?: RecordFacts;
}
/** What a record is bound to besides its own fields: its repository and pull request. */
export interface RecordBinding {
    /** The MAC key: a secret only the App or the Action holds (see record-key.ts). */
    key: Buffer;
    repository: string;
    number: number;
}
/** Far above any real record (about 700 characters encoded, 2,700 with 40 types in its facts); anything longer is not ours. */
export declare const MAX_RECORD_LENGTH = 8192;
export declare function planMarker(environment: string): string;
/** The marker of a continuation part of a long plan comment. */
export declare function partMarker(environment: string, part: number): string;
/**
 * The marker of the sticky review of one Terraform plan file, and of its continuation parts. The
 * file's path is the workflow's, but it is hashed rather than written, so nothing in it can close
 * the comment; it carries no record, since Plagentic never applies a Terraform plan.
 */
export declare function terraformReviewMarker(planPath: string, part?: number): string;
/** The record line: the record and its MAC, base64url in an HTML comment. */
export declare function encodeRecord(record: PlanRecord, binding: RecordBinding): string;
/** The first two lines of a sticky comment: what only the bot composes. */
export declare function stickyHeader(record: PlanRecord, binding: RecordBinding): string;
/**
 * The record in a sticky comment body, or null unless the body opens with the environment's
 * marker line and a record line whose MAC verifies for `binding`. Never throws.
 */
export declare function decodeRecord(body: string, binding: RecordBinding): PlanRecord | null;
/**
 * The bot's sticky comment for an environment: the oldest comment written by `botLogin` whose
 * first line is the environment's marker. Oldest, so that if a race ever created two, every later
 * run keeps updating the same one.
 */
export declare function findStickyComment(comments: IssueComment[], environment: string, botLogin: string): IssueComment | null;
/** The sticky comment and the authenticated plan record in it. */
export declare function findPlanRecord(comments: IssueComment[], environment: string, botLogin: string, binding: RecordBinding): {
    comment: IssueComment;
    record: PlanRecord | null;
} | null;

/**
 * The bot keeps one sticky comment per environment per pull request. A hidden marker finds it
 * again, and a hidden record in it remembers the last plan, so neither App nor Action needs a
 * database to know what was planned, on which commit, and by whom.
 *
 * The record is only a pointer: apply re-derives the plan and compares hashes (invariant 2), so a
 * record that does not parse is treated as "no plan", never trusted in part. Only comments written
 * by the bot are read, so a user who pastes a marker or a record into their own comment changes
 * nothing.
 */
import { z } from "zod";
import type { IssueComment } from "./client.js";
import { ENVIRONMENT_PATTERN } from "./commands.js";

export const PLAN_STATUSES = ["planned", "stale", "applying", "applied", "failed", "blocked"] as const;
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

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** GitHub logins, plus the `[bot]` suffix of apps. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

const recordSchema = z.strictObject({
  v: z.literal(1),
  environment: z.string().regex(ENVIRONMENT_PATTERN),
  planHash: z.string().regex(/^[0-9a-f]{64}$/),
  headSha: z.string().regex(SHA),
  baseSha: z.string().regex(SHA).optional(),
  requester: z.string().regex(LOGIN),
  commandCommentId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
  destroy: z.boolean(),
  status: z.enum(PLAN_STATUSES),
  createdAt: z.iso.datetime({ offset: true }),
  policy: z.enum(["pass", "warn", "fail"]),
  hasChanges: z.boolean(),
});

const RECORD_OPEN = "<!-- plagentic:record ";
const RECORD_CLOSE = " -->";
/** Far above any real record (about 500 characters encoded); anything longer is not ours. */
export const MAX_RECORD_LENGTH = 4_096;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function planMarker(environment: string): string {
  // The name goes inside an HTML comment: a name that could close it must never get this far.
  if (!ENVIRONMENT_PATTERN.test(environment))
    throw new Error(`invalid environment name for a marker: ${environment}`);
  return `<!-- plagentic:plan:${environment} -->`;
}

export function encodeRecord(record: PlanRecord): string {
  const valid = recordSchema.parse(record);
  return `${RECORD_OPEN}${Buffer.from(JSON.stringify(valid), "utf8").toString("base64url")}${RECORD_CLOSE}`;
}

/**
 * The record in a comment body, or null when there is none, more than one, or it is malformed in
 * any way. Never throws.
 */
export function decodeRecord(body: string): PlanRecord | null {
  try {
    const start = body.indexOf(RECORD_OPEN);
    if (start === -1 || body.indexOf(RECORD_OPEN, start + 1) !== -1) return null;
    const from = start + RECORD_OPEN.length;
    const end = body.indexOf(RECORD_CLOSE, from);
    if (end === -1 || end - from > MAX_RECORD_LENGTH) return null;
    const blob = body.slice(from, end);
    if (!BASE64URL.test(blob)) return null;
    const bytes = Buffer.from(blob, "base64url");
    // Node decodes leniently; a blob that does not re-encode to itself was altered.
    if (bytes.toString("base64url") !== blob) return null;
    const json: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    const parsed = recordSchema.safeParse(json);
    return parsed.success ? (parsed.data as PlanRecord) : null;
  } catch {
    return null;
  }
}

/**
 * The bot's sticky comment for an environment: the oldest comment written by `botLogin` with the
 * environment's marker on a line of its own. Oldest, so that if a race ever created two, every
 * later run keeps updating the same one.
 */
export function findStickyComment(
  comments: IssueComment[],
  environment: string,
  botLogin: string,
): IssueComment | null {
  const marker = planMarker(environment);
  const bot = botLogin.toLowerCase();
  for (const c of comments) {
    if (c.user.toLowerCase() !== bot) continue;
    if (hasMarkerLine(c.body, marker)) return c;
  }
  return null;
}

/** The sticky comment and the plan record in it, when the record is for this environment. */
export function findPlanRecord(
  comments: IssueComment[],
  environment: string,
  botLogin: string,
): { comment: IssueComment; record: PlanRecord | null } | null {
  const comment = findStickyComment(comments, environment, botLogin);
  if (comment === null) return null;
  const record = decodeRecord(comment.body);
  return { comment, record: record !== null && record.environment === environment ? record : null };
}

function hasMarkerLine(body: string, marker: string): boolean {
  let at = body.indexOf(marker);
  while (at !== -1) {
    const before = body.lastIndexOf("\n", at - 1);
    const lineStart = before === -1 ? 0 : before + 1;
    const after = body.indexOf("\n", at);
    const line = body.slice(lineStart, after === -1 ? body.length : after);
    if (line.trim() === marker) return true;
    at = body.indexOf(marker, at + marker.length);
  }
  return false;
}

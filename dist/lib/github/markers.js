/**
 * The bot keeps one sticky comment per environment per pull request. A hidden marker finds it
 * again, and a hidden record in it remembers the last plan (hash, head SHA, who asked, status), so
 * neither App nor Action needs a database to know what was planned.
 *
 * A record is trusted only when all of these hold (invariant 2: only a plan that Plagentic itself
 * computed and posted can be applied):
 * - it sits in a comment written by the bot, as the second line, right under the marker on the
 *   first line: the header the bot composes, never text further down that could have been echoed;
 * - its MAC verifies: HMAC-SHA256, keyed by a secret only the App or Action holds, over the
 *   record and the pull request it belongs to (repository and number), so a record copied from
 *   another pull request or repository is rejected too;
 * - it parses strictly.
 * Anything else reads as "no plan", never as a plan trusted in part. Whether a plan destroys is
 * not read from here at all: apply takes it from the command Plagentic parsed (see intent.ts).
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { ENVIRONMENT_PATTERN } from "./commands.js";
import { recordFactsSchema } from "./plan-facts-record.js";
export const PLAN_STATUSES = [
    "planned",
    "stale",
    "applying",
    "applied",
    "failed",
    "blocked",
    "discarded",
];
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** GitHub logins, plus the `[bot]` suffix of apps. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const recordSchema = z.strictObject({
    v: z.literal(2),
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
    pushedBy: z.array(z.string().regex(LOGIN)).max(100).optional(),
    facts: recordFactsSchema.optional(),
});
const envelopeSchema = z.strictObject({
    r: recordSchema,
    mac: z.string().regex(/^[0-9a-f]{64}$/),
});
const RECORD_OPEN = "<!-- plagentic:record ";
const RECORD_CLOSE = " -->";
/** Far above any real record (about 700 characters encoded, 2,700 with 40 types in its facts); anything longer is not ours. */
export const MAX_RECORD_LENGTH = 8_192;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
export function planMarker(environment) {
    // The name goes inside an HTML comment: a name that could close it must never get this far.
    if (!ENVIRONMENT_PATTERN.test(environment))
        throw new Error(`invalid environment name for a marker: ${environment}`);
    return `<!-- plagentic:plan:${environment} -->`;
}
/** The marker of a continuation part of a long plan comment. */
export function partMarker(environment, part) {
    return `<!-- plagentic:plan:${environment}:part:${part} -->`;
}
/**
 * The marker of the sticky review of one Terraform plan file, and of its continuation parts. The
 * file's path is the workflow's, but it is hashed rather than written, so nothing in it can close
 * the comment; it carries no record, since Plagentic never applies a Terraform plan.
 */
export function terraformReviewMarker(planPath, part = 1) {
    const id = createHash("sha256").update(planPath).digest("hex").slice(0, 16);
    return part === 1
        ? `<!-- plagentic:terraform:${id} -->`
        : `<!-- plagentic:terraform:${id}:part:${part} -->`;
}
function mac(record, binding) {
    // Canonical: the schema fixes the key order of a parsed record, and the binding is prefixed.
    const message = JSON.stringify([
        "plagentic-plan-record",
        binding.repository.toLowerCase(),
        binding.number,
        record,
    ]);
    return createHmac("sha256", binding.key).update(message).digest("hex");
}
/** The record line: the record and its MAC, base64url in an HTML comment. */
export function encodeRecord(record, binding) {
    const valid = recordSchema.parse(record);
    const envelope = { r: valid, mac: mac(valid, binding) };
    return `${RECORD_OPEN}${Buffer.from(JSON.stringify(envelope), "utf8").toString("base64url")}${RECORD_CLOSE}`;
}
/** The first two lines of a sticky comment: what only the bot composes. */
export function stickyHeader(record, binding) {
    return `${planMarker(record.environment)}\n${encodeRecord(record, binding)}`;
}
/**
 * The record in a sticky comment body, or null unless the body opens with the environment's
 * marker line and a record line whose MAC verifies for `binding`. Never throws.
 */
export function decodeRecord(body, binding) {
    try {
        const first = body.indexOf("\n");
        if (first === -1)
            return null;
        const markerLine = body.slice(0, first);
        const second = body.indexOf("\n", first + 1);
        const line = body.slice(first + 1, second === -1 ? body.length : second);
        if (!line.startsWith(RECORD_OPEN) || !line.endsWith(RECORD_CLOSE))
            return null;
        const blob = line.slice(RECORD_OPEN.length, line.length - RECORD_CLOSE.length);
        if (blob.length > MAX_RECORD_LENGTH || !BASE64URL.test(blob))
            return null;
        const bytes = Buffer.from(blob, "base64url");
        // Node decodes leniently; a blob that does not re-encode to itself was altered.
        if (bytes.toString("base64url") !== blob)
            return null;
        const json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
        const parsed = envelopeSchema.safeParse(json);
        if (!parsed.success)
            return null;
        const record = parsed.data.r;
        if (markerLine !== planMarker(record.environment))
            return null;
        const expected = Buffer.from(mac(record, binding), "hex");
        const given = Buffer.from(parsed.data.mac, "hex");
        if (given.length !== expected.length || !timingSafeEqual(given, expected))
            return null;
        return record;
    }
    catch {
        return null;
    }
}
/**
 * The bot's sticky comment for an environment: the oldest comment written by `botLogin` whose
 * first line is the environment's marker. Oldest, so that if a race ever created two, every later
 * run keeps updating the same one.
 */
export function findStickyComment(comments, environment, botLogin) {
    const marker = planMarker(environment);
    const bot = botLogin.toLowerCase();
    for (const c of comments) {
        if (c.user.toLowerCase() !== bot)
            continue;
        if (firstLine(c.body) === marker)
            return c;
    }
    return null;
}
/** The sticky comment and the authenticated plan record in it. */
export function findPlanRecord(comments, environment, botLogin, binding) {
    const comment = findStickyComment(comments, environment, botLogin);
    if (comment === null)
        return null;
    const record = decodeRecord(comment.body, binding);
    return { comment, record: record !== null && record.environment === environment ? record : null };
}
function firstLine(body) {
    const nl = body.indexOf("\n");
    return nl === -1 ? body : body.slice(0, nl);
}

/**
 * The sticky plan comment: one per environment per PR, found again by a hidden marker and updated
 * in place. It also carries the authenticated record of the plan it shows (hash, head SHA,
 * status), which is what an approval later applies, after re-deriving it.
 */
import { GITHUB_COMMENT_LIMIT } from "../render/index.js";
import { decodeRecord, findStickyComment, partMarker, stickyHeader, } from "./markers.js";
import { neutralize } from "./neutralize.js";
/** Room kept for the marker, the record and a banner above the rendered plan. */
export const HEADER_ROOM = 2_048;
export const PLAN_BODY_LIMIT = GITHUB_COMMENT_LIMIT - HEADER_ROOM;
/** What the records of pull request `number` are bound to in this context. */
export function bindingOf(ctx, number) {
    return { key: ctx.recordKey, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, number };
}
function compose(binding, record, banner, content) {
    return [stickyHeader(record, binding), ...(banner ? [banner, ""] : []), neutralize(content)].join("\n");
}
/** Posts or updates the sticky comment (and any continuation parts) for one environment. */
export async function upsertPlanComments(ctx, number, environment, parts, record) {
    const comments = await ctx.gh.listIssueComments(ctx.repo, number);
    const existing = findStickyComment(comments, environment, ctx.botLogin);
    const body = compose(bindingOf(ctx, number), record, null, parts[0] ?? "");
    const main = existing
        ? await ctx.gh.updateIssueComment(ctx.repo, existing.id, body)
        : await ctx.gh.createIssueComment(ctx.repo, number, body);
    // Continuation parts of a long plan, and leftovers from an earlier, longer plan.
    const ownParts = comments.filter((c) => c.user === ctx.botLogin);
    for (let i = 1;; i++) {
        const marker = partMarker(environment, i + 1);
        const previous = ownParts.find((c) => c.body.startsWith(`${marker}\n`));
        const content = parts[i];
        if (content === undefined && !previous)
            break;
        const text = `${marker}\n${content === undefined ? "_This part of an earlier plan is no longer used._" : neutralize(content)}`;
        if (previous)
            await ctx.gh.updateIssueComment(ctx.repo, previous.id, text);
        else
            await ctx.gh.createIssueComment(ctx.repo, number, text);
    }
    return main;
}
/** Every authenticated plan record on the pull request, one per environment (the oldest sticky). */
export async function readPlanRecords(ctx, number) {
    const comments = await ctx.gh.listIssueComments(ctx.repo, number);
    const binding = bindingOf(ctx, number);
    const out = [];
    for (const comment of comments) {
        if (comment.user !== ctx.botLogin)
            continue;
        const record = decodeRecord(comment.body, binding);
        if (!record || out.some((s) => s.record.environment === record.environment))
            continue;
        if (findStickyComment(comments, record.environment, ctx.botLogin)?.id === comment.id)
            out.push({ comment, record, number });
    }
    return out;
}
/**
 * Rewrites the record (and optionally a banner) of a sticky comment, keeping the rendered plan.
 * Used to mark a plan stale, applying, applied or discarded.
 */
export async function updatePlanRecord(ctx, sticky, record, banner) {
    const lines = sticky.comment.body.split("\n");
    // Skip marker, record and an earlier banner (a quoted line followed by a blank line).
    let start = 2;
    if (lines[start]?.startsWith("> ") && lines[start + 1] === "")
        start += 2;
    const content = lines.slice(start).join("\n");
    const comment = await ctx.gh.updateIssueComment(ctx.repo, sticky.comment.id, compose(bindingOf(ctx, sticky.number), record, banner, content));
    return { comment, record, number: sticky.number };
}
/**
 * Discards this pull request's plans for `environment` (after `unlock`, or a failure that released
 * the lock): a discarded plan can never be applied, whatever its hash.
 */
export async function discardPlans(ctx, number, environment, banner) {
    const live = (await readPlanRecords(ctx, number)).filter((s) => s.record.environment === environment &&
        (s.record.status === "planned" || s.record.status === "blocked"));
    for (const sticky of live)
        await updatePlanRecord(ctx, sticky, { ...sticky.record, status: "discarded" }, banner);
    return live.length;
}

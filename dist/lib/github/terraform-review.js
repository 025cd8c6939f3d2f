/**
 * A Terraform plan's review on GitHub: a sticky comment per plan file on the pull request (updated
 * in place on every run, like the plan comments) and the commit status `plagentic/terraform`, whose
 * description carries the plan file's hash so a workflow can refuse to apply a different file.
 * Nothing here applies: Terraform applies its own saved plan.
 */
import { renderTerraformReviewMarkdown } from "../render/terraform-review.js";
import { formatUsdDelta } from "../cost/money.js";
import { terraformReviewMarker } from "./markers.js";
import { neutralize } from "./neutralize.js";
import { PLAN_BODY_LIMIT } from "./plan-comments.js";
export const TERRAFORM_STATUS = "plagentic/terraform";
/** Characters of the plan file's sha256 the status shows: enough to tell two files apart. */
export const SHOWN_HASH = 12;
export function terraformStatusDescription(review) {
    const s = review.summary;
    const outcome = review.changes.length === 0 ? "no changes" : `+${s.add} ~${s.change} -${s.destroy}`;
    return (`plan ${review.planFileHash.slice(0, SHOWN_HASH)} · ${outcome} · ` +
        `${formatUsdDelta(review.cost.monthlyDelta)}/month · policy ${review.policy.verdict}`).slice(0, 140);
}
/** Posts or updates the review's comment(s) on pull request `number`; returns the first. */
export async function upsertTerraformReview(ctx, number, planPath, review) {
    const parts = renderTerraformReviewMarkdown(review, { limit: PLAN_BODY_LIMIT });
    const own = (await ctx.gh.listIssueComments(ctx.repo, number)).filter((c) => c.user === ctx.botLogin);
    let first;
    for (let i = 0;; i++) {
        const marker = terraformReviewMarker(planPath, i + 1);
        const previous = own.find((c) => c.body.startsWith(`${marker}\n`));
        const content = parts[i];
        if (content === undefined && !previous)
            break;
        const body = `${marker}\n${content === undefined ? "_This part of an earlier review is no longer used._" : neutralize(content)}`;
        const posted = previous
            ? await ctx.gh.updateIssueComment(ctx.repo, previous.id, body)
            : await ctx.gh.createIssueComment(ctx.repo, number, body);
        first ??= posted;
    }
    return first;
}
export async function publishTerraformStatus(ctx, sha, review) {
    await ctx.gh.createCommitStatus(ctx.repo, {
        sha,
        context: TERRAFORM_STATUS,
        state: review.policy.verdict === "fail" ? "failure" : "success",
        description: terraformStatusDescription(review),
    });
}

/**
 * The Action's `terraform-plan` input: on a pull request (or a dispatched run) it reviews the plan
 * JSON a previous step wrote to the workspace, posts the review as a sticky comment and the commit
 * status `plagentic/terraform`, and outputs the plan file's hash. It never applies anything.
 */
import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { usageRanges } from "../cost/index.js";
import { openWorkspace } from "../github/environment.js";
import { repoConfigOf } from "../github/repo-config.js";
import { publishTerraformStatus, upsertTerraformReview } from "../github/terraform-review.js";
import { renderTerraformReviewMarkdown } from "../render/terraform-review.js";
import { PlagenticError } from "../spec/errors.js";
import { readTerraformPlanFile, reviewTerraformPlanBytes } from "../terraform/index.js";
/**
 * The plan file, which must lie inside the workspace the workflow checked out, symlinks resolved:
 * a pull request could commit `plan.json` as a link to a file elsewhere on the runner.
 */
async function planFileIn(workspace, planPath) {
    const refuse = () => new PlagenticError(`the terraform-plan input ${JSON.stringify(planPath.slice(0, 200))} is not a file in the workspace`);
    const root = await realpath(workspace).catch(() => resolve(workspace));
    const full = await realpath(resolve(workspace, planPath)).catch(() => resolve(workspace, planPath));
    const rel = relative(root, full);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
        throw refuse();
    return full;
}
export async function runTerraformReview(ctx, input) {
    const workspace = ctx.env["GITHUB_WORKSPACE"] ?? ctx.workDir;
    const bytes = await readTerraformPlanFile(await planFileIn(workspace, input.planPath));
    const rc = await repoConfigOf(ctx);
    const ws = await openWorkspace(ctx, rc);
    let review;
    try {
        const label = input.environment.trim();
        review = reviewTerraformPlanBytes(bytes, {
            file: input.planPath,
            catalog: ws.catalog,
            policies: ws.config.policies,
            usageRanges: usageRanges(ws.config.cost?.usageRanges),
            ...(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(label) && { environment: label }),
        });
    }
    finally {
        await ws.close();
    }
    const pr = input.payload?.pull_request;
    const number = typeof pr?.number === "number" ? pr.number : undefined;
    const sha = typeof pr?.head?.sha === "string" ? pr.head.sha : ctx.env["GITHUB_SHA"];
    const comment = number !== undefined ? await upsertTerraformReview(ctx, number, input.planPath, review) : undefined;
    if (sha)
        await publishTerraformStatus(ctx, sha, review);
    ctx.log.info(`Reviewed ${input.planPath}: sha256 ${review.planFileHash}, policy ${review.policy.verdict}`);
    const outcome = {
        handled: true,
        plans: [
            {
                environment: review.environment,
                planHash: review.planFileHash,
                hasChanges: review.changes.length > 0,
                monthlyDelta: review.cost.monthlyDelta,
                verdict: review.policy.verdict,
                ...(comment?.htmlUrl !== undefined && { commentUrl: comment.htmlUrl }),
            },
        ],
        applies: [],
        summary: [renderTerraformReviewMarkdown(review)[0] ?? ""],
    };
    return { outcome, review };
}

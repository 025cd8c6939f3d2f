/**
 * `plan --markdown-out`: the App's plan comment as one file, for CI systems other than GitHub
 * (GitLab merge request notes, Jenkins posting to a pull request) that post it themselves.
 */
import { writeFile } from "node:fs/promises";
import { hasChanges } from "../plan/engine.js";
import { renderPlanMarkdown } from "../render/index.js";
import { PlagenticError } from "../spec/errors.js";
/**
 * Writes the whole comment, unsplit: the poster decides what its host accepts, and a plan cut into
 * parts would need a marker scheme the poster does not have. Redacted like everything leaving.
 */
export async function writePlanMarkdown(path, plan, out) {
    const [body = ""] = renderPlanMarkdown(plan, {
        limit: Number.POSITIVE_INFINITY,
        maxParts: 1,
        ...(applyHint(plan) !== undefined && { nextStep: applyHint(plan) }),
    });
    try {
        await writeFile(path, out.redact(body));
    }
    catch (e) {
        const reason = e.code ?? (e instanceof Error ? e.message : String(e));
        throw new PlagenticError(`--markdown-out ${path}: cannot write the Markdown plan (${reason})`);
    }
}
function applyHint(plan) {
    if (!hasChanges(plan) || plan.policy.verdict === "fail")
        return undefined;
    const destroy = plan.destroy ? " --destroy" : "";
    return `Apply exactly this plan with \`plagentic apply ${plan.environment} --plan ${plan.hash}${destroy}\`.`;
}

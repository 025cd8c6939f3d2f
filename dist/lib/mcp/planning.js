import { acceptProposal, assertEnvironmentName, planProposal } from "../team/proposal.js";
import { readSpecText, specFile } from "../team/spec-files.js";
/** The environment's spec from disk, parsed; the name is checked before any path is built from it. */
export function loadEnvironment(ctx, environment) {
    assertEnvironmentName(environment);
    return ctx.workspace.loadEnvironment(environment);
}
export async function planEnvironment(ctx, environment, destroy = false) {
    const env = await loadEnvironment(ctx, environment);
    return (await ctx.workspace.plan(env, { destroy })).plan;
}
/**
 * A client's proposed spec text as a draft: it must parse as `environment`'s spec, hold no
 * configured secret, and any value it kept masked gets its real value back from the current spec.
 */
export async function draftProposal(ctx, environment, specText, explanation = "") {
    assertEnvironmentName(environment);
    const file = specFile(ctx.workspace, environment);
    const before = await readSpecText(ctx.workspace, environment);
    const { text } = acceptProposal({ text: specText, before, environment, file, limits: ctx.workspace.config.limits }, ctx.workspace.config.secrets, ctx.redact);
    return { environment, file, before, after: text.endsWith("\n") ? text : `${text}\n`, explanation };
}
/** The plan of proposed text when given, else of the spec on disk; nothing is written. */
export async function planOf(ctx, environment, specText) {
    if (specText === undefined)
        return planEnvironment(ctx, environment);
    return planProposal(ctx.workspace, await draftProposal(ctx, environment, specText));
}

/**
 * The specs a proposing agent is handed with its task, so that a simple request costs no
 * read_spec round trip: each environment the request names, else the only one there is.
 */
import { userContentBlock } from "./prompts.js";
import { ENVIRONMENT_NAME } from "./proposal.js";
/** More than this many named environments is a broad request: the agent reads what it needs. */
const MAX_SPECS = 3;
/** A spec longer than this is left to read_spec rather than repeated in every agent's prompt. */
const MAX_SPEC_CHARS = 64 * 1024;
export async function upfrontSpecs(ctx, task, lastProposal) {
    const names = await namedEnvironments(ctx, task);
    const parts = [];
    for (const name of names.slice(0, MAX_SPECS)) {
        // The last proposal, shown already, is what a follow-up edits.
        if (lastProposal?.environment === name)
            continue;
        const text = await ctx.specText(name);
        if (text === null)
            continue;
        const file = ctx.fileOf(name);
        parts.push(text.length > MAX_SPEC_CHARS
            ? `The spec ${file} is ${text.length} characters long; read it with read_spec.`
            : `The current spec ${file} (read from the repository for you; edit this text):\n${userContentBlock(file, text)}`);
    }
    return parts.join("\n\n");
}
/** Environments with a spec whose names appear as words of the request, in order of mention. */
async function namedEnvironments(ctx, task) {
    const mentioned = [...new Set(task.toLowerCase().match(/[a-z0-9][a-z0-9_-]*/g) ?? [])].filter((w) => ENVIRONMENT_NAME.test(w));
    const known = new Set(await ctx.environmentNames());
    const named = mentioned.filter((w) => known.has(w));
    if (named.length === 0 && known.size === 1)
        return [...known];
    return named;
}

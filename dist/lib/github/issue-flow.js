/**
 * Issue-driven change requests: the change becomes a spec edit on a branch and a pull request
 * that says "Closes #N", planned like any other, so humans review it before anything applies
 * (invariant 1). Structured requests (an issue form) need no model; plain words go to the team.
 */
import { PlagenticError } from "../spec/errors.js";
import { checkedEnvironment } from "../spec/load.js";
import { mergeResources, parseStructuredRequest } from "./issue-request.js";
import { isFork } from "./environment.js";
import { planOnPullRequest } from "./plan-flow.js";
import { neutralize } from "./neutralize.js";
import { reply } from "./replies.js";
import { fenceFor } from "../render/markdown.js";
import { listRepoEnvironments, repoConfigOf, readRepoSpec } from "./repo-config.js";
export async function handleChangeRequest(ctx, request, proposePlainWords) {
    const rc = await repoConfigOf(ctx);
    const ref = request.pullRequest
        ? (await ctx.gh.getPullRequest(ctx.repo, request.issue)).headSha
        : rc.defaultBranch;
    request = { ...request, specRef: ref };
    let edit;
    const structured = parseStructuredRequest(request.text);
    if (structured) {
        const file = await specPath(ctx, rc, structured.environment, ref);
        if (!file)
            return null;
        const current = (await ctx.gh.getFile(ctx.repo, file, ref)) ?? "";
        let after;
        try {
            after = mergeResources(current, structured.resourcesYaml);
        }
        catch (e) {
            await reply(ctx, request.issue, `I could not use this request: ${e.message}.`);
            return null;
        }
        edit = { environment: structured.environment, after, explanation: structured.summary ?? request.title };
    }
    else if (proposePlainWords) {
        const proposed = await proposePlainWords(ctx, rc, request);
        if ("refused" in proposed) {
            await reply(ctx, request.issue, proposed.refused);
            return null;
        }
        edit = proposed;
    }
    else {
        await reply(ctx, request.issue, "A request in plain words needs a model, and none is configured (see `models:` in config.yaml, or the " +
            "Action's `openai-api-key` input). Without a model, use the change-request form: a `### Environment` " +
            "section naming the environment and a `### Resources` section with a YAML list of resources.");
        return null;
    }
    const file = await specPath(ctx, rc, edit.environment, ref);
    if (!file)
        return null;
    try {
        checkedEnvironment(edit.after, file, edit.environment, rc.config.limits);
    }
    catch (e) {
        if (!(e instanceof PlagenticError))
            throw e;
        await reply(ctx, request.issue, `The requested change does not make a valid spec:\n\n${fenced(e.message)}`);
        return null;
    }
    if (request.pullRequest)
        return commitToPullRequest(ctx, rc, request, edit, file);
    // A fresh branch every time: one that someone created in advance could carry their commits
    // under the bot's pull request. createRef refuses an existing name, and then so do we.
    const branch = `plagentic/issue-${request.issue}-${edit.environment}-${ctx.now().getTime().toString(36)}`;
    const base = await ctx.gh.getRef(ctx.repo, `heads/${rc.defaultBranch}`);
    if (!base)
        throw new Error(`the default branch ${rc.defaultBranch} has no head`);
    if (!(await ctx.gh.createRef(ctx.repo, `refs/heads/${branch}`, base))) {
        await reply(ctx, request.issue, `The branch \`${branch}\` already exists, and Plagentic only proposes changes on a branch it created itself. Nothing was changed; add the label again to retry.`);
        return null;
    }
    const sha = await ctx.gh.getFileSha(ctx.repo, file, branch);
    await ctx.gh.putFile(ctx.repo, {
        path: file,
        branch,
        content: edit.after,
        message: `plagentic: ${request.title} (#${request.issue})`,
        ...(sha && { sha }),
    });
    const pr = await ctx.gh.createPullRequest(ctx.repo, {
        title: neutralize(`plagentic: ${request.title}`).slice(0, 250),
        body: `Closes #${request.issue}\n\nRequested by @${request.author} in #${request.issue}: ${neutralize(edit.explanation)}\n\n` +
            `This pull request changes \`${file}\`. Plagentic posts the plan below; it applies once the pull request is approved.`,
        head: branch,
        base: rc.defaultBranch,
    });
    const plan = await planOnPullRequest(ctx, {
        number: pr.number,
        environment: edit.environment,
        requester: request.author,
        commandCommentId: null,
        destroy: false,
    });
    await reply(ctx, request.issue, `Opened ${pr.htmlUrl} with the change to \`${edit.environment}\`; the plan is posted there.`);
    return { pr: pr.number, plan };
}
/** Commits the team's edit to the pull request the request was made on, then plans it there. */
async function commitToPullRequest(ctx, rc, request, edit, file) {
    const pr = await ctx.gh.getPullRequest(ctx.repo, request.issue);
    if (isFork(ctx, pr)) {
        await reply(ctx, pr.number, "Plagentic does not push to forks; make this request on an issue instead.");
        return null;
    }
    const sha = await ctx.gh.getFileSha(ctx.repo, file, pr.headRef);
    await ctx.gh.putFile(ctx.repo, {
        path: file,
        branch: pr.headRef,
        content: edit.after,
        message: `plagentic: ${edit.explanation.split("\n")[0].slice(0, 72)}`,
        ...(sha && { sha }),
    });
    const plan = await planOnPullRequest(ctx, {
        number: pr.number,
        environment: edit.environment,
        requester: request.author,
        commandCommentId: request.pullRequest?.commentId ?? null,
        destroy: false,
    });
    return { pr: pr.number, plan };
}
async function specPath(ctx, rc, environment, ref) {
    const names = await listRepoEnvironments(ctx.gh, ctx.repo, rc, ref);
    if (!names.includes(environment)) {
        throw new PlagenticError(`unknown environment "${environment}"; valid environments: ${names.join(", ") || "(none)"}`);
    }
    return (await readRepoSpec(ctx.gh, ctx.repo, rc, environment, ref))?.file ?? null;
}
/** Text in a code block whose fence no line of the text can close. */
function fenced(text) {
    const lines = text.split("\n");
    const fence = fenceFor(lines);
    return [fence, ...lines, fence].join("\n");
}

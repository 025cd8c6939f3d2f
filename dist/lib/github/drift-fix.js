/**
 * `/plagentic fix` on a drift issue: drift is checked again, and two pull requests are opened
 * against the default branch, each planned, priced and gated like any other (invariant 1): one
 * that reverts the cloud to the spec (an empty commit, so its plan re-applies the spec) and one
 * that accepts what the cloud has (the spec edited to match). The fixer asked for both, so their
 * own approval does not count on either.
 */
import { capLine, code } from "../render/markdown.js";
import { checkedEnvironment } from "../spec/load.js";
import { PlagenticError } from "../spec/errors.js";
import { authorizeActor } from "./access.js";
import { acceptDrift } from "./drift-accept.js";
import { baseAddress } from "./drift-issue-body.js";
import { checkDrift, driftIssueEnvironment, syncDriftIssue } from "./drift-issues.js";
import { createLocks } from "./locks.js";
import { refusal } from "./messages.js";
import { neutralize } from "./neutralize.js";
import { planOnPullRequest } from "./plan-flow.js";
import { reply } from "./replies.js";
import { repoConfigOf } from "./repo-config.js";
export async function fixDrift(ctx, request) {
    const say = (text) => reply(ctx, request.number, text);
    if (request.isPullRequest) {
        await say("`/plagentic fix` works on a drift issue Plagentic opened; comment it there.");
        return {};
    }
    const env = driftIssueEnvironment(ctx, await ctx.gh.getIssue(ctx.repo, request.number));
    if (env === null) {
        await say("`/plagentic fix` works only on a drift issue Plagentic opened (titled `Drift in <environment>`).");
        return {};
    }
    if (request.environment !== undefined && request.environment !== env) {
        await say(`This issue is about drift in ${code(env)}; comment ${code(`/plagentic fix ${env}`)} or ${code("/plagentic fix")}.`);
        return {};
    }
    const rc = await repoConfigOf(ctx);
    if (request.environment === undefined) {
        // Unnamed, the environment was unknown when the comment was authorized: its own rules count now.
        const verdict = await authorizeActor(ctx, rc, { verb: "fix", environment: env, actor: request.actor });
        if (!verdict.ok) {
            if (!verdict.ignore)
                await say(refusal(verdict.reason, verdict.hint));
            return { note: verdict.reason };
        }
    }
    const check = await checkDrift(ctx, rc, env);
    if (!check || check.report.items.length === 0) {
        if (check)
            await syncDriftIssue(ctx, check);
        await say(`There is no drift in ${code(env)} now, so there is nothing to fix.`);
        return {};
    }
    await syncDriftIssue(ctx, check);
    // Accept first: its plan usually has no changes, and then it gives the lock back, so the revert
    // can be planned too; one with changes keeps the lock, as any plan does.
    const accept = await openAccept(ctx, rc, request, check);
    if ("plan" in accept && accept.plan && !accept.plan.hasChanges)
        await createLocks(ctx.gh, ctx.repo).release(env, accept.number);
    const revert = await openRevert(ctx, rc, request, check);
    await say([
        `Two ways to fix the drift in ${code(env)}, each planned on its pull request and applied only after approval by someone other than @${request.actor.login}:`,
        "",
        `- **Revert** (make the cloud match the spec again): ${describe(revert)}`,
        `- **Accept** (make the spec match the cloud): ${describe(accept)}`,
        "",
        "Apply or merge one and close the other; the next drift check closes this issue.",
    ].join("\n"));
    const plans = [revert, accept].flatMap((o) => ("plan" in o && o.plan ? [o.plan] : []));
    return { plans };
}
function describe(o) {
    if ("exists" in o)
        return o.exists;
    if ("none" in o)
        return o.none;
    return o.htmlUrl;
}
function branchName(kind, env, issue) {
    return `plagentic/drift-${kind}-${env}-${issue}`;
}
/** Creates the branch at `sha`, or says the fix is already open there (never reusing a branch). */
async function createBranch(ctx, branch, sha) {
    if (await ctx.gh.createRef(ctx.repo, `refs/heads/${branch}`, sha))
        return null;
    return `already opened on the branch ${code(branch)}; close its pull request and delete the branch to fix again`;
}
async function openRevert(ctx, rc, request, check) {
    const env = check.report.environment;
    const base = check.spec.sha;
    // Same tree as the default branch: the plan of an unchanged spec is exactly the revert.
    const { tree } = await ctx.gh.getCommit(ctx.repo, base);
    const commit = await ctx.gh.createCommit(ctx.repo, {
        message: `Revert drift in ${env}\n\nRe-applies ${check.spec.file} as it is on ${rc.defaultBranch} (#${request.number}).`,
        tree,
        parents: [base],
    });
    const branch = branchName("revert", env, request.number);
    const exists = await createBranch(ctx, branch, commit);
    if (exists)
        return { exists };
    return openAndPlan(ctx, rc, request, branch, env, {
        title: `Revert drift in ${env}`,
        body: `Reverts the drift reported in #${request.number}: this branch changes nothing in the repository, so its ` +
            `plan re-applies \`${check.spec.file}\` and brings the cloud back to the spec (a deleted resource is re-created).\n\n` +
            `Asked for by @${request.actor.login}; their own approval does not count.`,
    });
}
async function openAccept(ctx, rc, request, check) {
    const env = check.report.environment;
    const result = acceptDrift(check.spec.text, check.report);
    const leftOut = result.leftOut.map((l) => `- ${capLine(l, 300)}`);
    if (result.accepted.length === 0)
        return {
            none: `not opened: nothing here can be written in the spec.\n${leftOut.map((l) => `  ${codeLine(l)}`).join("\n")}`,
        };
    try {
        checkedEnvironment(result.text, check.spec.file, env, rc.config.limits);
    }
    catch (e) {
        if (!(e instanceof PlagenticError))
            throw e;
        return {
            none: `not opened: the edited spec would not be valid (${code(e.message.replace(/\s+/g, " "))}).`,
        };
    }
    const branch = branchName("accept", env, request.number);
    const exists = await createBranch(ctx, branch, check.spec.sha);
    if (exists)
        return { exists };
    const accepted = result.accepted.map((l) => `- ${capLine(l, 300)}`);
    const sha = await ctx.gh.getFileSha(ctx.repo, check.spec.file, branch);
    await ctx.gh.putFile(ctx.repo, {
        path: check.spec.file,
        branch,
        content: result.text,
        message: [`Accept drift in ${env}`, "", ...accepted].join("\n"),
        ...(sha && { sha }),
    });
    const resources = [...new Set(check.report.items.map((i) => baseAddress(i.address)))];
    return openAndPlan(ctx, rc, request, branch, env, {
        title: `Accept drift in ${env}`,
        body: neutralize([
            `Accepts the drift reported in #${request.number}: \`${check.spec.file}\` is edited to match what the cloud has ` +
                `(${resources.length} resource(s)), so its plan shows no change for these:`,
            "",
            ...accepted.map(codeLine),
            ...(leftOut.length > 0
                ? [
                    "",
                    "Left out, because a spec edit cannot express them (the plan still shows them):",
                    "",
                    ...leftOut.map(codeLine),
                ]
                : []),
            "",
            `Asked for by @${request.actor.login}; their own approval does not count.`,
        ].join("\n")),
    });
}
/** A list line whose text (cloud values among it) is a code span: no mention, link or HTML. */
function codeLine(line) {
    return `- ${code(line.slice(2).replace(/\s+/g, " "))}`;
}
async function openAndPlan(ctx, rc, request, branch, env, text) {
    const pr = await ctx.gh.createPullRequest(ctx.repo, { ...text, head: branch, base: rc.defaultBranch });
    const plan = await planOnPullRequest(ctx, {
        number: pr.number,
        environment: env,
        requester: request.actor.login,
        commandCommentId: null,
        destroy: false,
    });
    return { number: pr.number, htmlUrl: pr.htmlUrl, plan };
}

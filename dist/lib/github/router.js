/**
 * One entry point for every GitHub event, shared by the App and the Action: the event name and
 * payload in, GitHub calls and an outcome out. Commands are handlers registered by verb.
 */
import { renderDriftMarkdown } from "../render/index.js";
import { PlagenticError } from "../spec/errors.js";
import { applyOnPullRequest } from "./apply-flow.js";
import { authorizeActor } from "./access.js";
import { isBotUser } from "./authz.js";
import { parseComment } from "./commands.js";
import { emptyOutcome } from "./context.js";
import { fixDrift } from "./drift-fix.js";
import { wasReported } from "./failures.js";
import { handleChangeRequest } from "./issue-flow.js";
import { onPullRequestClosed, onPullRequestPushed } from "./lifecycle.js";
import { createLocks } from "./locks.js";
import { publishUnplannedChecks, refreshMergeChecks } from "./merge-checks.js";
import { helpReply, lockReleased, nothingToUnlock, parseErrorReply, refusal } from "./messages.js";
import { discardPlans, readPlanRecords } from "./plan-comments.js";
import { openWorkspace, resolveEnvironmentName } from "./environment.js";
import { planOnPullRequest } from "./plan-flow.js";
import { requestPreview } from "./previews.js";
import { reply } from "./replies.js";
import { listRepoEnvironments, repoConfigOf, loadRepoEnvironment } from "./repo-config.js";
import { onSchedule, SCHEDULE_EVENT, tickOf } from "./schedule.js";
import { APPLY_ACTION } from "./status.js";
/** The label that turns an issue into a change request. */
export const REQUEST_LABEL = "plagentic";
export async function handleEvent(ctx, event, opts = {}) {
    const p = event.payload;
    const action = p?.action;
    try {
        switch (event.name) {
            case "issue_comment":
                // Only created comments count: editing an old comment must not re-run it.
                return action === "created" ? await onComment(ctx, p, opts) : emptyOutcome(`comment ${action}`);
            case "pull_request_review":
                if (action !== "submitted" || String(p.review?.state).toLowerCase() !== "approved") {
                    // Applying on merge, other reviews can take a passed check back (merge-checks.ts).
                    const number = p?.pull_request?.number;
                    const updated = (action === "submitted" || action === "dismissed") && typeof number === "number"
                        ? await refreshMergeChecks(ctx, number)
                        : [];
                    return updated.length > 0 ? { ...emptyOutcome(), handled: true } : emptyOutcome("not an approval");
                }
                return {
                    ...emptyOutcome(),
                    handled: true,
                    applies: await applyOnPullRequest(ctx, {
                        number: p.pull_request.number,
                        trigger: "approval",
                        actor: { login: String(p.review.user.login), type: String(p.review.user.type ?? "User") },
                    }),
                };
            case "pull_request":
                return await onPullRequest(ctx, p);
            case "issues":
                return await onIssue(ctx, p, opts);
            case "check_run":
                return await onCheckRun(ctx, p);
            case SCHEDULE_EVENT:
                return await onSchedule(ctx, tickOf(p, ctx.now(), ctx.mode));
            default:
                return emptyOutcome(`event ${event.name} is not handled`);
        }
    }
    catch (e) {
        if (!(e instanceof PlagenticError))
            throw e;
        const number = p?.issue?.number ?? p?.pull_request?.number;
        if (typeof number === "number" && !wasReported(e))
            await reply(ctx, number, `**Error:** ${e.message}`);
        return { ...emptyOutcome(e.message), handled: true, failed: e.message };
    }
}
async function onPullRequest(ctx, p) {
    const number = p.pull_request.number;
    if (p.action === "synchronize") {
        const pusher = typeof p.sender?.login === "string" ? p.sender.login : null;
        const plans = await onPullRequestPushed(ctx, number, p.pull_request.head.sha, pusher);
        await publishUnplannedChecks(ctx, number);
        return { ...emptyOutcome(), handled: true, plans };
    }
    if (p.action === "opened" || p.action === "reopened") {
        const checked = await publishUnplannedChecks(ctx, number);
        return checked.length > 0
            ? { ...emptyOutcome(), handled: true }
            : emptyOutcome(`pull_request ${p.action}`);
    }
    if (p.action === "closed") {
        const sender = typeof p.sender?.login === "string" ? p.sender : null;
        const { released, applies } = await onPullRequestClosed(ctx, number, sender && { login: String(sender.login), type: String(sender.type ?? "User") });
        return {
            ...emptyOutcome(),
            handled: true,
            applies,
            summary: released.map((e) => `Released the lock on \`${e}\`.`),
        };
    }
    return emptyOutcome(`pull_request ${p.action}`);
}
async function onIssue(ctx, p, opts) {
    const labels = (p.issue?.labels ?? []).map((l) => l.name);
    const labelled = (p.action === "opened" && labels.includes(REQUEST_LABEL)) ||
        (p.action === "labeled" && p.label?.name === REQUEST_LABEL);
    if (!labelled || p.issue.pull_request)
        return emptyOutcome("issue is not a change request");
    if (isBotUser(p.sender?.login ?? "", p.sender?.type ?? ""))
        return emptyOutcome("sent by a bot");
    const permission = await ctx.gh.getPermission(ctx.repo, p.sender.login);
    if (!["write", "maintain", "admin"].includes(permission)) {
        await reply(ctx, p.issue.number, `Change requests need write access to this repository, and @${p.sender.login} has ${permission}. ` +
            `Ask someone with write access to add the \`${REQUEST_LABEL}\` label.`);
        return { ...emptyOutcome("not allowed"), handled: true };
    }
    const result = await handleChangeRequest(ctx, { issue: p.issue.number, title: p.issue.title, author: p.issue.user.login, text: p.issue.body ?? "" }, opts.proposePlainWords);
    return { ...emptyOutcome(), handled: true, plans: result?.plan ? [result.plan] : [] };
}
async function onCheckRun(ctx, p) {
    if (p.action !== "requested_action" || p.requested_action?.identifier !== APPLY_ACTION) {
        return emptyOutcome("check_run not for us");
    }
    const pr = p.check_run?.pull_requests?.[0];
    const environment = p.check_run?.external_id;
    if (!pr || !environment)
        return emptyOutcome("check run without a pull request");
    // The button is authorized exactly like `/plagentic apply <environment>`, inside applyOnPullRequest.
    const actor = { login: String(p.sender?.login ?? ""), type: String(p.sender?.type ?? "User") };
    const applies = await applyOnPullRequest(ctx, { number: pr.number, environment, trigger: "button", actor });
    return { ...emptyOutcome(), handled: true, applies };
}
const done = (extra = {}) => ({
    ...emptyOutcome(),
    handled: true,
    ...extra,
});
async function needsPullRequest(ctx, inv) {
    if (inv.isPullRequest)
        return null;
    await reply(ctx, inv.number, `\`/plagentic ${inv.command.verb}\` works on pull requests; comment it on the PR that changes the spec.`);
    return done();
}
/** `plan` and `destroy` differ only in what they plan. */
function planVerb(destroy) {
    return async (ctx, inv) => {
        const refused = await needsPullRequest(ctx, inv);
        if (refused)
            return refused;
        const plan = await planOnPullRequest(ctx, {
            number: inv.number,
            ...(inv.command.environment && { environment: inv.command.environment }),
            requester: inv.user,
            commandCommentId: inv.commentId,
            destroy,
            verbose: inv.command.flags.verbose ?? false,
        });
        return done({ plans: plan ? [plan] : [] });
    };
}
const verbs = {
    plan: planVerb(false),
    destroy: planVerb(true),
    apply: async (ctx, inv) => {
        const refused = await needsPullRequest(ctx, inv);
        if (refused)
            return refused;
        const applies = await applyOnPullRequest(ctx, {
            number: inv.number,
            ...(inv.command.environment && { environment: inv.command.environment }),
            trigger: "command",
            actor: { login: inv.user, type: inv.userType },
        });
        return done({ applies });
    },
    drift: async (ctx, inv) => {
        const rc = await repoConfigOf(ctx);
        const ref = inv.isPullRequest
            ? (await ctx.gh.getPullRequest(ctx.repo, inv.number)).headSha
            : rc.defaultBranch;
        const name = await resolveEnvironmentName(ctx, rc, ref, inv.command.environment, inv.number, "/plagentic drift <environment>");
        if (!name)
            return done();
        const report = await driftOf(ctx, rc, name, ref);
        await reply(ctx, inv.number, renderDriftMarkdown(report));
        return done({ summary: [renderDriftMarkdown(report)] });
    },
    fix: async (ctx, inv) => done(await fixDrift(ctx, {
        number: inv.number,
        isPullRequest: inv.isPullRequest,
        ...(inv.command.environment && { environment: inv.command.environment }),
        actor: { login: inv.user, type: inv.userType },
    })),
    preview: async (ctx, inv) => done(await requestPreview(ctx, {
        number: inv.number,
        isPullRequest: inv.isPullRequest,
        environment: inv.command.environment,
        actor: { login: inv.user, type: inv.userType },
        commentId: inv.commentId,
        verbose: inv.command.flags.verbose ?? false,
    })),
    unlock: async (ctx, inv) => {
        const rc = await repoConfigOf(ctx);
        const name = await resolveEnvironmentName(ctx, rc, rc.defaultBranch, inv.command.environment, inv.number, "/plagentic unlock <environment>");
        if (!name)
            return done();
        // Unnamed, the environment was unknown when the comment was authorized: its own rules
        // (permission, teams) are checked now that it is.
        if (inv.command.environment === undefined) {
            const pr = inv.isPullRequest ? await ctx.gh.getPullRequest(ctx.repo, inv.number) : undefined;
            const verdict = await authorizeActor(ctx, rc, {
                verb: "unlock",
                environment: name,
                actor: { login: inv.user, type: inv.userType },
                ...(pr && { pr }),
            });
            if (!verdict.ok) {
                if (!verdict.ignore)
                    await reply(ctx, inv.number, refusal(verdict.reason, verdict.hint));
                return done({ note: verdict.reason });
            }
        }
        const locks = createLocks(ctx.gh, ctx.repo);
        const holder = await locks.get(name);
        if (!holder) {
            await reply(ctx, inv.number, nothingToUnlock(name));
            return done();
        }
        // A released lock no longer covers its plans: discard them first, so none can be applied
        // without the lock that was meant to guard it.
        if (holder.pr > 0)
            await discardPlans(ctx, holder.pr, name, `> 🔓 The lock on \`${name}\` was released from #${inv.number}, so this plan was discarded. Plan again to apply.`);
        await locks.forceRelease(name);
        // Applying on merge, a discarded plan's passed check must not let the merge through.
        if (holder.pr > 0)
            await publishUnplannedChecks(ctx, holder.pr);
        await reply(ctx, inv.number, lockReleased(name, holder, inv.number));
        return done();
    },
    status: async (ctx, inv) => {
        const rc = await repoConfigOf(ctx);
        const names = await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch);
        const locks = createLocks(ctx.gh, ctx.repo);
        const lines = [
            "### Plagentic status",
            "",
            "| environment | lock | plan on this thread |",
            "|---|---|---|",
        ];
        const records = inv.isPullRequest ? await readPlanRecords(ctx, inv.number) : [];
        for (const name of names) {
            const holder = await locks.get(name);
            const record = records.find((r) => r.record.environment === name)?.record;
            lines.push(`| \`${name}\` | ${holder ? `#${holder.pr} (@${holder.user})` : "free"} | ${record ? `${record.status}, \`${record.planHash.slice(0, 12)}\` on ${record.headSha.slice(0, 7)}` : "—"} |`);
        }
        await reply(ctx, inv.number, lines.join("\n"));
        return done();
    },
    help: async (ctx, inv) => {
        const rc = await repoConfigOf(ctx);
        await reply(ctx, inv.number, helpReply(await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch)));
        return done();
    },
};
async function driftOf(ctx, rc, name, ref) {
    const env = await loadRepoEnvironment(ctx.gh, ctx.repo, rc, name, ref);
    const ws = await openWorkspace(ctx, rc);
    try {
        return await ws.drift(env);
    }
    finally {
        await ws.close();
    }
}
async function onComment(ctx, p, opts) {
    const user = p.comment.user.login;
    const userType = p.comment.user.type ?? "User";
    // The bot's own comments, and every other bot's, never trigger anything (no loops).
    if (user === ctx.botLogin || isBotUser(user, userType))
        return emptyOutcome("comment by a bot");
    const parsed = parseComment(String(p.comment.body ?? ""));
    if (parsed.kind === "none")
        return emptyOutcome("not a command");
    const number = p.issue.number;
    const isPullRequest = Boolean(p.issue.pull_request);
    if (parsed.kind === "error") {
        await reply(ctx, number, parseErrorReply(parsed.message));
        return done({ note: "malformed command" });
    }
    const command = parsed.kind === "command" ? parsed.command : { verb: "plan", flags: {} }; // a request needs what plan needs
    const rc = await repoConfigOf(ctx);
    const verdict = await authorizeActor(ctx, rc, {
        verb: command.verb,
        ...(command.environment && { environment: command.environment }),
        actor: { login: user, type: userType },
        ...(isPullRequest && { pr: await ctx.gh.getPullRequest(ctx.repo, number) }),
    });
    if (!verdict.ok) {
        if (!verdict.ignore)
            await reply(ctx, number, refusal(verdict.reason, verdict.hint));
        return done({ note: verdict.reason });
    }
    await ctx.gh.addReaction(ctx.repo, p.comment.id, "eyes");
    if (parsed.kind === "request") {
        const result = await handleChangeRequest(ctx, {
            issue: number,
            title: parsed.text.split("\n")[0].slice(0, 80),
            author: user,
            text: parsed.text,
            ...(isPullRequest && { pullRequest: { commentId: p.comment.id } }),
        }, opts.proposePlainWords);
        return done({ plans: result?.plan ? [result.plan] : [] });
    }
    return verbs[command.verb](ctx, {
        number,
        isPullRequest,
        command,
        commentId: p.comment.id,
        user,
        userType,
    });
}

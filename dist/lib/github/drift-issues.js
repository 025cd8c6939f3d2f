import { openWorkspace } from "./environment.js";
import { DRIFT_LABEL, driftIssueTitle, driftMarker, renderDriftIssueBody, } from "./drift-issue-body.js";
import { ENVIRONMENT_PATTERN } from "./commands.js";
import { listRepoEnvironments, loadRepoEnvironment, readRepoSpec } from "./repo-config.js";
export async function checkDrift(ctx, rc, environment) {
    // Pinned to one commit, so the report, the links and a fix all speak of the same spec.
    const sha = await ctx.gh.getRef(ctx.repo, `heads/${rc.defaultBranch}`);
    if (!sha)
        throw new Error(`the default branch ${rc.defaultBranch} has no head`);
    const spec = await readRepoSpec(ctx.gh, ctx.repo, rc, environment, sha);
    if (!spec)
        return null;
    const env = await loadRepoEnvironment(ctx.gh, ctx.repo, rc, environment, sha);
    const ws = await openWorkspace(ctx, rc);
    try {
        return {
            report: await ws.drift(env),
            spec: { ...spec, sha, htmlBase: serverBase(ctx), region: env.spec.region },
        };
    }
    finally {
        await ws.close();
    }
}
/** The environments a scheduled check covers: `drift.environments`, or every spec there is. */
export async function driftEnvironments(ctx, rc) {
    const names = (await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch)).filter((n) => ENVIRONMENT_PATTERN.test(n));
    const only = rc.config.drift.environments;
    return only ? names.filter((n) => only.includes(n)) : names;
}
/** The open drift issue the bot keeps for `environment`, or null. */
export async function findDriftIssue(ctx, environment) {
    // Filtered here rather than by `creator`, whose spelling for an App's bot differs across servers.
    const issues = await ctx.gh.listIssues(ctx.repo, { state: "open", labels: [DRIFT_LABEL] });
    return issues.find((i) => isDriftIssue(ctx, i, environment)) ?? null;
}
/** Whether an issue is the bot's own drift issue (of `environment` when given); which one it is. */
export function driftIssueEnvironment(ctx, issue) {
    if (issue.user.toLowerCase() !== ctx.botLogin.toLowerCase())
        return null;
    const match = /^<!-- plagentic:drift:([a-z0-9][a-z0-9_-]{0,62}) -->$/.exec(issue.body.split("\n")[0] ?? "");
    const env = match?.[1];
    if (env === undefined || !ENVIRONMENT_PATTERN.test(env) || issue.title !== driftIssueTitle(env))
        return null;
    return env;
}
function isDriftIssue(ctx, issue, environment) {
    return driftIssueEnvironment(ctx, issue) === environment;
}
/** Opens, rewrites or closes the environment's drift issue to match a fresh check. */
export async function syncDriftIssue(ctx, check) {
    const env = check.report.environment;
    driftMarker(env); // refuses a name that cannot be written into the marker, before anything is sent
    const existing = await findDriftIssue(ctx, env);
    if (check.report.items.length === 0) {
        if (!existing)
            return { outcome: "none" };
        await ctx.gh.createIssueComment(ctx.repo, existing.number, `✅ No drift in \`${env}\` any more: ${check.report.checked} live resource(s) match the spec on the default branch (commit \`${check.spec.sha.slice(0, 7)}\`). Closing.`);
        await ctx.gh.updateIssue(ctx.repo, existing.number, { state: "closed" });
        return { outcome: "closed", number: existing.number };
    }
    if (existing) {
        const body = renderDriftIssueBody(check.report, withBase(check.spec, existing.htmlUrl));
        if (body === existing.body)
            return { outcome: "unchanged", number: existing.number };
        await ctx.gh.updateIssue(ctx.repo, existing.number, { body });
        return { outcome: "updated", number: existing.number };
    }
    const created = await ctx.gh.createIssue(ctx.repo, {
        title: driftIssueTitle(env),
        body: renderDriftIssueBody(check.report, check.spec),
        labels: [DRIFT_LABEL],
    });
    // Without a known server, the new issue's own address says where links point.
    if (check.spec.htmlBase === null) {
        const spec = withBase(check.spec, created.htmlUrl);
        if (spec.htmlBase !== null)
            await ctx.gh.updateIssue(ctx.repo, created.number, { body: renderDriftIssueBody(check.report, spec) });
    }
    return { outcome: "opened", number: created.number };
}
/**
 * After an apply, an environment with an open drift issue is checked again, so that applying a
 * revert clears the issue at once. It never fails the apply that has already happened.
 */
export async function recheckDriftAfterApply(ctx, rc, environment) {
    try {
        if (!ENVIRONMENT_PATTERN.test(environment) || !(await findDriftIssue(ctx, environment)))
            return;
        const check = await checkDrift(ctx, rc, environment);
        if (check)
            await syncDriftIssue(ctx, check);
    }
    catch (e) {
        ctx.log.error(`could not check drift in ${environment} after the apply: ${e instanceof Error ? e.message : String(e)}`);
    }
}
/**
 * `https://host/owner/repo` from GITHUB_SERVER_URL (the Action's runner sets it); null when it is
 * not set or not a plain http(s) origin, since the environment is as untrusted as any input.
 */
function serverBase(ctx) {
    const raw = ctx.env["GITHUB_SERVER_URL"];
    if (!raw)
        return null;
    try {
        const url = new URL(raw);
        if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password)
            return null;
        return `${url.origin}/${ctx.repo.owner}/${ctx.repo.repo}`;
    }
    catch {
        return null;
    }
}
/** The spec source with links based on an issue's or pull request's address, when none is known. */
export function withBase(spec, htmlUrl) {
    if (spec.htmlBase !== null)
        return spec;
    const match = /^(https?:\/\/[^\s/?#]+\/[^\s/?#]+\/[^\s/?#]+)\/(?:issues|pull)\/\d+$/.exec(htmlUrl);
    return { ...spec, htmlBase: match?.[1] ?? null };
}

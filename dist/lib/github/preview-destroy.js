/**
 * Destroying previews: when their pull request is closed or merged, when their time to live runs
 * out, and on any later tick for one whose earlier destroy failed (its registry entry stays until
 * a destroy succeeds). The spec destroyed is the one the preview was last applied from, derived
 * again from the parent's spec at that commit, so it names the preview's provider and region and
 * nothing of the parent: a destroy plans for `<parent>-pr-<N>` only (invariant 3).
 */
import { PlagenticError } from "../spec/errors.js";
import { runnerOf } from "./context.js";
import { repositoryOf } from "./environment.js";
import { createLocks, holderFor } from "./locks.js";
import { discardPlans } from "./plan-comments.js";
import { previewDestroyed, previewDestroyFailed } from "./preview-messages.js";
import { createPreviewRegistry } from "./preview-registry.js";
import { derivePreviewSpec } from "./preview-spec.js";
import { reply } from "./replies.js";
import { listRepoEnvironments, readRepoSpec, repoConfigOf } from "./repo-config.js";
import { withRepositoryFiles } from "./repository-files.js";
/** Hook for lifecycle.ts: a closed or merged pull request's previews are destroyed. */
export async function destroyPullRequestPreviews(ctx, number) {
    const { entries } = await createPreviewRegistry(ctx.gh, ctx.repo).list();
    const mine = entries.filter((e) => e.pr === number);
    if (mine.length === 0)
        return [];
    const rc = await repoConfigOf(ctx);
    const pr = await ctx.gh.getPullRequest(ctx.repo, number);
    const out = [];
    for (const entry of mine)
        out.push((await destroyPreview(ctx, rc, entry, pr, pr.merged ? "merged" : "closed")).line);
    return out;
}
/** The scheduled row: destroys previews whose TTL ran out, or whose pull request is no longer open. */
export const expiredPreviewsTask = {
    name: "expired previews",
    async run(ctx) {
        const { entries, malformed } = await createPreviewRegistry(ctx.gh, ctx.repo).list();
        for (const ref of malformed)
            ctx.log.warn(`ignoring ${ref}: not a preview entry Plagentic wrote`);
        const outcome = { summary: [] };
        const failures = [];
        const now = ctx.now().getTime();
        let rc;
        for (const entry of entries) {
            const pr = await ctx.gh.getPullRequest(ctx.repo, entry.pr);
            const expired = entry.expiresAt !== null && Date.parse(entry.expiresAt) <= now;
            const end = pr.state !== "open" ? "pr-gone" : expired ? "expired" : null;
            if (end === null)
                continue;
            rc ??= await repoConfigOf(ctx);
            const result = await destroyPreview(ctx, rc, entry, pr, end);
            outcome.summary.push(result.line);
            if (!result.ok)
                failures.push(result.line);
        }
        if (failures.length > 0)
            outcome.failed = failures.join("; ");
        return outcome;
    },
};
/** Destroys one preview and says so on its pull request; a failure keeps its entry for the next tick. */
export async function destroyPreview(ctx, rc, entry, pr, end) {
    const fail = async (reason) => {
        ctx.log.error(`destroying preview ${entry.name} of #${entry.pr} failed: ${reason}`);
        await reply(ctx, entry.pr, previewDestroyFailed(entry.name, end, reason));
        return { ok: false, line: `Destroying preview \`${entry.name}\` failed: ${reason}` };
    };
    const locks = createLocks(ctx.gh, ctx.repo);
    try {
        // A real environment of that name is never a preview's to destroy.
        if ((await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch)).includes(entry.name))
            return await fail(`an environment spec named \`${entry.name}\` exists, so it is not destroyed as a preview`);
        const parent = await readRepoSpec(ctx.gh, ctx.repo, rc, entry.parent, entry.headSha);
        if (parent === null)
            return await fail(`the spec of \`${entry.parent}\` is not at ${entry.headSha.slice(0, 7)}`);
        const spec = derivePreviewSpec({ name: entry.parent, ...parent }, entry.pr, rc.config.limits);
        const lock = await locks.acquire(entry.name, holderFor({ ...pr, number: entry.pr, headSha: entry.headSha }, entry.name, ctx.botLogin, ctx.now()));
        if (!lock.acquired)
            return await fail(`\`${entry.name}\` is locked by #${lock.heldBy.pr}`);
        const job = {
            config: rc.config,
            cwd: ctx.workDir,
            env: ctx.env,
            repository: repositoryOf(ctx),
            spec: { name: spec.name, file: spec.file, text: spec.text },
            commit: entry.headSha,
            destroy: true,
        };
        const run = (fn) => withRepositoryFiles(ctx.gh, ctx.repo, entry.headSha, job, fn);
        const { plan } = await run((j) => runnerOf(ctx).plan(j));
        if (plan.policy.verdict === "fail")
            return await fail("policy refuses this destroy");
        let markdown = null;
        if (plan.hasChanges) {
            const applied = await run((j) => runnerOf(ctx).apply({ ...j, expectedHash: plan.hash, actor: ctx.botLogin }));
            if (!applied.result.ok)
                return await fail(`some resources were not destroyed\n\n${applied.markdown}`);
            markdown = applied.markdown;
        }
        await createPreviewRegistry(ctx.gh, ctx.repo).remove(entry.name);
        await discardPlans(ctx, entry.pr, entry.name, `> 🧹 Preview \`${entry.name}\` was destroyed; this plan was discarded.`);
        await locks.release(entry.name, entry.pr);
        await reply(ctx, entry.pr, previewDestroyed(entry.name, end, markdown));
        return { ok: true, line: `Destroyed preview \`${entry.name}\` of #${entry.pr}.` };
    }
    catch (e) {
        if (!(e instanceof PlagenticError))
            ctx.log.error(`destroying preview ${entry.name}: ${String(e)}`);
        return await fail(e instanceof PlagenticError ? e.message : "an internal error (see the logs)");
    }
}

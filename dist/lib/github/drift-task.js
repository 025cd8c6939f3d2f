/**
 * The scheduled drift check: on a tick that says drift is due, every environment the config names
 * (all by default) is checked against the default branch and its drift issue opened, rewritten or
 * closed. One environment failing to check does not stop the others.
 */
import { PlagenticError } from "../spec/errors.js";
import { renderDriftMarkdown } from "../render/index.js";
import { checkDrift, driftEnvironments, syncDriftIssue } from "./drift-issues.js";
import { repoConfigOf } from "./repo-config.js";
export const driftTask = {
    name: "drift",
    async run(ctx, tick) {
        if (!tick.drift)
            return {};
        const rc = await repoConfigOf(ctx);
        const summary = [];
        const plans = [];
        const failures = [];
        for (const env of await driftEnvironments(ctx, rc)) {
            try {
                const check = await checkDrift(ctx, rc, env);
                if (!check)
                    continue;
                const { outcome, number } = await syncDriftIssue(ctx, check);
                const n = check.report.items.length;
                // A drift check's row carries no plan hash, as the Action's `drift` command reports it.
                plans.push({ environment: env, planHash: "", hasChanges: n > 0, monthlyDelta: 0, verdict: "pass" });
                summary.push(n === 0
                    ? `No drift in \`${env}\`${outcome === "closed" ? `; closed #${number}` : ""}.`
                    : `Drift issue #${number} ${outcome}.\n\n${renderDriftMarkdown(check.report)}`);
                if (n > 0)
                    ctx.log.warn(`drift in ${env}: ${n} resource(s), issue #${number} ${outcome}`);
            }
            catch (e) {
                const message = e instanceof PlagenticError ? e.message : e instanceof Error ? e.message : String(e);
                ctx.log.error(`drift check of ${env} failed: ${message}`);
                failures.push(`${env}: ${message}`);
            }
        }
        return { summary, plans, ...(failures.length > 0 && { failed: failures.join("; ") }) };
    },
};

import { hasChanges } from "../../plan/engine.js";
import { renderApplyText, renderDriftText, renderPlanJson, renderPlanText } from "../../render/index.js";
import { PlagenticError } from "../../spec/errors.js";
import { parseIntent, UNDERSTOOD_EXAMPLES } from "../../team/intent.js";
import { loadTeam } from "../../team/loader.js";
import { applyProgress, loadEnv } from "../context.js";
import { EXIT } from "../exit-codes.js";
export function registerRun(program, ctx) {
    program
        .command("run")
        .description('run a team on a task, e.g. run infrastructure-team -t "Provision staging environment"')
        .argument("<team>", "team name (teams/<name>.yaml)")
        .requiredOption("-t, --task <text>", "what to do, in words")
        .option("--apply", "apply the plan after showing it (asks first on a terminal)")
        .option("-y, --yes", "with --apply: do not ask for confirmation")
        .option("--json", "print the plan as JSON")
        .action(ctx.withWorkspace(async (ws, out, teamName, opts) => {
        const team = await loadTeam(teamName, ws.config.teamsDir);
        const intent = parseIntent(opts.task);
        out.progress(`${team.name}: ${team.agents.length} agent(s), ${team.workflow} workflow`);
        if (intent.kind === "request") {
            throw new PlagenticError(`"${intent.text}" is a plain-words request, and the team needs a model for those; none is configured. ` +
                `Without a model the team understands: ${UNDERSTOOD_EXAMPLES.map((e) => `"${e}"`).join(", ")}. ` +
                `To configure a model, set OPENAI_API_KEY (or another provider's key) and list it under models: in config.yaml.`);
        }
        const env = await loadEnv(ws, out, intent.environment);
        if (intent.kind === "drift") {
            const report = await ws.drift(env);
            out.print(opts.json
                ? JSON.stringify(report, null, 2) + "\n"
                : renderDriftText(report, { color: out.color }));
            return EXIT.ok;
        }
        const destroy = intent.kind === "destroy";
        out.progress(`Planning ${destroy ? "the destruction of " : ""}${env.spec.environment} (deterministic path: spec-driven, no model)...`);
        const { plan } = await ws.plan(env, { destroy });
        out.print(opts.json ? renderPlanJson(plan) : renderPlanText(plan, { color: out.color }));
        if (!opts.apply) {
            if (!opts.json && hasChanges(plan)) {
                out.print(`\nThis was plan mode: nothing was changed. Add --apply to apply this plan.\n`);
            }
            return plan.policy.verdict === "fail" ? EXIT.error : EXIT.ok;
        }
        if (!hasChanges(plan))
            return EXIT.ok;
        if (!(await ctx.approve(opts.yes ?? false, env.spec.environment))) {
            out.progress("Apply cancelled; nothing was changed.");
            return EXIT.error;
        }
        const { result } = await ws.apply(env, {
            expectedHash: plan.hash,
            destroy,
            onProgress: applyProgress(out),
        });
        out.print(renderApplyText(result, { color: out.color }));
        return result.ok ? EXIT.ok : EXIT.applyFailed;
    }));
}

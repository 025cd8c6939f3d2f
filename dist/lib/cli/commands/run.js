import { getExportFormat } from "../../export/index.js";
import { hasChanges } from "../../plan/engine.js";
import { renderApplyText, renderDriftText, renderPlanJson, renderPlanText } from "../../render/index.js";
import { PlagenticError } from "../../spec/errors.js";
import { loadTeam } from "../../team/loader.js";
import { runTeam } from "../../team/run.js";
import { usageLine } from "../../team/usage.js";
import { applyProgress } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { createOutput } from "../output.js";
import { writeProposalExport } from "./run-export.js";
export function registerRun(program, ctx) {
    program
        .command("run")
        .description('run a team on a task, e.g. run infrastructure-team -t "Provision staging environment" or, with a model configured, -t "add a t3.small redis cache to staging"')
        .argument("<team>", "team name (teams/<name>.yaml)")
        .requiredOption("-t, --task <text>", "what to do, in words")
        .option("--apply", "apply the plan after showing it (asks first on a terminal); writes a proposed spec edit first")
        .option("-y, --yes", "with --apply: do not ask for confirmation")
        .option("--json", "print the result as JSON")
        .option("--thread <id>", "conversation id: a follow-up in the same thread builds on the last proposal")
        .option("--export <format>", "write the proposed spec in this format (terraform, cloudformation, arm) instead of applying it")
        .option("--out <file>", "with --export: write to this file instead of stdout")
        .action(ctx.withWorkspace(async (ws, mainOut, teamName, opts) => {
        if (opts.export !== undefined && opts.apply) {
            throw new PlagenticError("--export writes the proposal instead of applying it; drop --apply or --export");
        }
        if (opts.out !== undefined && opts.export === undefined)
            throw new PlagenticError("--out needs --export");
        const format = opts.export === undefined ? undefined : getExportFormat(opts.export);
        // Exporting to stdout: the run's own report (plan, cost, policy) goes to stderr beside it.
        const out = format && !opts.out
            ? createOutput({ stdout: ctx.io.stderr, stderr: ctx.io.stderr, env: ctx.io.env }, { color: false, secrets: ws.config.secrets })
            : mainOut;
        const team = await loadTeam(teamName, ws.config.teamsDir);
        out.progress(`${team.name}: ${team.agents.length} agent(s), ${team.workflow} workflow`);
        let shown = false;
        const result = await runTeam({
            team,
            task: opts.task,
            workspace: ws,
            mode: opts.apply ? "apply" : "plan",
            env: ctx.io.env,
            ...(opts.thread && { threadId: opts.thread }),
            onEvent: (e) => out.progress(e.message),
            onApplyProgress: applyProgress(out),
            confirmApply: async (plan, proposal) => {
                // Terraform's order: show exactly what will be applied, then ask.
                if (!opts.json)
                    showPlan(out, plan, proposal);
                shown = true;
                return ctx.approve(opts.yes ?? false, plan.environment);
            },
        });
        const code = report(out, result, opts, shown);
        if (!format)
            return code;
        return writeProposalExport(ws, mainOut, result, format, {
            ...(opts.out && { out: opts.out }),
            cwd: ctx.io.cwd,
            env: ctx.io.env,
        });
    }));
}
function report(out, r, opts, shown) {
    if (r.kind === "needs_model")
        throw new PlagenticError(r.message);
    if (opts.json) {
        if ((r.kind === "plan" || r.kind === "destroy") && r.plan && !r.applyResult)
            out.print(renderPlanJson(r.plan));
        else if (r.kind === "drift" && r.drift)
            out.print(JSON.stringify(r.drift, null, 2) + "\n");
        else
            out.print(JSON.stringify(r, null, 2) + "\n");
        return exitCode(r, opts);
    }
    if (r.kind === "drift" && r.drift) {
        out.print(renderDriftText(r.drift, { color: out.color }));
        return EXIT.ok;
    }
    if (r.plan && !shown)
        showPlan(out, r.plan, r.proposal);
    if (r.kind === "proposal" || r.proposal)
        showReview(out, r);
    if (r.kind === "no_change" || r.kind === "refused")
        out.progress(r.message);
    if (r.applyResult)
        out.print(renderApplyText(r.applyResult, { color: out.color }));
    else if (r.plan && hasChanges(r.plan) && !opts.apply && !opts.export && r.kind !== "refused") {
        out.print(r.proposal
            ? `\nThis was plan mode: nothing was written or changed. Add --apply to write ${r.proposal.file} and apply this plan.\n`
            : `\nThis was plan mode: nothing was changed. Add --apply to apply this plan.\n`);
    }
    return exitCode(r, opts);
}
function exitCode(r, opts) {
    if (r.applyResult)
        return r.applyResult.ok ? EXIT.ok : EXIT.applyFailed;
    if (r.kind === "refused")
        return EXIT.error;
    if (!opts.apply && r.plan?.policy.verdict === "fail")
        return EXIT.error;
    return EXIT.ok;
}
function showPlan(out, plan, proposal) {
    if (proposal) {
        out.print(`Proposed change to ${proposal.file}:\n\n${proposal.diff}\n`);
        if (proposal.explanation)
            out.print(`${proposal.explanation.trim()}\n\n`);
    }
    out.print(renderPlanText(plan, { color: out.color }));
}
function showReview(out, r) {
    const lines = [];
    if (r.findings.length > 0) {
        lines.push("", "Findings:");
        for (const f of r.findings)
            lines.push(`  [${f.severity}]${f.agent ? ` ${f.agent}:` : ""} ${f.message}`);
    }
    if (r.suggestions.length > 0) {
        lines.push("", "Cost-saving suggestions (prices from the catalog):");
        for (const s of r.suggestions)
            lines.push(`  - ${s.message}`);
    }
    lines.push("", usageLine(r.usage));
    out.print(lines.join("\n") + "\n");
}

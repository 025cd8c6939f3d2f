/**
 * Handling an Actions event: build the same context the App builds (Octokit from the workflow
 * token, redaction of every secret in the environment), run the shared router, then turn the
 * outcome into outputs and a job summary. A schedule runs the scheduled tick (drift issues and the
 * other scheduled tasks) unless the `command` input names a command; dispatched runs take their
 * command from `command` (drift by default).
 */
import { resolve } from "node:path";
import { getOctokit } from "@actions/github";
import { isValidEnvironmentName, parseComment } from "../github/commands.js";
import { octokitClient } from "../github/octokit-client.js";
import { openWorkspace } from "../github/environment.js";
import { recordKeyFromEnv } from "../github/record-key.js";
import { redactingClient } from "../github/redacting-client.js";
import { listRepoEnvironments, repoConfigOf, loadRepoEnvironment } from "../github/repo-config.js";
import { handleEvent } from "../github/router.js";
import { DEFAULT_TEAM, teamProposer } from "../github/team-proposer.js";
import { renderDriftMarkdown, renderPlanMarkdown } from "../render/index.js";
import { createRedactor, redactError, secretValuesFromEnv } from "../render/redact.js";
import { PlagenticError } from "../spec/errors.js";
import { setOutputs } from "./main.js";
import { runTerraformReview } from "./terraform-review.js";
/* eslint-disable @typescript-eslint/no-explicit-any -- the event payload is read defensively */
export async function runActionEvent(core, input) {
    const env = { ...input.env };
    const token = core.getInput("github-token") || env["GITHUB_TOKEN"] || "";
    if (!token)
        throw new PlagenticError("the github-token input is empty; pass `github-token: ${{ github.token }}`");
    const openaiKey = core.getInput("openai-api-key");
    if (openaiKey)
        env["OPENAI_API_KEY"] = openaiKey;
    const configInput = core.getInput("config");
    if (configInput)
        env["PLAGENTIC_CONFIG"] = configInput;
    const recordKeyInput = core.getInput("record-key");
    if (recordKeyInput)
        env["PLAGENTIC_RECORD_KEY"] = recordKeyInput;
    // The runner masks what it is told of in everything the job prints, including what Plagentic
    // does not print itself; the repository config's secrets are told as soon as it is read.
    const redact = createRedactor([token, ...secretValuesFromEnv(env)], { onSecret: (s) => core.setSecret(s) });
    try {
        await runRedacted(core, input, env, token, redact);
    }
    catch (e) {
        throw redactError(e, redact);
    }
}
/** The event's handling, every text it sends anywhere masked by `redact`. */
async function runRedacted(core, input, env, token, redact) {
    const [owner = "", repo = ""] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
    const recordKey = recordKeyFromEnv(env, `${owner}/${repo}`);
    if (!recordKey.secret)
        core.info("No record-key input: plan records are protected by placement and neutralization only; set record-key from a repository secret to authenticate them.");
    const octokit = getOctokit(token, { baseUrl: env["GITHUB_API_URL"] ?? "https://api.github.com" });
    const workDir = resolve(core.getInput("working-directory") || env["GITHUB_WORKSPACE"] || process.cwd());
    const ctx = {
        gh: redactingClient(octokitClient(octokit), redact),
        redactor: redact,
        repo: { owner, repo },
        mode: "action",
        botLogin: core.getInput("bot-login") || "github-actions[bot]",
        env,
        workDir,
        log: {
            info: (m) => core.info(redact(m)),
            warn: (m) => core.warning(redact(m)),
            error: (m) => core.error(redact(m)),
        },
        now: () => new Date(),
        recordKey: recordKey.key,
    };
    if (input.terraformPlan !== undefined) {
        const { outcome, review } = await runTerraformReview(ctx, {
            planPath: input.terraformPlan,
            environment: core.getInput("environment"),
            payload: input.payload,
        });
        setOutputs(core, {
            planHash: review.planFileHash,
            hasChanges: review.changes.length > 0,
            monthlyCostDelta: review.cost.monthlyDelta,
            applied: false,
        });
        core.setOutput("terraform-plan-hash", review.planFileHash);
        await writeSummary(core, outcome, redact);
        return;
    }
    // A schedule without a `command` is a tick (drift issues and the other scheduled tasks), as in the App.
    const outcome = input.eventName === "workflow_dispatch" || (input.eventName === "schedule" && input.command.trim())
        ? await runCommandInput(ctx, input.command || "drift", core.getInput("environment"))
        : await handleEvent(ctx, { name: input.eventName, payload: input.payload }, {
            proposePlainWords: teamProposer(core.getInput("team") || DEFAULT_TEAM, {
                mcp: { hosted: false },
            }),
        });
    const plan = outcome.plans[0];
    setOutputs(core, {
        ...(plan && {
            planHash: plan.planHash,
            hasChanges: plan.hasChanges,
            monthlyCostDelta: plan.monthlyDelta,
        }),
        applied: outcome.applies.some((a) => a.ok),
    });
    await writeSummary(core, outcome, redact);
    if (outcome.failed !== undefined)
        core.setFailed(redact(`Plagentic failed: ${outcome.failed}`));
    else if (outcome.applies.some((a) => !a.ok))
        core.setFailed("Plagentic could not apply every resource; see the PR comment.");
}
/**
 * `command` for scheduled and dispatched runs: `drift [env]` reports drift, `plan [env]` plans the
 * default branch. Applying only ever happens on an approved pull request.
 */
async function runCommandInput(ctx, command, environmentInput) {
    const parsed = parseComment(`/plagentic ${command}`);
    if (parsed.kind !== "command" || !["drift", "plan"].includes(parsed.command.verb)) {
        throw new PlagenticError(`the command input "${command}" is not valid for scheduled or dispatched runs; use "drift [environment]" or "plan [environment]" (applies happen on approved pull requests)`);
    }
    const rc = await repoConfigOf(ctx);
    const valid = await listRepoEnvironments(ctx.gh, ctx.repo, rc, rc.defaultBranch);
    const wanted = parsed.command.environment ?? (environmentInput.trim() || undefined);
    if (wanted !== undefined && (!isValidEnvironmentName(wanted) || !valid.includes(wanted)))
        throw new PlagenticError(`the environment input ${JSON.stringify(wanted.slice(0, 80))} is not an environment of this repository; valid environments: ${valid.join(", ") || "(none)"}`);
    const names = wanted ? [wanted] : valid;
    const outcome = { handled: true, plans: [], applies: [], summary: [] };
    const ws = await openWorkspace(ctx, rc);
    try {
        for (const name of names) {
            const env = await loadRepoEnvironment(ctx.gh, ctx.repo, rc, name, rc.defaultBranch);
            if (parsed.command.verb === "drift") {
                const report = await ws.drift(env);
                outcome.summary.push(renderDriftMarkdown(report));
                if (report.items.length > 0)
                    ctx.log.warn(`drift in ${name}: ${report.items.length} resource(s) differ from the spec`);
                outcome.plans.push({
                    environment: name,
                    planHash: "",
                    hasChanges: report.items.length > 0,
                    monthlyDelta: 0,
                    verdict: "pass",
                });
            }
            else {
                const { plan } = await ws.plan(env, { commit: null });
                outcome.summary.push(renderPlanMarkdown(plan, {})[0] ?? "");
                outcome.plans.push({
                    environment: name,
                    planHash: plan.hash,
                    hasChanges: plan.changes.length > 0,
                    monthlyDelta: plan.cost.monthlyDelta,
                    verdict: plan.policy.verdict,
                });
            }
        }
    }
    finally {
        await ws.close();
    }
    return outcome;
}
async function writeSummary(core, outcome, redact) {
    // core.summary.write() throws without GITHUB_STEP_SUMMARY (e.g. when run by hand).
    if (!process.env["GITHUB_STEP_SUMMARY"])
        return;
    const lines = ["## Plagentic", ""];
    if (!outcome.handled)
        lines.push(`Nothing to do: ${outcome.note ?? "the event is not for Plagentic"}.`);
    for (const p of outcome.plans) {
        lines.push(p.planHash
            ? `- **${p.environment}**: plan \`${p.planHash.slice(0, 12)}\`, ${p.hasChanges ? "changes" : "no changes"}, ` +
                `${p.monthlyDelta >= 0 ? "+" : "-"}$${Math.abs(p.monthlyDelta).toFixed(2)}/month, policy ${p.verdict}` +
                (p.commentUrl ? ` ([comment](${p.commentUrl}))` : "")
            : `- **${p.environment}**: ${p.hasChanges ? "drift found" : "no drift"}`);
    }
    for (const a of outcome.applies)
        lines.push(`- **${a.environment}**: ${a.ok ? "applied" : "apply failed"} \`${a.planHash.slice(0, 12)}\``);
    if (outcome.summary.length > 0)
        lines.push("", ...outcome.summary);
    await core.summary.addRaw(redact(lines.join("\n"))).write();
}

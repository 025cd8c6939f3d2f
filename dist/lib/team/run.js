/**
 * `runTeam`: what every face (CLI, App, Action, SDK) calls with a team and a request. Requests the
 * deterministic path understands run without a model; plain-words requests run the team's graph,
 * whose only output is a proposed spec edit that the engine plans, prices and policy-checks.
 */
import { importOptional } from "../optional-module.js";
import { hasChanges } from "../plan/engine.js";
import { NotFoundError } from "../spec/errors.js";
import { checkedEnvironment } from "../spec/load.js";
import { createChatModel, modelSetupHint } from "./chat-models.js";
import { parseIntent, UNDERSTOOD_EXAMPLES } from "./intent.js";
import { openMcpPool } from "./mcp/open.js";
import { applyProposal, assertEnvironmentName, withDiff } from "./proposal.js";
import { DEFAULT_RETRY } from "./retry.js";
import { TeamStopped } from "./run-context.js";
import { costSuggestions } from "./suggestions.js";
import { readSpecText, specFile } from "./spec-files.js";
import { UsageMeter } from "./usage.js";
import { createRedactor, secretValuesFromEnv } from "../render/redact.js";
const NO_USAGE = { modelCalls: 0, inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 };
export async function runTeam(input) {
    const intent = parseIntent(input.task);
    if (intent.kind !== "request")
        return runDeterministic(input, intent);
    const models = await resolveModels(input);
    if (!models) {
        return {
            kind: "needs_model",
            message: `"${intent.text}" is a plain-words request, and the team needs a model for those; none is configured. ` +
                `Without a model the team understands: ${UNDERSTOOD_EXAMPLES.map((e) => `"${e}"`).join(", ")}. ` +
                modelSetupHint(input.team.model),
            findings: [],
            suggestions: [],
            usage: NO_USAGE,
        };
    }
    return runWithModel(input, models);
}
/** One model per agent (its own entry, else the team's); undefined when any agent has none. */
async function resolveModels(input) {
    const injected = input.model;
    if (injected)
        return () => ({ model: injected, name: input.team.model?.name ?? "injected" });
    const env = input.env ?? process.env;
    const config = input.workspace.config;
    const byAgent = new Map();
    for (const agent of input.team.agents) {
        const spec = agent.model ?? input.team.model;
        if (!spec)
            return undefined;
        const choice = await createChatModel(spec, config, env);
        if (!choice)
            return undefined;
        byAgent.set(agent.name, choice);
    }
    return (agent) => byAgent.get(agent.name);
}
async function runWithModel(input, modelFor) {
    const { team, workspace } = input;
    const usage = new UsageMeter();
    const specText = input.specText ?? ((name) => readSpecText(workspace, name));
    const redactor = createRedactor([...workspace.config.secrets, ...secretValuesFromEnv(input.env ?? {})]);
    const emit = (e) => input.onEvent?.(e);
    const mcp = await openMcpPool({
        team,
        env: input.env ?? process.env,
        hosted: input.mcp?.hosted ?? false,
        allowlist: workspace.config.mcp.allowedTools,
        baseDir: workspace.config.baseDir,
        emit,
        redactor,
    });
    const ctx = {
        team,
        workspace,
        mode: input.mode,
        specText,
        environmentNames: input.environmentNames ?? (() => workspace.environmentNames()),
        fileOf: (name) => specFile(workspace, name),
        modelFor,
        proposal: undefined,
        proposedThisRun: false,
        proposalsAccepted: 0,
        proposalAttempts: 0,
        maxProposalAttempts: input.maxProposalAttempts ?? 3,
        plan: undefined,
        applied: undefined,
        steps: { used: 0, max: team.max_steps },
        usage,
        retry: { ...DEFAULT_RETRY, ...input.retry },
        emit,
        redact: redactor,
        ...(mcp && { mcp }),
        confirmApply: input.confirmApply ?? (async () => true),
    };
    let memory = {};
    if (input.threadId) {
        if (input.checkpointer)
            memory = { checkpointer: input.checkpointer, threadId: input.threadId };
        else if (input.checkpointer !== null) {
            const { openThreadMemory } = await importOptional("teamMemory", () => import("./memory.js"));
            const opened = await openThreadMemory(workspace.config);
            memory = { checkpointer: opened.checkpointer, threadId: input.threadId, close: opened.close };
        }
    }
    const { runTeamGraph } = await importOptional("team", () => import("./graph.js"));
    let state;
    try {
        state = await runTeamGraph(ctx, { task: input.task, ...(input.history && { history: input.history }) }, memory);
    }
    catch (e) {
        if (e instanceof TeamStopped) {
            return { kind: "refused", message: e.message, findings: [], suggestions: [], usage: usage.snapshot() };
        }
        throw e;
    }
    finally {
        memory.close?.();
        await mcp?.close();
    }
    const findings = state.findings ?? [];
    const base = { findings, usage: usage.snapshot() };
    const draft = state.proposal ?? undefined;
    if (state.outcome || !draft) {
        return {
            kind: "no_change",
            message: state.outcome?.message ?? "The team made no proposal.",
            ...(draft && { environment: draft.environment, proposal: withDiff(draft) }),
            ...base,
            suggestions: [],
        };
    }
    const plan = state.plan;
    const proposal = withDiff(draft);
    const result = {
        kind: "proposal",
        message: proposal.explanation,
        environment: proposal.environment,
        proposal,
        plan,
        ...base,
        suggestions: costSuggestions(plan, workspace.catalog),
    };
    if (input.mode === "plan")
        return result;
    let applied = ctx.applied;
    if (!applied) {
        if (plan.policy.verdict === "fail") {
            return {
                ...result,
                kind: "refused",
                message: `Not applied: the proposal fails policy. ${policyFailures(plan)}`,
            };
        }
        if (plan.unsupported.length > 0) {
            return {
                ...result,
                kind: "refused",
                message: `Not applied: the ${plan.provider} provider cannot apply ${plan.unsupported.join(", ")} yet.`,
            };
        }
        if (!(await ctx.confirmApply(plan, proposal))) {
            return { ...result, kind: "refused", message: "Apply cancelled; nothing was written or changed." };
        }
        applied = await applyProposal(workspace, draft, plan.hash, input.onApplyProgress);
    }
    return { ...result, applyResult: applied, usage: usage.snapshot() };
}
async function runDeterministic(input, intent) {
    const { workspace } = input;
    const env = await loadForRun(input, intent.environment);
    const base = { environment: env.spec.environment, usage: NO_USAGE, suggestions: [] };
    if (intent.kind === "drift") {
        const drift = await workspace.drift(env);
        const n = drift.items.length;
        return {
            kind: "drift",
            message: n === 0 ? `No drift in ${drift.environment}.` : `${n} drifted resource(s) in ${drift.environment}.`,
            drift,
            findings: [],
            ...base,
        };
    }
    const destroy = intent.kind === "destroy";
    input.onEvent?.({
        kind: "plan",
        message: `Planning ${destroy ? "the destruction of " : ""}${env.spec.environment} (deterministic path: spec-driven, no model)...`,
    });
    const { plan } = await workspace.plan(env, { destroy });
    const result = {
        kind: intent.kind,
        message: `${destroy ? "Destroy plan" : "Plan"} for ${env.spec.environment}.`,
        plan,
        findings: plan.policy.findings
            .filter((f) => f.level !== "pass")
            .map((f) => ({
            severity: f.level === "fail" ? "error" : "warning",
            message: `${f.rule}: ${f.message}`,
            agent: "policy",
        })),
        ...base,
        suggestions: destroy ? [] : costSuggestions(plan, workspace.catalog),
    };
    if (input.mode === "plan" || !hasChanges(plan))
        return result;
    if (input.confirmApply && !(await input.confirmApply(plan))) {
        return { ...result, kind: "refused", message: "Apply cancelled; nothing was changed." };
    }
    const { result: applyResult } = await workspace.apply(env, {
        expectedHash: plan.hash,
        destroy,
        ...(input.onApplyProgress && { onProgress: input.onApplyProgress }),
    });
    return { ...result, applyResult };
}
async function loadForRun(input, name) {
    if (!input.specText)
        return input.workspace.loadEnvironment(name);
    assertEnvironmentName(name);
    const text = await input.specText(name);
    if (text === null) {
        const names = await (input.environmentNames ?? (() => input.workspace.environmentNames()))();
        throw new NotFoundError("environment", name, names);
    }
    return checkedEnvironment(text, specFile(input.workspace, name), name, input.workspace.config.limits);
}
function policyFailures(plan) {
    return plan.policy.findings
        .filter((f) => f.level === "fail")
        .map((f) => f.message)
        .join("; ");
}

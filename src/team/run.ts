/**
 * `runTeam`: what every face (CLI, App, Action, SDK) calls with a team and a request. Requests the
 * deterministic path understands run without a model; plain-words requests run the team's graph,
 * whose only output is a proposed spec edit that the engine plans, prices and policy-checks.
 */
import { importOptional } from "../optional-module.js";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { ApplyProgress } from "../plan/apply.js";
import { hasChanges } from "../plan/engine.js";
import type { ApplyResult, DriftReport, Plan } from "../plan/model.js";
import type { Workspace } from "../plan/workspace.js";
import { NotFoundError } from "../spec/errors.js";
import { checkedEnvironment } from "../spec/load.js";
import type { ResolvedEnvironment } from "../spec/model.js";
import { createChatModel, modelSetupHint } from "./chat-models.js";
import { parseIntent, UNDERSTOOD_EXAMPLES } from "./intent.js";
import { openMcpPool } from "./mcp/open.js";
import type { TeamDefinition } from "./model.js";
import { applyProposal, assertEnvironmentName, withDiff, type TeamProposal } from "./proposal.js";
export type { TeamProposal } from "./proposal.js";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry.js";
import { TeamStopped, type RunContext, type TeamEvent } from "./run-context.js";
import { costSuggestions, type CostSuggestion } from "./suggestions.js";
import { readSpecText, specFile } from "./spec-files.js";
import { UsageMeter, type TeamUsage } from "./usage.js";
import { createRedactor, secretValuesFromEnv } from "../render/redact.js";

export type { TeamEvent, ProposalDraft } from "./run-context.js";
export type { TeamUsage } from "./usage.js";
export type { CostSuggestion } from "./suggestions.js";

export interface TeamRunInput {
  team: TeamDefinition;
  task: string;
  workspace: Workspace;
  mode: "plan" | "apply";
  /** Injected in tests; otherwise built from the team's model entries and the workspace config. */
  model?: BaseChatModel;
  /** Thread id for memory: a follow-up in the same thread builds on the last proposal. */
  threadId?: string;
  /** The thread's earlier messages, when the caller keeps them (Action mode). */
  history?: { role: "user" | "assistant"; content: string }[];
  /** How to read a spec's current text; from disk by default (the App reads the PR head). */
  specText?: (environment: string) => Promise<string | null>;
  /** The environments `specText` can read; the workspace's environments directory by default. */
  environmentNames?: () => Promise<string[]>;
  onEvent?: (e: TeamEvent) => void;
  /** Environment variables for model keys; defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Checkpointer for thread memory. Defaults to SQLite next to the state DB when `threadId` is set;
   * pass `null` for none.
   */
  checkpointer?: BaseCheckpointSaver | null;
  /** Asked before applying, after the plan is known; defaults to yes (the caller asked for apply). */
  confirmApply?: (plan: Plan, proposal?: TeamProposal) => Promise<boolean>;
  onApplyProgress?: (e: ApplyProgress) => void;
  retry?: Partial<RetryPolicy>;
  /** Invalid proposals the model may retry before the run stops; default 3. */
  maxProposalAttempts?: number;
  /**
   * Where the team's MCP servers would run. `hosted`: in a process shared by many repositories
   * (the GitHub App), which refuses them unless its operator set PLAGENTIC_MCP_SERVERS=allow.
   * Default: not hosted (CLI, SDK, Action: the machine belongs to whoever runs the team).
   */
  mcp?: { hosted: boolean };
}

export interface TeamFinding {
  severity: "info" | "warning" | "error";
  message: string;
  agent?: string;
}

export interface TeamRunResult {
  kind: "plan" | "destroy" | "drift" | "proposal" | "needs_model" | "no_change" | "refused";
  message: string;
  environment?: string;
  proposal?: TeamProposal;
  plan?: Plan;
  drift?: DriftReport;
  /** Set when the run applied something (apply mode). */
  applyResult?: ApplyResult;
  findings: TeamFinding[];
  suggestions: CostSuggestion[];
  usage: TeamUsage;
}

const NO_USAGE: TeamUsage = { modelCalls: 0, inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 };

export async function runTeam(input: TeamRunInput): Promise<TeamRunResult> {
  const intent = parseIntent(input.task);
  if (intent.kind !== "request") return runDeterministic(input, intent);
  const models = await resolveModels(input);
  if (!models) {
    return {
      kind: "needs_model",
      message:
        `"${intent.text}" is a plain-words request, and the team needs a model for those; none is configured. ` +
        `Without a model the team understands: ${UNDERSTOOD_EXAMPLES.map((e) => `"${e}"`).join(", ")}. ` +
        modelSetupHint(input.team.model),
      findings: [],
      suggestions: [],
      usage: NO_USAGE,
    };
  }
  return runWithModel(input, models);
}

type Models = RunContext["modelFor"];

/** One model per agent (its own entry, else the team's); undefined when any agent has none. */
async function resolveModels(input: TeamRunInput): Promise<Models | undefined> {
  const injected = input.model;
  if (injected) return () => ({ model: injected, name: input.team.model?.name ?? "injected" });
  const env = input.env ?? process.env;
  const config = input.workspace.config;
  const byAgent = new Map<string, ReturnType<Models>>();
  for (const agent of input.team.agents) {
    const spec = agent.model ?? input.team.model;
    if (!spec) return undefined;
    const choice = await createChatModel(spec, config, env);
    if (!choice) return undefined;
    byAgent.set(agent.name, choice);
  }
  return (agent) => byAgent.get(agent.name)!;
}

async function runWithModel(input: TeamRunInput, modelFor: Models): Promise<TeamRunResult> {
  const { team, workspace } = input;
  const usage = new UsageMeter();
  const specText = input.specText ?? ((name: string) => readSpecText(workspace, name));
  const redactor = createRedactor([...workspace.config.secrets, ...secretValuesFromEnv(input.env ?? {})]);
  const emit = (e: TeamEvent) => input.onEvent?.(e);
  const mcp = await openMcpPool({
    team,
    env: input.env ?? process.env,
    hosted: input.mcp?.hosted ?? false,
    allowlist: workspace.config.mcp.allowedTools,
    baseDir: workspace.config.baseDir,
    emit,
    redactor,
  });
  const ctx: RunContext = {
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

  let memory: { checkpointer?: BaseCheckpointSaver; threadId?: string; close?: () => void } = {};
  if (input.threadId) {
    if (input.checkpointer) memory = { checkpointer: input.checkpointer, threadId: input.threadId };
    else if (input.checkpointer !== null) {
      const { openThreadMemory } = await importOptional("teamMemory", () => import("./memory.js"));
      const opened = await openThreadMemory(workspace.config);
      memory = { checkpointer: opened.checkpointer, threadId: input.threadId, close: opened.close };
    }
  }

  const { runTeamGraph } = await importOptional("team", () => import("./graph.js"));
  let state: Awaited<ReturnType<typeof runTeamGraph>>;
  try {
    state = await runTeamGraph(
      ctx,
      { task: input.task, ...(input.history && { history: input.history }) },
      memory,
    );
  } catch (e) {
    if (e instanceof TeamStopped) {
      return { kind: "refused", message: e.message, findings: [], suggestions: [], usage: usage.snapshot() };
    }
    throw e;
  } finally {
    memory.close?.();
    await mcp?.close();
  }

  const findings: TeamFinding[] = state.findings ?? [];
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
  const plan = state.plan!;
  const proposal = withDiff(draft);
  const result: TeamRunResult = {
    kind: "proposal",
    message: proposal.explanation,
    environment: proposal.environment,
    proposal,
    plan,
    ...base,
    suggestions: costSuggestions(plan, workspace.catalog),
  };
  if (input.mode === "plan") return result;

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

async function runDeterministic(
  input: TeamRunInput,
  intent: { kind: "plan" | "destroy" | "drift"; environment: string },
): Promise<TeamRunResult> {
  const { workspace } = input;
  const env = await loadForRun(input, intent.environment);
  const base = { environment: env.spec.environment, usage: NO_USAGE, suggestions: [] as CostSuggestion[] };
  if (intent.kind === "drift") {
    const drift = await workspace.drift(env);
    const n = drift.items.length;
    return {
      kind: "drift",
      message:
        n === 0 ? `No drift in ${drift.environment}.` : `${n} drifted resource(s) in ${drift.environment}.`,
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
  const result: TeamRunResult = {
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
  if (input.mode === "plan" || !hasChanges(plan)) return result;
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

async function loadForRun(input: TeamRunInput, name: string): Promise<ResolvedEnvironment> {
  if (!input.specText) return input.workspace.loadEnvironment(name);
  assertEnvironmentName(name);
  const text = await input.specText(name);
  if (text === null) {
    const names = await (input.environmentNames ?? (() => input.workspace.environmentNames()))();
    throw new NotFoundError("environment", name, names);
  }
  return checkedEnvironment(text, specFile(input.workspace, name), name, input.workspace.config.limits);
}

function policyFailures(plan: Plan): string {
  return plan.policy.findings
    .filter((f) => f.level === "fail")
    .map((f) => f.message)
    .join("; ");
}

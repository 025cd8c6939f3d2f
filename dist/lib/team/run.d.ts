import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { ApplyProgress } from "../plan/apply.js";
import type { ApplyResult, DriftReport, Plan } from "../plan/model.js";
import type { Workspace } from "../plan/workspace.js";
import type { TeamDefinition } from "./model.js";
import { type TeamProposal } from "./proposal.js";
export type { TeamProposal } from "./proposal.js";
import { type RetryPolicy } from "./retry.js";
import { type TeamEvent } from "./run-context.js";
import { type CostSuggestion } from "./suggestions.js";
import { type TeamUsage } from "./usage.js";
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
    history?: {
        role: "user" | "assistant";
        content: string;
    }[];
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
    mcp?: {
        hosted: boolean;
    };
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
export declare function runTeam(input: TeamRunInput): Promise<TeamRunResult>;

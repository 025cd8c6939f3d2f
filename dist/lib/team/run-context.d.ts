/**
 * What one team run shares between its graph nodes and tools that cannot live in the graph's
 * plain-JSON state: the workspace, the models, the meters and the proposal being worked on.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { StructuredToolInterface } from "@langchain/core/tools";
import type { ApplyResult, Plan } from "../plan/model.js";
import type { Workspace } from "../plan/workspace.js";
import { PlagenticError } from "../spec/errors.js";
import type { AgentDefinition, TeamDefinition } from "./model.js";
import type { RetryPolicy } from "./retry.js";
import type { UsageMeter } from "./usage.js";
/** A proposed spec edit for one environment, as plain JSON (it is kept in thread memory). */
export interface ProposalDraft {
    environment: string;
    /** `environments/<name>.yaml`, relative to the config's directory. */
    file: string;
    /** The spec's text when the proposal was made; null for a new environment. */
    before: string | null;
    after: string;
    explanation: string;
}
export type TeamEvent = {
    kind: string;
    message: string;
};
export interface RunContext {
    team: TeamDefinition;
    workspace: Workspace;
    mode: "plan" | "apply";
    specText: (environment: string) => Promise<string | null>;
    /** The environments there are specs for, where specText reads them. */
    environmentNames: () => Promise<string[]>;
    fileOf: (environment: string) => string;
    modelFor: (agent: AgentDefinition) => {
        model: BaseChatModel;
        name: string;
        endpoint?: string;
    };
    /** The proposal this run has made so far, else the thread's last one (follow-ups build on it). */
    proposal: ProposalDraft | undefined;
    /** Whether `proposal` was made in this run. */
    proposedThisRun: boolean;
    /**
     * Proposals the spec parser accepted in this run. An accepted proposal is the proposing agent's
     * last word: its turn ends there instead of costing one more model call to say so.
     */
    proposalsAccepted: number;
    proposalAttempts: number;
    maxProposalAttempts: number;
    /** The engine's plan of the proposal, once made; apply_plan applies only this. */
    plan: Plan | undefined;
    applied: ApplyResult | undefined;
    steps: {
        used: number;
        max: number;
    };
    usage: UsageMeter;
    retry: RetryPolicy;
    emit: (e: TeamEvent) => void;
    /** Masks secrets in text bound for the model (invariant 7: no secret reaches a prompt). */
    redact: (text: string) => string;
    /** The team file's MCP servers (mcp/servers.ts); absent when it declares none. */
    mcp?: {
        toolsFor(agent: AgentDefinition): Promise<StructuredToolInterface[]>;
    };
    /** Asked before anything is applied; false cancels. */
    confirmApply: (plan: Plan, proposal?: ProposalDraft & {
        diff: string;
    }) => Promise<boolean>;
}
/** The run stopped on purpose (step budget, rejected proposals); it is reported, not crashed. */
export declare class TeamStopped extends PlagenticError {
}

/**
 * What agents are told. Text from a user, an issue or a comment is data: it is fenced in a
 * delimited block that it cannot close, and the rules around it say it cannot change the rules,
 * grant tools or override policy.
 */
import type { AgentDefinition, TeamDefinition } from "./model.js";
import type { ProposalDraft } from "./run-context.js";
/** Fences untrusted text; any delimiter inside it is defused so it cannot end the block early. */
export declare function userContentBlock(label: string, text: string): string;
export declare function systemPrompt(team: TeamDefinition, agent: AgentDefinition, mode: "plan" | "apply", tools: readonly string[]): string;
export interface TaskContext {
    task: string;
    history: {
        role: "user" | "assistant";
        content: string;
    }[];
    /** The last proposal in this conversation, which a follow-up builds on. */
    lastProposal: ProposalDraft | null;
    /** Answers of agents that ran before this one. */
    notes: {
        agent: string;
        content: string;
    }[];
}
export declare function taskMessage(ctx: TaskContext): string;
export declare const REVIEW_REQUEST = "Give your review as structured output, in this one answer: every finding with a severity (info, warning or error), and a summary of a few lines in your role's words.";

/**
 * The team as a LangGraph StateGraph: intake → the agents in the team's workflow pattern → the
 * engine's deterministic plan of the proposal → the reviewers → report. State is plain JSON so a
 * checkpointer can keep a thread's memory across processes.
 */
import { type StoredMessage } from "@langchain/core/messages";
import { type BaseCheckpointSaver } from "@langchain/langgraph";
import { z } from "zod";
import type { Plan } from "../plan/model.js";
import type { ProposalDraft, RunContext } from "./run-context.js";
export interface ChatTurn {
    role: "user" | "assistant";
    content: string;
}
export interface Note {
    agent: string;
    content: string;
}
export interface Finding {
    severity: "info" | "warning" | "error";
    message: string;
    agent?: string;
}
interface Route {
    agent: string;
    task: string;
    callId: string;
}
interface Outcome {
    kind: "no_change";
    message: string;
}
export declare const TeamState: import("@langchain/langgraph").AnnotationRoot<{
    task: import("@langchain/langgraph").LastValue<string>;
    /** The thread's conversation; kept by the checkpointer, or passed in by the caller (Action). */
    history: import("@langchain/langgraph").LastValue<ChatTurn[]>;
    /** The last proposal of an earlier run in the thread. */
    lastProposal: import("@langchain/langgraph").LastValue<ProposalDraft | null>;
    proposal: import("@langchain/langgraph").LastValue<ProposalDraft | null>;
    notes: import("@langchain/langgraph").BaseChannel<Note[], Note[] | import("@langchain/langgraph").OverwriteValue<Note[]> | null, unknown>;
    findings: import("@langchain/langgraph").BaseChannel<Finding[], Finding[] | import("@langchain/langgraph").OverwriteValue<Finding[]> | null, unknown>;
    plan: import("@langchain/langgraph").LastValue<Plan | null>;
    route: import("@langchain/langgraph").LastValue<Route | null>;
    supervisorLog: import("@langchain/langgraph").LastValue<StoredMessage[]>;
    outcome: import("@langchain/langgraph").LastValue<Outcome | null>;
    /** Which agent a fanned-out (Send) task is for. */
    assignee: import("@langchain/langgraph").LastValue<string>;
}>;
type State = typeof TeamState.State;
export declare const reviewSchema: z.ZodObject<{
    findings: z.ZodArray<z.ZodObject<{
        severity: z.ZodEnum<{
            error: "error";
            info: "info";
            warning: "warning";
        }>;
        message: z.ZodString;
    }, z.core.$strip>>;
    summary: z.ZodString;
}, z.core.$strip>;
export declare function runTeamGraph(ctx: RunContext, input: {
    task: string;
    history?: ChatTurn[];
}, memory: {
    checkpointer?: BaseCheckpointSaver;
    threadId?: string;
}): Promise<State>;
export {};

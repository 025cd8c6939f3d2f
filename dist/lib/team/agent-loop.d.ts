import { type BaseMessage } from "@langchain/core/messages";
import type { StructuredToolInterface } from "@langchain/core/tools";
import type { z } from "zod";
import type { AgentDefinition } from "./model.js";
import type { RunContext } from "./run-context.js";
export interface AgentTurn {
    /** The agent's last words (its answer). */
    text: string;
    messages: BaseMessage[];
    /** Set when the agent called a handoff tool: the loop stops so the graph can route. */
    handoff?: {
        callId: string;
        tool: string;
        args: Record<string, unknown>;
    };
}
/** Counts a step, calls the model with bounded retries and records usage. */
export declare function callModel(ctx: RunContext, agent: AgentDefinition, invoke: () => Promise<unknown>): Promise<unknown>;
export declare function runAgent(ctx: RunContext, agent: AgentDefinition, messages: BaseMessage[], tools: StructuredToolInterface[], handoffTools?: ReadonlySet<string>): Promise<AgentTurn>;
/** Asks for structured output, counting the call and its usage like any other. */
export declare function structuredAnswer<T>(ctx: RunContext, agent: AgentDefinition, messages: BaseMessage[], schema: z.ZodType<T>, name: string): Promise<T>;
export declare function textOf(message: BaseMessage): string;

/**
 * The team's tools as LangChain tools with zod schemas. Which ones an agent gets is decided here
 * and nowhere else: its declared tools, minus every mutating tool in plan mode (invariant 4).
 */
import { type StructuredToolInterface } from "@langchain/core/tools";
import type { AgentDefinition } from "./model.js";
import type { RunContext } from "./run-context.js";
import { type ToolName } from "./tools-catalog.js";
/** The tool names an agent is actually given in a mode: mutating tools exist only in apply mode. */
export declare function toolNamesFor(agent: AgentDefinition, mode: "plan" | "apply"): ToolName[];
export declare function buildTools(ctx: RunContext, names: readonly ToolName[]): StructuredToolInterface[];

/**
 * Planning for the MCP tools: an environment as it is on disk, or proposed text for it checked
 * with the same rules as a team's proposal (spec parser, limits, masked secrets restored).
 */
import type { Plan } from "../plan/model.js";
import type { ResolvedEnvironment } from "../spec/model.js";
import type { ProposalDraft } from "../team/run-context.js";
import type { McpContext } from "./context.js";
/** The environment's spec from disk, parsed; the name is checked before any path is built from it. */
export declare function loadEnvironment(ctx: McpContext, environment: string): Promise<ResolvedEnvironment>;
export declare function planEnvironment(ctx: McpContext, environment: string, destroy?: boolean): Promise<Plan>;
/**
 * A client's proposed spec text as a draft: it must parse as `environment`'s spec, hold no
 * configured secret, and any value it kept masked gets its real value back from the current spec.
 */
export declare function draftProposal(ctx: McpContext, environment: string, specText: string, explanation?: string): Promise<ProposalDraft>;
/** The plan of proposed text when given, else of the spec on disk; nothing is written. */
export declare function planOf(ctx: McpContext, environment: string, specText: string | undefined): Promise<Plan>;

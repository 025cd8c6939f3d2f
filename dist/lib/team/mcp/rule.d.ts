/**
 * Plan mode's structural rule (invariant 4) for tools Plagentic did not write: an external tool is
 * offered only if its server marks it read-only and not destructive, or if the default branch's
 * config names it in `mcp.allowed_tools`. It holds in apply mode too: the only way to change
 * infrastructure is the reviewed plan, never a side door through someone else's tool.
 */
/** An external tool as the rule sees it; annotations are the server's word, so checked strictly. */
export interface ExternalTool {
    server: string;
    /** The tool's name as the server spells it. */
    name: string;
    /** `<server>__<name>`, as the model sees it. */
    prefixed: string;
    annotations?: {
        readOnlyHint?: unknown;
        destructiveHint?: unknown;
    } | undefined;
}
export type Verdict = {
    offered: true;
} | {
    offered: false;
    reason: string;
};
export interface RuleInputs {
    /** `mcp.allowed_tools` of config.yaml (default branch). */
    allowlist: readonly string[];
    /** The team file's own `allowed_tools` for the server: it only narrows. */
    teamAllowed?: readonly string[] | undefined;
}
export declare function mcpToolVerdict(tool: ExternalTool, inputs: RuleInputs): Verdict;

/**
 * The tools a team file may give its agents. Only `apply_plan` changes anything, and the team
 * runner withholds it in plan mode (invariant 4), whatever the team file says.
 */
export interface ToolInfo {
    name: string;
    description: string;
    /** Mutating tools exist only in apply mode. */
    mutating: boolean;
}
export declare const TOOLS: readonly [{
    readonly name: "list_environments";
    readonly description: "List the environment specs in the repository";
    readonly mutating: false;
}, {
    readonly name: "read_spec";
    readonly description: "Read one environment spec";
    readonly mutating: false;
}, {
    readonly name: "describe_live";
    readonly description: "Describe the live resources an environment owns";
    readonly mutating: false;
}, {
    readonly name: "estimate_cost";
    readonly description: "Price a spec or a proposed edit of it";
    readonly mutating: false;
}, {
    readonly name: "check_policy";
    readonly description: "Run the configured policies against a proposed edit";
    readonly mutating: false;
}, {
    readonly name: "propose_spec_change";
    readonly description: "Propose an edit to an environment spec for humans to review";
    readonly mutating: false;
}, {
    readonly name: "apply_plan";
    readonly description: "Apply the approved plan (apply mode only)";
    readonly mutating: true;
}];
export type ToolName = (typeof TOOLS)[number]["name"];
export declare const TOOL_NAMES: readonly ToolName[];
export declare const READ_ONLY_TOOLS: readonly ToolName[];
export declare const MUTATING_TOOLS: readonly ToolName[];
export declare function isToolName(name: string): name is ToolName;
export declare function isMutatingTool(name: string): boolean;
/**
 * Tools of the original Python Plagentic that are deliberately not offered: any of them would let
 * an agent change infrastructure, or fetch instructions, outside the plan humans review.
 */
export declare const LEGACY_TOOLS: Readonly<Record<string, string>>;

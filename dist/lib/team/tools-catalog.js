/**
 * The tools a team file may give its agents. Only `apply_plan` changes anything, and the team
 * runner withholds it in plan mode (invariant 4), whatever the team file says.
 */
export const TOOLS = [
    { name: "list_environments", description: "List the environment specs in the repository", mutating: false },
    { name: "read_spec", description: "Read one environment spec", mutating: false },
    { name: "describe_live", description: "Describe the live resources an environment owns", mutating: false },
    { name: "estimate_cost", description: "Price a spec or a proposed edit of it", mutating: false },
    {
        name: "check_policy",
        description: "Run the configured policies against a proposed edit",
        mutating: false,
    },
    {
        name: "propose_spec_change",
        description: "Propose an edit to an environment spec for humans to review",
        mutating: false,
    },
    { name: "apply_plan", description: "Apply the approved plan (apply mode only)", mutating: true },
];
export const TOOL_NAMES = TOOLS.map((t) => t.name);
export const READ_ONLY_TOOLS = TOOLS.filter((t) => !t.mutating).map((t) => t.name);
export const MUTATING_TOOLS = TOOLS.filter((t) => t.mutating).map((t) => t.name);
export function isToolName(name) {
    return TOOL_NAMES.includes(name);
}
export function isMutatingTool(name) {
    return MUTATING_TOOLS.includes(name);
}
/**
 * Tools of the original Python Plagentic that are deliberately not offered: any of them would let
 * an agent change infrastructure, or fetch instructions, outside the plan humans review.
 */
export const LEGACY_TOOLS = {
    terminal: "a shell",
    browser: "a web browser",
    saveFile: "writing files",
    googleSearch: "web search",
    searchGoogle: "web search",
};

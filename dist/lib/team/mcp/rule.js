/**
 * Plan mode's structural rule (invariant 4) for tools Plagentic did not write: an external tool is
 * offered only if its server marks it read-only and not destructive, or if the default branch's
 * config names it in `mcp.allowed_tools`. It holds in apply mode too: the only way to change
 * infrastructure is the reviewed plan, never a side door through someone else's tool.
 */
export function mcpToolVerdict(tool, inputs) {
    const qualified = [`${tool.server}.${tool.name}`, tool.prefixed];
    if (inputs.teamAllowed && ![...qualified, tool.name].some((n) => inputs.teamAllowed.includes(n))) {
        return { offered: false, reason: "not in the team file's allowed_tools" };
    }
    const readOnly = tool.annotations?.readOnlyHint === true;
    const destructive = tool.annotations?.destructiveHint === true;
    if (readOnly && !destructive)
        return { offered: true };
    // Qualified only: a bare name in config would allow that tool on every server.
    if (qualified.some((n) => inputs.allowlist.includes(n)))
        return { offered: true };
    return {
        offered: false,
        reason: `${destructive ? "marked destructive" : "not marked read-only"} and not in mcp.allowed_tools of config.yaml`,
    };
}

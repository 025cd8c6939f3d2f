/**
 * The MCP server for one workspace: the tool table (filtered by how the server was started),
 * the environment resources and the prompt. Every reply passes through the context's redactor.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { version } from "../cli/version.js";
import { PlagenticError } from "../spec/errors.js";
import { registerPrompt } from "./prompt.js";
import { registerResources } from "./resources.js";
import { toolError, toolResult } from "./results.js";
import { TOOLS } from "./tools/index.js";
const INSTRUCTIONS = [
    "Plagentic plans, prices and policy-checks infrastructure changes described in environment specs (environments/<name>.yaml) on AWS, GCP, Azure or a local sandbox cloud.",
    "Use list_environments and read_spec to see what exists, plan / estimate_cost / check_policy / drift / explain_plan to see what a spec means, and propose_spec_change to propose an edit (it is validated and planned; it is written to disk only when the server allows writes).",
    "Nothing here changes infrastructure except `apply`, which exists only when the server was started with --allow-apply and applies exactly the plan whose hash it is given, after deriving it again.",
    "Secrets are shown as ***. Use this server only with clients you trust.",
].join("\n");
/** The tools this server offers, given how it was started. */
export function toolsFor(options) {
    return TOOLS.filter((t) => t.when?.(options) ?? true);
}
export function createMcpServer(ctx) {
    const server = new McpServer({ name: "plagentic", title: "Plagentic", version: version() }, { instructions: INSTRUCTIONS });
    for (const tool of toolsFor(ctx.options)) {
        server.registerTool(tool.name, {
            title: tool.title,
            description: tool.description,
            inputSchema: tool.input,
            outputSchema: tool.output,
            annotations: { title: tool.title, ...tool.annotations(ctx.options) },
        }, async (args) => {
            try {
                return toolResult(await tool.handler(ctx, args), ctx.redact);
            }
            catch (e) {
                if (!(e instanceof PlagenticError)) {
                    ctx.log(`mcp: ${tool.name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
                }
                return toolError(e, ctx.redact);
            }
        });
    }
    registerResources(server, ctx);
    registerPrompt(server, ctx);
    return server;
}

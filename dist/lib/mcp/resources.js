/**
 * Resources: each environment's spec and its current plan, listed and readable by URI
 * (`plagentic://environments/{name}/spec`, `.../plan`). Read from disk and the cloud on every read.
 */
import { ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { renderPlanJson } from "../render/index.js";
import { redactError } from "../render/redact.js";
import { PlagenticError } from "../spec/errors.js";
import { ENVIRONMENT_NAME } from "../team/proposal.js";
import { currentSpec } from "./context.js";
import { planEnvironment } from "./planning.js";
const RESOURCES = [
    {
        kind: "spec",
        mimeType: "application/yaml",
        description: "The environment's spec as it is in the working tree",
        read: async (ctx, environment) => (await currentSpec(ctx, environment)).text,
    },
    {
        kind: "plan",
        mimeType: "application/json",
        description: "The environment's current plan (plagentic plan --json), derived from its spec and live state",
        read: async (ctx, environment) => renderPlanJson(await planEnvironment(ctx, environment)),
    },
];
export function registerResources(server, ctx) {
    for (const resource of RESOURCES) {
        const uriOf = (name) => `plagentic://environments/${name}/${resource.kind}`;
        const template = new ResourceTemplate(`plagentic://environments/{name}/${resource.kind}`, {
            list: async () => ({
                // A file whose name is no environment name (`My Env.yaml`) cannot be read by URI either.
                resources: (await ctx.workspace.environmentNames()).filter(isEnvironmentName).map((name) => ({
                    uri: uriOf(name),
                    name: `${name} ${resource.kind}`,
                    mimeType: resource.mimeType,
                })),
            }),
        });
        server.registerResource(`environment-${resource.kind}`, template, { mimeType: resource.mimeType, description: resource.description }, async (uri, variables) => {
            const name = variables["name"];
            try {
                if (typeof name !== "string")
                    throw new PlagenticError("expected one environment name in the URI");
                const text = ctx.redact(await resource.read(ctx, decodeURIComponent(name)));
                return { contents: [{ uri: uri.href, mimeType: resource.mimeType, text }] };
            }
            catch (e) {
                redactError(e, ctx.redact);
                if (e instanceof PlagenticError)
                    throw new McpError(ErrorCode.InvalidParams, e.message);
                throw new McpError(ErrorCode.InternalError, e instanceof Error ? e.message : String(e));
            }
        });
    }
}
function isEnvironmentName(name) {
    return ENVIRONMENT_NAME.test(name);
}

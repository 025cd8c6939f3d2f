/**
 * Running the MCP server over stdio or HTTP for one workspace until it is told to stop: a signal,
 * or for stdio the client closing stdin. Only protocol goes to stdout; `log` writes to stderr.
 */
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createRedactor, secretValuesFromEnv } from "../render/redact.js";
import { ApplyQueue } from "./context.js";
import { startHttp } from "./http.js";
import { createMcpServer, toolsFor } from "./server.js";
export async function serveMcp(input) {
    const ctx = {
        workspace: input.workspace,
        options: input.options,
        redact: createRedactor([
            ...input.workspace.config.secrets,
            ...secretValuesFromEnv(input.env),
            ...(input.http ? [input.http.token] : []),
        ]),
        actor: input.env["USER"] ? `${input.env["USER"]} (mcp)` : "mcp",
        log: input.log,
        applies: new ApplyQueue(),
    };
    const tools = toolsFor(input.options).map((t) => t.name);
    if (input.options.allowWrite)
        input.log("warning: --allow-write: propose_spec_change writes spec files");
    if (input.options.allowApply) {
        input.log("warning: --allow-apply: the apply tool can change infrastructure (a plan hash is still required)");
    }
    let stop;
    const stopped = new Promise((done) => (stop = done));
    const onSignal = (signal) => stop(signal);
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
        if (input.http) {
            if (!isLoopback(input.http.host)) {
                input.log(`warning: listening on ${input.http.host}: reachable from other machines; only the token protects it`);
            }
            const running = await startHttp(ctx, input.http, input.log);
            input.log(`plagentic mcp: streamable HTTP, listening on ${running.url}; tools: ${tools.join(", ")}`);
            input.log(`plagentic mcp: ${await stopped}, stopping`);
            // An apply under way finishes before the workspace it writes to is closed.
            await ctx.applies.run(() => Promise.resolve());
            await running.close();
        }
        else {
            const server = createMcpServer(ctx);
            const transport = new StdioServerTransport();
            server.server.onclose = () => stop("connection closed");
            process.stdin.once("end", () => stop("stdin closed"));
            await server.connect(transport);
            const pending = pendingRequests(transport);
            input.log(`plagentic mcp: stdio; tools: ${tools.join(", ")}`);
            input.log(`plagentic mcp: ${await stopped}, stopping`);
            // A client that wrote its last request and closed stdin still gets its answer.
            await pending.answered();
            await server.close();
        }
    }
    finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
    }
}
function isLoopback(host) {
    return host === "127.0.0.1" || host === "localhost" || host === "::1";
}
/**
 * Counts requests read from a transport and not yet answered. Wraps the callbacks the protocol
 * layer installed on connect, so it sees each request before any handler runs.
 */
function pendingRequests(transport) {
    const open = new Set();
    let wake;
    const received = transport.onmessage;
    transport.onmessage = (message, extra) => {
        if ("method" in message && "id" in message)
            open.add(message.id);
        received?.(message, extra);
    };
    const send = transport.send.bind(transport);
    transport.send = async (message, options) => {
        await send(message, options);
        if (("result" in message || "error" in message) && message.id !== undefined)
            open.delete(message.id);
        if (open.size === 0)
            wake?.();
    };
    return {
        answered: () => (open.size === 0 ? Promise.resolve() : new Promise((done) => (wake = done))),
    };
}

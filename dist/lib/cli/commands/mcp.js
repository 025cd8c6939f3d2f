import { importOptional } from "../../optional-module.js";
import { PlagenticError } from "../../spec/errors.js";
import { EXIT } from "../exit-codes.js";
export const MCP_TOKEN_VAR = "PLAGENTIC_MCP_TOKEN";
const MIN_TOKEN_LENGTH = 16;
export function registerMcp(program, ctx) {
    program
        .command("mcp")
        .description("serve plan, cost, policy and drift to MCP clients (agents, IDEs): over stdio, or over HTTP with --http")
        .option("--http <port>", `serve Streamable HTTP on this port (0: any free one) at /mcp; needs $${MCP_TOKEN_VAR}`)
        .option("--host <addr>", "with --http: the address to bind", "127.0.0.1")
        .option("--allowed-origin <origin>", "with --http: a browser origin allowed to call the server (repeatable); requests from other origins get 403", (value, previous) => [...previous, value], [])
        .option("--rate-limit <requests-per-minute>", "with --http: requests per minute per client", "120")
        .option("--allow-write", "let propose_spec_change write the spec files it validates")
        .option("--allow-apply", "offer the apply tool (hash-bound; refused where config.yaml requires approvals)")
        .action(async (flags) => {
        const http = flags.http === undefined ? undefined : httpSettings(flags, ctx.io.env);
        await ctx.withWorkspace(async (ws, out) => {
            // Loaded only for this command, so every other command starts without the SDK and express.
            const { serveMcp } = await importOptional("mcpServer", () => import("../../mcp/serve.js"));
            await serveMcp({
                workspace: ws,
                env: ctx.io.env,
                options: { allowWrite: flags.allowWrite ?? false, allowApply: flags.allowApply ?? false },
                ...(http && { http }),
                log: (line) => out.progress(line),
            });
            return EXIT.ok;
        })();
    });
}
function httpSettings(flags, env) {
    const token = env[MCP_TOKEN_VAR] ?? "";
    if (token.trim() === "") {
        throw new PlagenticError(`mcp --http needs a bearer token: set ${MCP_TOKEN_VAR} (at least ${MIN_TOKEN_LENGTH} characters, e.g. from openssl rand -hex 32); clients send it as Authorization: Bearer <token>`);
    }
    if (token.length < MIN_TOKEN_LENGTH) {
        throw new PlagenticError(`${MCP_TOKEN_VAR} is too short: use at least ${MIN_TOKEN_LENGTH} characters`);
    }
    return {
        port: integer("--http", flags.http, 0, 65_535),
        host: flags.host,
        allowedOrigins: flags.allowedOrigin.map(origin),
        requestsPerMinute: integer("--rate-limit", flags.rateLimit, 1, 1_000_000),
        token,
    };
}
function integer(flag, value, min, max) {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw new PlagenticError(`${flag}: expected a whole number from ${min} to ${max}`);
    }
    return n;
}
/** An origin as browsers send it (`scheme://host[:port]`, no path), so it compares exactly. */
function origin(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new PlagenticError(`--allowed-origin: expected an origin such as http://localhost:6274`);
    }
    if (url.origin === "null" || url.origin !== value.replace(/\/$/, "")) {
        throw new PlagenticError(`--allowed-origin: expected an origin such as http://localhost:6274 (scheme, host and port only)`);
    }
    return url.origin;
}

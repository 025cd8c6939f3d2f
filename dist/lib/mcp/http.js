/**
 * The Streamable HTTP face of the MCP server, on `/mcp`. In front of the protocol, in this order:
 * the SDK's Host check (DNS rebinding, on loopback), a rate limit, an Origin check (a browser page
 * may not call it unless its origin was allowed), the bearer token, and only then the body parser,
 * so that no unauthenticated body is read. Stateless: each POST gets a fresh protocol server over
 * the one shared workspace.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { localhostHostValidation } from "@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import express from "express";
import { rateLimit } from "express-rate-limit";
import { createMcpServer } from "./server.js";
export const MCP_PATH = "/mcp";
/** Room for a proposed spec at the default `limits.max_spec_bytes` (1 MiB), JSON-escaped. */
const MAX_BODY = "3mb";
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);
/** A JSON-RPC error body, as MCP clients expect even from the HTTP layer. */
function refuse(res, status, message) {
    res.status(status).json({ jsonrpc: "2.0", error: { code: -32000, message }, id: null });
}
function originCheck(allowed) {
    return (req, res, next) => {
        const origin = req.headers.origin;
        if (origin === undefined || allowed.has(origin))
            return next();
        refuse(res, 403, "Forbidden: this origin is not allowed (plagentic mcp --allowed-origin)");
    };
}
function bearerCheck(token) {
    // Digests have equal lengths whatever was sent, so timingSafeEqual compares without leaking length.
    const expected = createHash("sha256").update(token).digest();
    return (req, res, next) => {
        const match = /^Bearer[ ]+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
        const given = createHash("sha256")
            .update(match?.[1] ?? "")
            .digest();
        if (match && timingSafeEqual(given, expected))
            return next();
        res.setHeader("WWW-Authenticate", 'Bearer realm="plagentic"');
        refuse(res, 401, "Unauthorized: send Authorization: Bearer <PLAGENTIC_MCP_TOKEN>");
    };
}
export async function startHttp(ctx, opts, log) {
    const app = express();
    // DNS rebinding: a page on another name that resolves to loopback must not reach the server.
    if (LOOPBACK.has(opts.host))
        app.use(localhostHostValidation());
    app.use(rateLimit({
        windowMs: 60_000,
        limit: opts.requestsPerMinute,
        standardHeaders: "draft-8",
        legacyHeaders: false,
        handler: (_req, res) => refuse(res, 429, "Too many requests: try again in a minute"),
    }));
    app.use(originCheck(new Set(opts.allowedOrigins)));
    app.use(bearerCheck(opts.token));
    app.use(express.json({ limit: MAX_BODY }));
    app.post(MCP_PATH, async (req, res) => {
        const server = createMcpServer(ctx);
        const transport = new StreamableHTTPServerTransport({
            sessionIdGenerator: undefined,
            enableJsonResponse: true,
        });
        res.on("close", () => {
            void transport.close();
            void server.close();
        });
        try {
            await server.connect(transport);
            await transport.handleRequest(req, res, req.body);
        }
        catch (e) {
            log(`mcp: request failed: ${e instanceof Error ? e.message : String(e)}`);
            if (!res.headersSent)
                refuse(res, 500, "Internal server error");
        }
    });
    // Stateless: there is no session to stream to (GET) or to end (DELETE).
    app.all(MCP_PATH, (_req, res) => {
        res.setHeader("Allow", "POST");
        refuse(res, 405, "Method not allowed: POST JSON-RPC requests to /mcp");
    });
    // Express's own error page would show a stack; a malformed body gets a JSON-RPC error instead.
    app.use((err, _req, res, next) => {
        if (res.headersSent)
            return next(err);
        const status = err.status;
        if (status === 413)
            return refuse(res, 413, `Request body too large (over ${MAX_BODY})`);
        refuse(res, typeof status === "number" && status >= 400 && status < 500 ? status : 500, "Bad request");
    });
    const http = createServer(app);
    await listen(http, opts.port, opts.host);
    const { port } = http.address();
    const shownHost = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
    return {
        url: `http://${shownHost}:${port}${MCP_PATH}`,
        close: () => new Promise((done) => {
            http.close(() => done());
            http.closeAllConnections();
        }),
    };
}
function listen(http, port, host) {
    return new Promise((done, fail) => {
        http.once("error", fail);
        http.listen(port, host, () => {
            http.off("error", fail);
            done();
        });
    });
}

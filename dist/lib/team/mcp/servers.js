/**
 * The MCP servers of one team run. A server connects the first time an agent that may use it needs
 * its tools (a run that never reaches such an agent never starts it), lists its tools once, and
 * every connection is closed when the run ends. The SDK loads only when a server connects.
 */
import { importOptional } from "../../optional-module.js";
import { scrubControls } from "../../render/values.js";
import { PlagenticError } from "../../spec/errors.js";
import { PROPOSING_STAGES } from "./model.js";
import { assertServersAllowed, resolveTransport } from "./resolve.js";
import { mcpToolVerdict } from "./rule.js";
import { adaptTool, prefixedName, schemaProblem } from "./tools.js";
const MAX_PAGES = 20;
const MAX_TOOLS = 200;
const STDERR_LINES = 5;
export class McpPool {
    opts;
    connections = new Map();
    clients = [];
    closed = false;
    constructor(opts) {
        this.opts = opts;
        assertServersAllowed(opts.team.mcpServers ?? [], {
            file: opts.team.file,
            env: opts.env,
            hosted: opts.hosted,
        });
    }
    /** The external tools an agent is offered, connecting its servers on first use. */
    async toolsFor(agent) {
        const servers = (this.opts.team.mcpServers ?? []).filter((s) => s.agents ? s.agents.includes(agent.name) : PROPOSING_STAGES.includes(agent.stage));
        const out = [];
        const names = new Set();
        for (const server of servers) {
            for (const t of (await this.connection(server)).tools) {
                // Two servers can spell the same prefixed name ("a" + "b__c", "a__b" + "c"): first wins.
                if (names.has(t.name))
                    continue;
                names.add(t.name);
                out.push(t);
            }
        }
        return out;
    }
    /** Closes every connection (stdio servers are stopped); safe to call more than once. */
    async close() {
        this.closed = true;
        await Promise.allSettled([...this.connections.values()]);
        await Promise.allSettled(this.clients.splice(0).map((c) => c.close()));
    }
    connection(server) {
        let c = this.connections.get(server.name);
        if (!c) {
            c = this.connect(server);
            this.connections.set(server.name, c);
        }
        return c;
    }
    async connect(server) {
        const { team, redactor } = this.opts;
        if (this.closed)
            throw new PlagenticError(`${team.file}: mcp_servers.${server.name}: the run has ended`);
        const { transport: spec, secrets } = resolveTransport(server, {
            file: team.file,
            env: this.opts.env,
            hosted: this.opts.hosted,
            baseDir: this.opts.baseDir,
        });
        redactor.add(secrets);
        const { Client } = await importOptional("teamMcp", () => import("@modelcontextprotocol/sdk/client/index.js"));
        const client = new Client({ name: "plagentic", version: "1" });
        this.clients.push(client);
        const stderr = [];
        let gaveUp = false;
        const fail = (reason) => new PlagenticError(redactor(`${team.file}: mcp_servers.${server.name}: could not start: ${scrubControls(reason.slice(0, 500))}` +
            (stderr.length ? `\n  its stderr ended with:\n  ${stderr.join("\n  ")}` : "")));
        try {
            // One deadline for the whole start: spawning, initializing and listing the tools.
            const listed = await withTimeout((async () => {
                const transport = await openTransport(spec, this.opts.env, stderr);
                // A start that already timed out must not spawn a process nobody will stop.
                if (gaveUp)
                    return [];
                await client.connect(transport, { timeout: server.startupTimeoutMs });
                return listAll(client, server.startupTimeoutMs);
            })(), server.startupTimeoutMs, `no answer within ${server.startupTimeoutMs / 1000} s (startup_timeout_seconds)`);
            return { client, tools: this.offered(server, client, listed) };
        }
        catch (e) {
            gaveUp = true;
            await client.close().catch(() => undefined);
            throw fail(e instanceof Error ? e.message : String(e));
        }
    }
    /** The rule applied to a server's tools; each withheld or unusable one is reported once. */
    offered(server, client, listed) {
        const { emit, redactor } = this.opts;
        const tools = [];
        const seen = new Set();
        const skip = (label, why) => emit({ kind: "warning", message: redactor(scrubControls(`${label} withheld: ${why}`)) });
        for (const t of listed.slice(0, MAX_TOOLS)) {
            const named = prefixedName(server.name, t.name);
            const label = "name" in named ? named.name : `${server.name}.${t.name.slice(0, 64)}`;
            if ("problem" in named) {
                skip(label, named.problem);
                continue;
            }
            if (seen.has(named.name)) {
                skip(label, "another tool of the server has the same name");
                continue;
            }
            seen.add(named.name);
            const verdict = mcpToolVerdict({ server: server.name, name: t.name, prefixed: named.name, annotations: t.annotations }, { allowlist: this.opts.allowlist, teamAllowed: server.allowedTools });
            if (!verdict.offered) {
                skip(label, verdict.reason);
                continue;
            }
            const problem = schemaProblem(t);
            if (problem) {
                skip(label, problem);
                continue;
            }
            tools.push(adaptTool(t, named.name, {
                server: server.name,
                call: async (name, args) => (await client.callTool({ name, arguments: args }, undefined, {
                    timeout: server.callTimeoutMs,
                })),
                emit,
                redact: redactor,
            }));
        }
        if (listed.length > MAX_TOOLS)
            emit({ kind: "warning", message: `${server.name}: only its first ${MAX_TOOLS} tools are used` });
        emit({
            kind: "mcp",
            message: `MCP server ${server.name} started: ${tools.length} of ${listed.length} tool(s) offered`,
        });
        return tools;
    }
}
async function openTransport(spec, env, stderr) {
    if (spec.kind === "http") {
        const { StreamableHTTPClientTransport } = await importOptional("teamMcp", () => import("@modelcontextprotocol/sdk/client/streamableHttp.js"));
        return new StreamableHTTPClientTransport(new URL(spec.url), { requestInit: { headers: spec.headers } });
    }
    const { StdioClientTransport, DEFAULT_INHERITED_ENV_VARS } = await importOptional("teamMcp", () => import("@modelcontextprotocol/sdk/client/stdio.js"));
    // Only the basics (PATH, HOME...) of the run's environment and what the team file names:
    // never the run's own credentials.
    const basics = {};
    for (const name of DEFAULT_INHERITED_ENV_VARS) {
        const value = env[name];
        if (value && !value.startsWith("()"))
            basics[name] = value;
    }
    const transport = new StdioClientTransport({
        command: spec.command,
        args: spec.args,
        env: { ...basics, ...spec.env },
        ...(spec.cwd !== undefined && { cwd: spec.cwd }),
        // Piped, never inherited: a server's chatter must not reach the CLI's output.
        stderr: "pipe",
    });
    let partial = "";
    transport.stderr?.on("data", (chunk) => {
        const lines = (partial + chunk.toString("utf8")).split("\n");
        partial = lines.pop().slice(-500);
        for (const line of lines)
            if (line.trim())
                stderr.push(scrubControls(line.slice(0, 500)));
        stderr.splice(0, Math.max(0, stderr.length - STDERR_LINES));
    });
    transport.stderr?.on("end", () => {
        if (partial.trim())
            stderr.push(scrubControls(partial));
    });
    return transport;
}
async function listAll(client, timeout) {
    const tools = [];
    let cursor;
    for (let page = 0; page < MAX_PAGES && tools.length <= MAX_TOOLS; page++) {
        const res = await client.listTools(cursor === undefined ? undefined : { cursor }, { timeout });
        tools.push(...res.tools);
        cursor = res.nextCursor;
        if (!cursor)
            break;
    }
    return tools;
}
function withTimeout(p, ms, message) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

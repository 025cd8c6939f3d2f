import { userIssueMessage } from "../../config/issue-messages.js";
import { zodIssueToError } from "../../spec/yaml-source.js";
import { DEFAULT_CALL_TIMEOUT_SECONDS, DEFAULT_STARTUP_TIMEOUT_SECONDS, MCP_SERVER_NAME, PROPOSING_STAGES, mcpServerEntrySchema, mcpServerListEntrySchema, } from "./model.js";
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
export function parseMcpServers(source, raw, agents) {
    const stages = new Map(agents.map((a) => [a.name, a.stage]));
    if (raw === undefined || raw === null)
        return [];
    const entries = [];
    if (Array.isArray(raw)) {
        raw.forEach((item, i) => {
            const at = ["mcp_servers", i];
            const parsed = mcpServerListEntrySchema.safeParse(item, { error: userIssueMessage });
            if (!parsed.success)
                throw zodIssueToError(source, parsed.error, at);
            const { name, ...entry } = parsed.data;
            entries.push({ name, entry, at });
        });
    }
    else {
        for (const [name, item] of Object.entries(raw)) {
            const at = ["mcp_servers", name];
            const parsed = mcpServerEntrySchema.safeParse(item, { error: userIssueMessage });
            if (!parsed.success)
                throw zodIssueToError(source, parsed.error, at);
            entries.push({ name, entry: parsed.data, at });
        }
    }
    const seen = new Set();
    return entries.map(({ name, entry, at }) => {
        const nameAt = Array.isArray(raw) ? [...at, "name"] : at;
        if (!MCP_SERVER_NAME.test(name)) {
            throw source.error(nameAt, `MCP server name "${name}" must be 1 to 24 characters of a-z, 0-9, _ and - (it prefixes its tools' names)`, { key: !Array.isArray(raw) });
        }
        if (seen.has(name))
            throw source.error(nameAt, `duplicate MCP server name "${name}"`);
        seen.add(name);
        (entry.agents ?? []).forEach((agent, j) => {
            const stage = stages.get(agent);
            if (stage === undefined) {
                throw source.error([...at, "agents", j], `unknown agent "${agent}"; agents in this team: ${[...stages.keys()].join(", ")}`);
            }
            if (!PROPOSING_STAGES.includes(stage)) {
                throw source.error([...at, "agents", j], `agent "${agent}" has stage ${stage}: reviewers judge the engine's plan and get no external tools; name a ${PROPOSING_STAGES.join(", ")} agent`);
            }
        });
        return {
            name,
            transport: transportOf(source, entry, at),
            ...(entry.agents && { agents: [...new Set(entry.agents)] }),
            ...(entry.allowed_tools && { allowedTools: [...new Set(entry.allowed_tools)] }),
            startupTimeoutMs: (entry.startup_timeout_seconds ?? DEFAULT_STARTUP_TIMEOUT_SECONDS) * 1000,
            callTimeoutMs: (entry.timeout_seconds ?? DEFAULT_CALL_TIMEOUT_SECONDS) * 1000,
        };
    });
}
function transportOf(source, entry, at) {
    if ((entry.command === undefined) === (entry.url === undefined)) {
        throw source.error(at, "an MCP server needs exactly one of `command` (a program started over stdio) and `url` (Streamable HTTP)");
    }
    if (entry.command !== undefined) {
        for (const key of ["headers"]) {
            if (entry[key])
                throw source.error([...at, key], `\`${key}\` is for an HTTP server (\`url\`)`);
        }
        return {
            kind: "stdio",
            command: entry.command,
            args: entry.args ?? [],
            env: entry.env ?? {},
            ...(entry.cwd && { cwd: entry.cwd }),
        };
    }
    for (const key of ["args", "env", "cwd"]) {
        if (entry[key])
            throw source.error([...at, key], `\`${key}\` is for a stdio server (\`command\`)`);
    }
    const url = entry.url;
    const problem = urlProblem(url);
    if (problem)
        throw source.error([...at, "url"], problem);
    return { kind: "http", url, headers: entry.headers ?? {} };
}
/** Why a URL may not be used for an MCP server, or undefined: https, or http to this machine only. */
export function urlProblem(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return "not a valid URL";
    }
    if (url.protocol === "https:")
        return undefined;
    if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))
        return undefined;
    return "an MCP server URL must be https: (http: only for localhost or 127.0.0.1)";
}

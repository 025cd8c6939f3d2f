/**
 * The MCP servers of one team run. A server connects the first time an agent that may use it needs
 * its tools (a run that never reaches such an agent never starts it), lists its tools once, and
 * every connection is closed when the run ends. The SDK loads only when a server connects.
 */
import { importOptional } from "../../optional-module.js";
import type { StructuredToolInterface } from "@langchain/core/tools";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Env } from "../../config/loader.js";
import type { Redactor } from "../../render/redact.js";
import { scrubControls } from "../../render/values.js";
import { PlagenticError } from "../../spec/errors.js";
import type { AgentDefinition, TeamDefinition } from "../model.js";
import { PROPOSING_STAGES, type McpServerDefinition, type McpTransportDefinition } from "./model.js";
import { assertServersAllowed, resolveTransport } from "./resolve.js";
import { mcpToolVerdict } from "./rule.js";
import { adaptTool, prefixedName, schemaProblem, type ListedTool, type ToolResult } from "./tools.js";

const MAX_PAGES = 20;
const MAX_TOOLS = 200;
const STDERR_LINES = 5;

export interface McpPoolOptions {
  team: TeamDefinition;
  env: Env;
  /** A shared App: see resolve.ts. */
  hosted: boolean;
  /** `mcp.allowed_tools` of config.yaml. */
  allowlist: readonly string[];
  baseDir: string;
  emit: (e: { kind: string; message: string }) => void;
  /** The run's redactor: interpolated secrets join it before they are used. */
  redactor: Redactor;
}

interface Connection {
  client: Client;
  tools: StructuredToolInterface[];
}

export class McpPool {
  private readonly connections = new Map<string, Promise<Connection>>();
  private readonly clients: Client[] = [];
  private closed = false;

  constructor(private readonly opts: McpPoolOptions) {
    assertServersAllowed(opts.team.mcpServers ?? [], {
      file: opts.team.file,
      env: opts.env,
      hosted: opts.hosted,
    });
  }

  /** The external tools an agent is offered, connecting its servers on first use. */
  async toolsFor(agent: AgentDefinition): Promise<StructuredToolInterface[]> {
    const servers = (this.opts.team.mcpServers ?? []).filter((s) =>
      s.agents ? s.agents.includes(agent.name) : PROPOSING_STAGES.includes(agent.stage),
    );
    const out: StructuredToolInterface[] = [];
    const names = new Set<string>();
    for (const server of servers) {
      for (const t of (await this.connection(server)).tools) {
        // Two servers can spell the same prefixed name ("a" + "b__c", "a__b" + "c"): first wins.
        if (names.has(t.name)) continue;
        names.add(t.name);
        out.push(t);
      }
    }
    return out;
  }

  /** Closes every connection (stdio servers are stopped); safe to call more than once. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.connections.values()]);
    await Promise.allSettled(this.clients.splice(0).map((c) => c.close()));
  }

  private connection(server: McpServerDefinition): Promise<Connection> {
    let c = this.connections.get(server.name);
    if (!c) {
      c = this.connect(server);
      this.connections.set(server.name, c);
    }
    return c;
  }

  private async connect(server: McpServerDefinition): Promise<Connection> {
    const { team, redactor } = this.opts;
    if (this.closed) throw new PlagenticError(`${team.file}: mcp_servers.${server.name}: the run has ended`);
    const { transport: spec, secrets } = resolveTransport(server, {
      file: team.file,
      env: this.opts.env,
      hosted: this.opts.hosted,
      baseDir: this.opts.baseDir,
    });
    redactor.add(secrets);
    const { Client } = await importOptional(
      "teamMcp",
      () => import("@modelcontextprotocol/sdk/client/index.js"),
    );
    const client = new Client({ name: "plagentic", version: "1" });
    this.clients.push(client);
    const stderr: string[] = [];
    let gaveUp = false;
    const fail = (reason: string): PlagenticError =>
      new PlagenticError(
        redactor(
          `${team.file}: mcp_servers.${server.name}: could not start: ${scrubControls(reason.slice(0, 500))}` +
            (stderr.length ? `\n  its stderr ended with:\n  ${stderr.join("\n  ")}` : ""),
        ),
      );
    try {
      // One deadline for the whole start: spawning, initializing and listing the tools.
      const listed = await withTimeout(
        (async () => {
          const transport = await openTransport(spec, this.opts.env, stderr);
          // A start that already timed out must not spawn a process nobody will stop.
          if (gaveUp) return [];
          await client.connect(transport, { timeout: server.startupTimeoutMs });
          return listAll(client, server.startupTimeoutMs);
        })(),
        server.startupTimeoutMs,
        `no answer within ${server.startupTimeoutMs / 1000} s (startup_timeout_seconds)`,
      );
      return { client, tools: this.offered(server, client, listed) };
    } catch (e) {
      gaveUp = true;
      await client.close().catch(() => undefined);
      throw fail(e instanceof Error ? e.message : String(e));
    }
  }

  /** The rule applied to a server's tools; each withheld or unusable one is reported once. */
  private offered(
    server: McpServerDefinition,
    client: Client,
    listed: ListedTool[],
  ): StructuredToolInterface[] {
    const { emit, redactor } = this.opts;
    const tools: StructuredToolInterface[] = [];
    const seen = new Set<string>();
    const skip = (label: string, why: string) =>
      emit({ kind: "warning", message: redactor(scrubControls(`${label} withheld: ${why}`)) });
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
      const verdict = mcpToolVerdict(
        { server: server.name, name: t.name, prefixed: named.name, annotations: t.annotations },
        { allowlist: this.opts.allowlist, teamAllowed: server.allowedTools },
      );
      if (!verdict.offered) {
        skip(label, verdict.reason);
        continue;
      }
      const problem = schemaProblem(t);
      if (problem) {
        skip(label, problem);
        continue;
      }
      tools.push(
        adaptTool(t, named.name, {
          server: server.name,
          call: async (name, args) =>
            (await client.callTool({ name, arguments: args }, undefined, {
              timeout: server.callTimeoutMs,
            })) as ToolResult,
          emit,
          redact: redactor,
        }),
      );
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

async function openTransport(spec: McpTransportDefinition, env: Env, stderr: string[]) {
  if (spec.kind === "http") {
    const { StreamableHTTPClientTransport } = await importOptional(
      "teamMcp",
      () => import("@modelcontextprotocol/sdk/client/streamableHttp.js"),
    );
    return new StreamableHTTPClientTransport(new URL(spec.url), { requestInit: { headers: spec.headers } });
  }
  const { StdioClientTransport, DEFAULT_INHERITED_ENV_VARS } = await importOptional(
    "teamMcp",
    () => import("@modelcontextprotocol/sdk/client/stdio.js"),
  );
  // Only the basics (PATH, HOME...) of the run's environment and what the team file names:
  // never the run's own credentials.
  const basics: Record<string, string> = {};
  for (const name of DEFAULT_INHERITED_ENV_VARS) {
    const value = env[name];
    if (value && !value.startsWith("()")) basics[name] = value;
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
  transport.stderr?.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop()!.slice(-500);
    for (const line of lines) if (line.trim()) stderr.push(scrubControls(line.slice(0, 500)));
    stderr.splice(0, Math.max(0, stderr.length - STDERR_LINES));
  });
  transport.stderr?.on("end", () => {
    if (partial.trim()) stderr.push(scrubControls(partial));
  });
  return transport;
}

async function listAll(client: Client, timeout: number): Promise<ListedTool[]> {
  const tools: ListedTool[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES && tools.length <= MAX_TOOLS; page++) {
    const res = await client.listTools(cursor === undefined ? undefined : { cursor }, { timeout });
    tools.push(...(res.tools as ListedTool[]));
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return tools;
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

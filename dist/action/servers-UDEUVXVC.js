import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  userContentBlock
} from "./chunk-6Z5NSO4S.js";
import {
  PROPOSING_STAGES,
  interpolate,
  isSecretFieldName,
  urlProblem
} from "./chunk-VTB4QWDN.js";
import {
  formatFieldPath,
  isToolName,
  scrubControls
} from "./chunk-IT5BDKXA.js";
import {
  tool
} from "./chunk-NSTQIHN3.js";
import "./chunk-MTZZQDVO.js";
import "./chunk-DSOI4Y75.js";
import {
  importOptional
} from "./chunk-ZDK5MVZP.js";
import {
  PlagenticError
} from "./chunk-WMOPTJPP.js";
import "./chunk-7W3TKOHO.js";
import "./chunk-TXMSPRBW.js";

// src/team/mcp/resolve.ts
import { isAbsolute, resolve } from "node:path";
var HOSTED_SWITCH = "PLAGENTIC_MCP_SERVERS";
var HOSTED_VARIABLE = /^PLAGENTIC_MCP_/;
function assertServersAllowed(servers, opts) {
  if (!opts.hosted || servers.length === 0 || opts.env[HOSTED_SWITCH] === "allow") return;
  throw new PlagenticError(
    `${opts.file}: mcp_servers.${servers[0].name}: refused: this GitHub App is shared by many repositories, so a team file may not start programs on it or reach its network. Run the team with the GitHub Action or the CLI instead, or, as the App's operator, set ${HOSTED_SWITCH}=allow.`
  );
}
function resolveTransport(server, opts) {
  const where = `${opts.file}: mcp_servers.${server.name}`;
  const t = server.transport;
  const forbidden = [];
  const env = opts.hosted ? new Proxy(opts.env, {
    get(target, name) {
      if (typeof name !== "string") return void 0;
      if (!HOSTED_VARIABLE.test(name)) {
        forbidden.push(name);
        return void 0;
      }
      return target[name];
    }
  }) : opts.env;
  const fields = t.kind === "stdio" ? { env: t.env, args: t.args } : { headers: t.headers };
  const { data, undefinedVars, secrets } = interpolate(fields, env);
  if (forbidden.length > 0) {
    throw new PlagenticError(
      `${where}: refers to \${${forbidden[0]}}; in the GitHub App a team file may use only variables named ${HOSTED_VARIABLE.source.slice(1)}*`
    );
  }
  const missing = undefinedVars[0];
  if (missing) {
    throw new PlagenticError(
      `${where}: ${formatFieldPath(missing.path)} refers to \${${missing.variable}}, which is not set (write \${${missing.variable}:-default} for a default)`
    );
  }
  const filled = data;
  if (t.kind === "http") {
    const problem = urlProblem(t.url);
    if (problem) throw new PlagenticError(`${where}: url: ${problem}`);
    const headers = filled.headers ?? {};
    const credentials2 = Object.entries(headers).filter(([k]) => isSecretFieldName(k) || /^(authorization|cookie|proxy-authorization)$/i.test(k)).map(([, v]) => v.replace(/^(bearer|basic|token)\s+/i, ""));
    return { transport: { ...t, headers }, secrets: [...secrets, ...credentials2] };
  }
  const envOut = filled.env ?? {};
  const credentials = Object.entries(envOut).filter(([k]) => isSecretFieldName(k)).map(([, v]) => v);
  return {
    transport: {
      ...t,
      args: filled.args ?? [],
      env: envOut,
      ...t.cwd !== void 0 && { cwd: isAbsolute(t.cwd) ? t.cwd : resolve(opts.baseDir, t.cwd) }
    },
    secrets: [...secrets, ...credentials]
  };
}

// src/team/mcp/rule.ts
function mcpToolVerdict(tool2, inputs) {
  const qualified = [`${tool2.server}.${tool2.name}`, tool2.prefixed];
  if (inputs.teamAllowed && ![...qualified, tool2.name].some((n) => inputs.teamAllowed.includes(n))) {
    return { offered: false, reason: "not in the team file's allowed_tools" };
  }
  const readOnly = tool2.annotations?.readOnlyHint === true;
  const destructive = tool2.annotations?.destructiveHint === true;
  if (readOnly && !destructive) return { offered: true };
  if (qualified.some((n) => inputs.allowlist.includes(n))) return { offered: true };
  return {
    offered: false,
    reason: `${destructive ? "marked destructive" : "not marked read-only"} and not in mcp.allowed_tools of config.yaml`
  };
}

// src/team/mcp/tools.ts
var MAX_NAME = 64;
var MAX_DESCRIPTION = 1e3;
var MAX_SCHEMA_CHARS = 2e4;
var MAX_RESULT_CHARS = 2e4;
var PREVIEW_CHARS = 200;
function prefixedName(server, name) {
  const prefixed = `${server}__${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  if (prefixed.length > MAX_NAME) return { problem: `its name would be longer than ${MAX_NAME} characters` };
  if (isToolName(prefixed) || prefixed.startsWith("transfer_to_"))
    return { problem: "its name is a built-in tool's" };
  return { name: prefixed };
}
function schemaProblem(t) {
  if (typeof t.inputSchema !== "object" || t.inputSchema === null || t.inputSchema["type"] !== "object")
    return "its input schema is not an object schema";
  if (JSON.stringify(t.inputSchema).length > MAX_SCHEMA_CHARS)
    return `its input schema is larger than ${MAX_SCHEMA_CHARS} characters`;
  return void 0;
}
function adaptTool(t, name, ctx) {
  const description = cap(`[MCP server ${ctx.server}] ${t.description ?? ""}`.trim(), MAX_DESCRIPTION);
  return tool(
    async (args) => {
      let text;
      try {
        const result = await ctx.call(t.name, args);
        const body = cap(resultText(result), MAX_RESULT_CHARS);
        text = result.isError === true ? `Error: ${body}` : body;
      } catch (e) {
        text = `Error: the call failed: ${e instanceof Error ? e.message : String(e)}`;
      }
      ctx.emit({ kind: "tool_result", message: `${name} returned: ${preview(ctx.redact(text))}` });
      return userContentBlock(`result of the external tool ${name}, from MCP server ${ctx.server}`, text);
    },
    // @langchain/core 1.x takes a JSON schema as well as a zod one.
    { name, description, schema: t.inputSchema }
  );
}
function resultText(result) {
  const parts = Array.isArray(result.content) ? result.content : [];
  const texts = [];
  let hasText = false;
  for (const part of parts) {
    const type = typeof part === "object" && part !== null ? part.type : void 0;
    if (type === "text") {
      hasText = true;
      texts.push(String(part.text ?? ""));
    } else
      texts.push(
        `[${typeof type === "string" ? type.replace(/[^a-z_]/gi, "").slice(0, 20) : "content"} omitted]`
      );
  }
  if (!hasText && result.structuredContent !== void 0) return JSON.stringify(result.structuredContent);
  return texts.join("\n");
}
function preview(text) {
  const flat = scrubControls(text.replace(/\s+/g, " ").trim());
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS)}\u2026` : flat;
}
function cap(text, max) {
  return text.length > max ? `${text.slice(0, max)}
[\u2026 cut at ${max} characters]` : text;
}

// src/team/mcp/servers.ts
var MAX_PAGES = 20;
var MAX_TOOLS = 200;
var STDERR_LINES = 5;
var McpPool = class {
  constructor(opts) {
    this.opts = opts;
    assertServersAllowed(opts.team.mcpServers ?? [], {
      file: opts.team.file,
      env: opts.env,
      hosted: opts.hosted
    });
  }
  opts;
  connections = /* @__PURE__ */ new Map();
  clients = [];
  closed = false;
  /** The external tools an agent is offered, connecting its servers on first use. */
  async toolsFor(agent) {
    const servers = (this.opts.team.mcpServers ?? []).filter(
      (s) => s.agents ? s.agents.includes(agent.name) : PROPOSING_STAGES.includes(agent.stage)
    );
    const out = [];
    const names = /* @__PURE__ */ new Set();
    for (const server of servers) {
      for (const t of (await this.connection(server)).tools) {
        if (names.has(t.name)) continue;
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
    if (this.closed) throw new PlagenticError(`${team.file}: mcp_servers.${server.name}: the run has ended`);
    const { transport: spec, secrets } = resolveTransport(server, {
      file: team.file,
      env: this.opts.env,
      hosted: this.opts.hosted,
      baseDir: this.opts.baseDir
    });
    redactor.add(secrets);
    const { Client } = await importOptional(
      "teamMcp",
      () => import("./client-HPIDKCRJ.js")
    );
    const client = new Client({ name: "plagentic", version: "1" });
    this.clients.push(client);
    const stderr = [];
    let gaveUp = false;
    const fail = (reason) => new PlagenticError(
      redactor(
        `${team.file}: mcp_servers.${server.name}: could not start: ${scrubControls(reason.slice(0, 500))}` + (stderr.length ? `
  its stderr ended with:
  ${stderr.join("\n  ")}` : "")
      )
    );
    try {
      const listed = await withTimeout(
        (async () => {
          const transport = await openTransport(spec, this.opts.env, stderr);
          if (gaveUp) return [];
          await client.connect(transport, { timeout: server.startupTimeoutMs });
          return listAll(client, server.startupTimeoutMs);
        })(),
        server.startupTimeoutMs,
        `no answer within ${server.startupTimeoutMs / 1e3} s (startup_timeout_seconds)`
      );
      return { client, tools: this.offered(server, client, listed) };
    } catch (e) {
      gaveUp = true;
      await client.close().catch(() => void 0);
      throw fail(e instanceof Error ? e.message : String(e));
    }
  }
  /** The rule applied to a server's tools; each withheld or unusable one is reported once. */
  offered(server, client, listed) {
    const { emit, redactor } = this.opts;
    const tools = [];
    const seen = /* @__PURE__ */ new Set();
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
      const verdict = mcpToolVerdict(
        { server: server.name, name: t.name, prefixed: named.name, annotations: t.annotations },
        { allowlist: this.opts.allowlist, teamAllowed: server.allowedTools }
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
          call: async (name, args) => await client.callTool({ name, arguments: args }, void 0, {
            timeout: server.callTimeoutMs
          }),
          emit,
          redact: redactor
        })
      );
    }
    if (listed.length > MAX_TOOLS)
      emit({ kind: "warning", message: `${server.name}: only its first ${MAX_TOOLS} tools are used` });
    emit({
      kind: "mcp",
      message: `MCP server ${server.name} started: ${tools.length} of ${listed.length} tool(s) offered`
    });
    return tools;
  }
};
async function openTransport(spec, env, stderr) {
  if (spec.kind === "http") {
    const { StreamableHTTPClientTransport } = await importOptional(
      "teamMcp",
      () => import("./streamableHttp-FQ6LVSMM.js")
    );
    return new StreamableHTTPClientTransport(new URL(spec.url), { requestInit: { headers: spec.headers } });
  }
  const { StdioClientTransport, DEFAULT_INHERITED_ENV_VARS } = await importOptional(
    "teamMcp",
    () => import("./stdio-DV4UBNI3.js")
  );
  const basics = {};
  for (const name of DEFAULT_INHERITED_ENV_VARS) {
    const value = env[name];
    if (value && !value.startsWith("()")) basics[name] = value;
  }
  const transport = new StdioClientTransport({
    command: spec.command,
    args: spec.args,
    env: { ...basics, ...spec.env },
    ...spec.cwd !== void 0 && { cwd: spec.cwd },
    // Piped, never inherited: a server's chatter must not reach the CLI's output.
    stderr: "pipe"
  });
  let partial = "";
  transport.stderr?.on("data", (chunk) => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop().slice(-500);
    for (const line of lines) if (line.trim()) stderr.push(scrubControls(line.slice(0, 500)));
    stderr.splice(0, Math.max(0, stderr.length - STDERR_LINES));
  });
  transport.stderr?.on("end", () => {
    if (partial.trim()) stderr.push(scrubControls(partial));
  });
  return transport;
}
async function listAll(client, timeout) {
  const tools = [];
  let cursor;
  for (let page = 0; page < MAX_PAGES && tools.length <= MAX_TOOLS; page++) {
    const res = await client.listTools(cursor === void 0 ? void 0 : { cursor }, { timeout });
    tools.push(...res.tools);
    cursor = res.nextCursor;
    if (!cursor) break;
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
export {
  McpPool
};

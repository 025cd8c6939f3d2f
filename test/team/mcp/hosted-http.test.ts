/**
 * The fixture MCP server over Streamable HTTP (in-process on 127.0.0.1) with a header from an
 * environment variable, and the shared App's rule: no team file's server without the operator's
 * PLAGENTIC_MCP_SERVERS=allow, and then only PLAGENTIC_MCP_* variables.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { afterEach, describe, expect, it } from "vitest";
import { appProposer } from "../../../src/app/server.js";
import { parseConfig } from "../../../src/config/loader.js";
import { Workspace } from "../../../src/plan/workspace.js";
import { loadTeam } from "../../../src/team/loader.js";
import { runTeam } from "../../../src/team/run.js";
import { bundledStaging, runCli } from "../../helpers/project.js";
import type { ServerStep } from "../helpers/openai-server.js";
import {
  fakeOpenAI as startFake,
  mcpProject as project,
  plannerScript,
  stdioTeam,
  TASK,
  toolMessages,
  type Cleanups,
} from "./helpers.js";
// @ts-expect-error -- a plain-JS fixture without types
import { createFixtureServer, LOOKUP_ANSWER } from "../../fixtures/mcp/fixture-server.mjs";

const cleanups: Cleanups = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const fakeOpenAI = (scripts: Record<string, ServerStep[]>) => startFake(scripts, cleanups);
const mcpProject = (s: Parameters<typeof project>[0], team: string) => project(s, team, cleanups);

/** Stateless Streamable HTTP: a fresh fixture server per request; records the api key header. */
async function httpFixture(): Promise<{ url: string; keys: string[] }> {
  const keys: string[] = [];
  const http = createServer((req, res) => {
    void (async () => {
      const key = String(req.headers["x-api-key"] ?? "");
      keys.push(key);
      const body = req.method === "POST" ? JSON.parse(await readBody(req)) : undefined;
      const server = createFixtureServer({ greeting: () => `key ${key}` });
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on("close", () => void transport.close().then(() => server.close()));
      await server.connect(transport);
      await transport.handleRequest(req, res, body);
    })();
  });
  await new Promise<void>((ok) => http.listen(0, "127.0.0.1", ok));
  cleanups.push(() => new Promise<void>((ok) => http.close(() => ok())));
  http.unref();
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`, keys };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => ok(body));
  });
}

const httpTeam = (url: string) => `name: mcp-team
model: { provider: openai, name: gpt-4o-mini }
agents:
  - name: Planner
    role: Planner
    stage: planner
    system_prompt: Plan.
    tools: [read_spec, propose_spec_change]
mcp_servers:
  - name: fixture
    url: "${url}"
    headers: { X-Api-Key: "\${TICKETS_CRED}" }
    timeout_seconds: 5
`;

describe("an MCP server over Streamable HTTP", () => {
  it("sends the header from the environment and masks its value everywhere it could leave", async () => {
    const { url, keys } = await httpFixture();
    const s = await fakeOpenAI({ Planner: plannerScript });
    const p = mcpProject(s, httpTeam(url));
    const cred = "cred-4f8a9b2c7d";
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], {
      OPENAI_API_KEY: "test",
      TICKETS_CRED: cred,
    });
    expect(r.stderr).not.toMatch(/Internal error/);
    expect(r.code).toBe(0);
    expect(keys).toContain(cred);
    // The tool echoed the key: the model saw it masked, and so does the terminal.
    expect(toolMessages(s).join("\n")).toContain(`${LOOKUP_ANSWER} (topic: redis) [key ***]`);
    expect(JSON.stringify(s.requests)).not.toContain(cred);
    expect(r.stderr).toContain(`fixture__lookup returned: ${LOOKUP_ANSWER}`);
    expect(r.stdout + r.stderr).not.toContain(cred);
  });

  it("an HTTP error at startup names the team file and the server", async () => {
    const dead = createServer((_req, res) => res.writeHead(500).end("down"));
    await new Promise<void>((ok) => dead.listen(0, "127.0.0.1", ok));
    cleanups.push(() => new Promise<void>((ok) => dead.close(() => ok())));
    const s = await fakeOpenAI({ Planner: plannerScript });
    const p = mcpProject(s, httpTeam(`http://127.0.0.1:${(dead.address() as AddressInfo).port}/mcp`));
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], { OPENAI_API_KEY: "test", TICKETS_CRED: "x" });
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(/Internal error/);
    expect(r.stderr).toMatch(/teams\/mcp-team\.yaml: mcp_servers\.fixture: could not start: .*Error POSTing/);
    expect(s.requests).toHaveLength(0);
  });
});

describe("in the shared GitHub App (hosted)", () => {
  async function hostedRun(env: Record<string, string>, team = stdioTeam()) {
    const s = await fakeOpenAI({ Planner: plannerScript });
    const p = mcpProject(s, team);
    const ws = await Workspace.open({ cwd: p.dir, env: { OPENAI_API_KEY: "test" } });
    cleanups.push(() => ws.close());
    const run = runTeam({
      team: await loadTeam("mcp-team", ws.config.teamsDir),
      task: TASK,
      workspace: ws,
      mode: "plan",
      env: { OPENAI_API_KEY: "test", ...env },
      mcp: { hosted: true },
    });
    return { s, p, run };
  }

  it("the App's proposer refuses a team file's MCP servers", async () => {
    const s = await fakeOpenAI({ Planner: plannerScript });
    const workDir = mkdtempSync(join(tmpdir(), "plagentic-app-"));
    cleanups.push(() => rmSync(workDir, { recursive: true, force: true }));
    const config = parseConfig(
      `models:\n  openai:\n    api_base: "${s.baseURL}"\n    api_key: test\n`,
      "config.yaml",
      {},
      { baseDir: workDir },
    );
    const files: Record<string, string> = {
      "teams/infrastructure-team.yaml": stdioTeam().replaceAll("$DIR", workDir),
      "environments/staging.yaml": bundledStaging(),
    };
    const ctx = {
      gh: {
        getFile: async (_repo: unknown, path: string) => files[path] ?? null,
        listIssueComments: async () => [],
      },
      repo: { owner: "o", repo: "r" },
      mode: "app",
      botLogin: "plagentic[bot]",
      env: { OPENAI_API_KEY: "test" },
      workDir,
      now: () => new Date(),
    };
    const rc = { config, defaultBranch: "main", environmentsPath: "environments", teamsPath: "teams" };
    const propose = appProposer({});
    await expect(
      propose(ctx as never, rc, { issue: 1, title: "t", author: "a", text: TASK }),
    ).rejects.toThrow(
      /teams\/infrastructure-team\.yaml: mcp_servers\.fixture: refused: this GitHub App is shared .*PLAGENTIC_MCP_SERVERS=allow/,
    );
    expect(s.requests).toHaveLength(0);
    expect(existsSync(join(workDir, "pid"))).toBe(false);
  });

  it("with PLAGENTIC_MCP_SERVERS=allow, a reference to any other variable is an error naming it", async () => {
    const { p, run } = await hostedRun({ PLAGENTIC_MCP_SERVERS: "allow", FIXTURE_GREETING: "hi" });
    await expect(run).rejects.toThrow(
      /mcp_servers\.fixture: refers to \$\{FIXTURE_GREETING\}; in the GitHub App a team file may use only variables named PLAGENTIC_MCP_\*/,
    );
    expect(existsSync(join(p.dir, "pid"))).toBe(false);
  });

  it("with PLAGENTIC_MCP_SERVERS=allow, PLAGENTIC_MCP_* variables reach the server", async () => {
    const team = stdioTeam().replace("${FIXTURE_GREETING:-no greeting}", "${PLAGENTIC_MCP_GREETING}");
    const { s, p, run } = await hostedRun(
      { PLAGENTIC_MCP_SERVERS: "allow", PLAGENTIC_MCP_GREETING: "operator says hi" },
      team,
    );
    expect((await run).kind).toBe("proposal");
    expect(toolMessages(s).join("\n")).toContain("[operator says hi]");
    expect(() => process.kill(Number(readFileSync(join(p.dir, "pid"), "utf8")), 0)).toThrow();
  });
});

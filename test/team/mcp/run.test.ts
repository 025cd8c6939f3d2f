/**
 * A team with the fixture MCP server (test/fixtures/mcp/fixture-server.mjs) as a stdio program,
 * run end to end with the real ChatOpenAI against the local OpenAI-compatible server and the SDK's
 * real client.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Workspace } from "../../../src/plan/workspace.js";
import { loadTeam } from "../../../src/team/loader.js";
import { runTeam } from "../../../src/team/run.js";
import { runCli } from "../../helpers/project.js";
import type { ServerStep } from "../helpers/openai-server.js";
// @ts-expect-error -- a plain-JS fixture without types
import { LOOKUP_ANSWER } from "../../fixtures/mcp/fixture-server.mjs";
import {
  assertStopped,
  FIXTURE,
  fakeOpenAI as startFake,
  mcpProject as project,
  plannerRequests,
  plannerScript,
  propose,
  stdioTeam,
  TASK,
  toolsOf,
  type Cleanups,
} from "./helpers.js";

const ENV = { OPENAI_API_KEY: "test" };

const cleanups: Cleanups = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const fakeOpenAI = (scripts: Record<string, ServerStep[]>) => startFake(scripts, cleanups);
const mcpProject = (s: Parameters<typeof project>[0], team: string, configExtra = "") =>
  project(s, team, cleanups, configExtra);

describe("a team using an MCP server", () => {
  it("offers only the read-only tool in plan mode, shows its result, and stops the server", async () => {
    const s = await fakeOpenAI({ Planner: plannerScript });
    const p = mcpProject(s, stdioTeam());
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], {
      ...ENV,
      FIXTURE_GREETING: "hello from env",
    });
    expect(r.stderr).not.toMatch(/Internal error/);
    expect(r.code).toBe(0);

    // Every request the planner made offered the read-only tool and never the destructive one.
    const planner = plannerRequests(s);
    expect(planner.length).toBeGreaterThanOrEqual(2);
    for (const q of planner) expect(toolsOf(q)).toContain("fixture__lookup");
    for (const q of s.requests) expect(toolsOf(q)).not.toContain("fixture__delete_everything");
    // The lookup's result reached the model in the next request, fenced as untrusted data, with
    // the interpolated env value.
    const toolMessage = planner[1]!.messages.find((m) => m.role === "tool");
    expect(String(toolMessage?.content)).toContain(`${LOOKUP_ANSWER} (topic: redis) [hello from env]`);
    expect(String(toolMessage?.content)).toMatch(
      /^<<<USER_CONTENT \(result of the external tool fixture__lookup/,
    );
    // ... and in the run's printed output.
    const printed = r.stdout + r.stderr;
    expect(printed).toContain(`fixture__lookup returned: ${LOOKUP_ANSWER}`);
    expect(printed).toContain("fixture__delete_everything withheld: marked destructive");
    expect(r.stdout).toContain("Proposed change to environments/staging.yaml:");
    // The server's own stderr never reaches the CLI's output.
    expect(printed).not.toContain("fixture server starting");

    expect(existsSync(join(p.dir, "marker"))).toBe(false);
    assertStopped(p.dir);
  });

  it("a withheld tool cannot be called even when the model names it", async () => {
    const wipe: ServerStep = { tools: [{ name: "fixture__delete_everything", args: {} }] };
    const s = await fakeOpenAI({ Planner: [wipe, propose, { text: "Done." }] });
    const p = mcpProject(s, stdioTeam());
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], ENV);
    expect(r.code).toBe(0);
    const toolMessage = plannerRequests(s)[1]!.messages.find((m) => m.role === "tool");
    expect(String(toolMessage?.content)).toMatch(
      /^Error: there is no tool "fixture__delete_everything" for you/,
    );
    expect(existsSync(join(p.dir, "marker"))).toBe(false);
  });

  it("applies the same rule in apply mode", async () => {
    const s = await fakeOpenAI({ Planner: plannerScript });
    const p = mcpProject(s, stdioTeam());
    const ws = await Workspace.open({ cwd: p.dir, env: ENV });
    cleanups.push(() => ws.close());
    const r = await runTeam({
      team: await loadTeam("mcp-team", ws.config.teamsDir),
      task: TASK,
      workspace: ws,
      mode: "apply",
      env: ENV,
      confirmApply: async () => false,
    });
    expect(r.message).toMatch(/cancelled/);
    const planner = plannerRequests(s);
    expect(toolsOf(planner[0]!)).toContain("fixture__lookup");
    for (const q of s.requests) expect(toolsOf(q)).not.toContain("fixture__delete_everything");
    expect(existsSync(join(p.dir, "marker"))).toBe(false);
    assertStopped(p.dir);
  });

  it("offers a destructive tool that config.yaml's mcp.allowed_tools names", async () => {
    const s = await fakeOpenAI({ Planner: plannerScript });
    const p = mcpProject(s, stdioTeam(), "mcp:\n  allowed_tools: [fixture.delete_everything]\n");
    const ws = await Workspace.open({ cwd: p.dir, env: ENV });
    cleanups.push(() => ws.close());
    const r = await runTeam({
      team: await loadTeam("mcp-team", ws.config.teamsDir),
      task: TASK,
      workspace: ws,
      mode: "plan",
      env: ENV,
    });
    expect(r.kind).toBe("proposal");
    expect(toolsOf(plannerRequests(s)[0]!)).toEqual(
      expect.arrayContaining(["fixture__lookup", "fixture__delete_everything"]),
    );
    assertStopped(p.dir);
  });

  it("the team file's allowed_tools narrows: a read-only tool left out is not offered", async () => {
    const s = await fakeOpenAI({ Planner: [propose, { text: "Done." }] });
    const p = mcpProject(s, stdioTeam("    allowed_tools: [something_else]\n"));
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], ENV);
    expect(r.code).toBe(0);
    for (const q of s.requests) expect(toolsOf(q).filter((n) => n.startsWith("fixture__"))).toEqual([]);
    expect(r.stderr).toContain("fixture__lookup withheld: not in the team file's allowed_tools");
  });

  it("closes the server when the run stops on an error", async () => {
    // The planner never proposes and runs out of steps: TeamStopped.
    const lookup: ServerStep = { tools: [{ name: "fixture__lookup", args: { topic: "x" } }] };
    const s = await fakeOpenAI({ Planner: [lookup, lookup, lookup, lookup] });
    const p = mcpProject(s, stdioTeam().replace("name: mcp-team\n", "name: mcp-team\nmax_steps: 2\n"));
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], ENV);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("limit of 2 model calls");
    assertStopped(p.dir);
  });

  it("a server that cannot start is an error naming the team file and the server", async () => {
    const s = await fakeOpenAI({ Planner: plannerScript });
    const p = mcpProject(s, stdioTeam("", join("/nonexistent", "mcp-server")));
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], ENV);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(/Internal error/);
    expect(r.stderr).toMatch(/teams\/mcp-team\.yaml: mcp_servers\.fixture: could not start: .*ENOENT/);
    expect(s.requests).toHaveLength(0);
  });

  it("a server that exits at once reports the end of its stderr", async () => {
    const s = await fakeOpenAI({ Planner: plannerScript });
    const team = stdioTeam().replace(
      `args: ["${FIXTURE}"]`,
      `args: ["-e", "console.error('boom: no config'); process.exit(3)"]`,
    );
    const p = mcpProject(s, team);
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], ENV);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/mcp_servers\.fixture: could not start: /);
    expect(r.stderr).toContain("boom: no config");
  });

  it("a variable without a value is an error naming the file, the server and the variable", async () => {
    const s = await fakeOpenAI({ Planner: plannerScript });
    const p = mcpProject(s, stdioTeam().replace("${FIXTURE_GREETING:-no greeting}", "${FIXTURE_GREETING}"));
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], ENV);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /mcp-team\.yaml: mcp_servers\.fixture: env\.FIXTURE_GREETING refers to \$\{FIXTURE_GREETING\}, which is not set/,
    );
    expect(existsSync(join(p.dir, "pid"))).toBe(false);
  });

  it("never starts a server that no agent that runs may use", async () => {
    const s = await fakeOpenAI({ Boss: [propose, { text: "Done." }] });
    const team = `name: mcp-team
workflow: hierarchical
model: { provider: openai, name: gpt-4o-mini }
agents:
  - name: Boss
    role: Supervisor
    stage: supervisor
    system_prompt: Lead.
    tools: [propose_spec_change]
  - name: Researcher
    role: Researcher
    stage: worker
    system_prompt: Research.
mcp_servers:
  fixture:
    command: "${process.execPath}"
    args: ["${FIXTURE}"]
    env: { FIXTURE_PID_FILE: "$DIR/pid" }
    agents: [Researcher]
`;
    const p = mcpProject(s, team);
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], ENV);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Proposed change to environments/staging.yaml:");
    expect(toolsOf(s.requests[0]!)).not.toContain("fixture__lookup");
    expect(existsSync(join(p.dir, "pid"))).toBe(false);
  });

  it("a call that outlives timeout_seconds becomes an error for the model, and the run goes on", async () => {
    const s = await fakeOpenAI({
      Planner: [{ tools: [{ name: "fixture__slow", args: { ms: 5_000 } }] }, propose, { text: "Done." }],
    });
    const p = mcpProject(s, stdioTeam("    timeout_seconds: 0.3\n"));
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], ENV);
    expect(r.code).toBe(0);
    const toolMessage = plannerRequests(s)[1]!.messages.find((m) => m.role === "tool");
    expect(String(toolMessage?.content)).toMatch(/Error: the call failed: .*timed out/i);
    expect(r.stdout).toContain("Proposed change to environments/staging.yaml:");
    assertStopped(p.dir);
  });

  it("a server that does not answer within startup_timeout_seconds is an error, and is stopped", async () => {
    const s = await fakeOpenAI({ Planner: plannerScript });
    const hang = `require('fs').writeFileSync(process.env.FIXTURE_PID_FILE, String(process.pid)); setInterval(() => {}, 1000)`;
    const team = stdioTeam("    startup_timeout_seconds: 0.5\n").replace(
      `args: ["${FIXTURE}"]`,
      `args: ["-e", "${hang}"]`,
    );
    const p = mcpProject(s, team);
    const r = await runCli(p, ["run", "mcp-team", "-t", TASK], ENV);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/mcp_servers\.fixture: could not start: .*(timed out|no answer within 0\.5 s)/i);
    assertStopped(p.dir);
  });
});

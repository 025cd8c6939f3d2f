/**
 * Shared scaffolding for the MCP team tests: a project whose team declares the fixture server
 * (test/fixtures/mcp/fixture-server.mjs), and the planner's script against the fake OpenAI server.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { bundledStaging, makeProject, type TestProject } from "../../helpers/project.js";
import { stagingWithCache } from "../helpers/scripted.js";
import {
  startFakeOpenAI,
  type ChatRequest,
  type FakeOpenAI,
  type ServerStep,
} from "../helpers/openai-server.js";

export type Cleanups = (() => Promise<void> | void)[];

export const FIXTURE = new URL("../../fixtures/mcp/fixture-server.mjs", import.meta.url).pathname;
export const TASK = "add a t3.small redis cache to staging";

export const propose: ServerStep = {
  tools: [
    {
      name: "propose_spec_change",
      args: { environment: "staging", spec_text: stagingWithCache(), explanation: "Adds a t3.small cache." },
    },
  ],
};

/** Looks something up on the fixture server, then proposes. */
export const plannerScript: ServerStep[] = [
  { tools: [{ name: "fixture__lookup", args: { topic: "redis" } }] },
  propose,
  { text: "Proposed a t3.small cache." },
];

export async function fakeOpenAI(
  scripts: Record<string, ServerStep[]>,
  cleanups: Cleanups,
): Promise<FakeOpenAI> {
  const s = await startFakeOpenAI(scripts);
  cleanups.push(() => s.close());
  return s;
}

/** A project whose config points at the fake OpenAI server, with `team` as teams/mcp-team.yaml. */
export function mcpProject(s: FakeOpenAI, team: string, cleanups: Cleanups, configExtra = ""): TestProject {
  const p = makeProject({
    config: `environments_dir: environments
teams_dir: teams
models:
  openai:
    api_base: "${s.baseURL}"
    api_key: "\${OPENAI_API_KEY}"
${configExtra}`,
    envs: { staging: bundledStaging() },
  });
  cleanups.push(() => p.cleanup());
  mkdirSync(join(p.dir, "teams"));
  writeFileSync(join(p.dir, "teams", "mcp-team.yaml"), team.replaceAll("$DIR", p.dir));
  return p;
}

/** A planner and a reviewer; the fixture server as a stdio program ($DIR: the project). */
export function stdioTeam(serverExtra = "", command = process.execPath): string {
  return `name: mcp-team
model: { provider: openai, name: gpt-4o-mini }
agents:
  - name: Planner
    role: Planner
    stage: planner
    system_prompt: Plan.
    tools: [read_spec, propose_spec_change]
  - name: Reviewer
    role: Reviewer
    stage: reviewer
    system_prompt: Review.
mcp_servers:
  fixture:
    command: "${command}"
    args: ["${FIXTURE}"]
    env:
      FIXTURE_PID_FILE: "$DIR/pid"
      FIXTURE_MARKER: "$DIR/marker"
      FIXTURE_GREETING: "\${FIXTURE_GREETING:-no greeting}"
${serverExtra}`;
}

export const toolsOf = (q: ChatRequest): string[] => (q.tools ?? []).map((t) => t.function.name);

export const plannerRequests = (s: FakeOpenAI): ChatRequest[] =>
  s.requests.filter((q) => String(q.messages[0]?.content).includes("You are Planner ("));

export const toolMessages = (s: FakeOpenAI): string[] =>
  s.requests.flatMap((q) => q.messages.filter((m) => m.role === "tool").map((m) => String(m.content)));

/** The fixture server wrote its pid when it started; it must be gone now. */
export function assertStopped(dir: string): void {
  const pid = Number(readFileSync(join(dir, "pid"), "utf8"));
  expect(pid).toBeGreaterThan(0);
  expect(() => process.kill(pid, 0)).toThrow();
}

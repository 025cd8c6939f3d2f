import { ChatOpenAI } from "@langchain/openai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Workspace } from "../../src/plan/workspace.js";
import { createChatModel } from "../../src/team/chat-models.js";
import { runTeam } from "../../src/team/run.js";
import { bundledStaging, makeProject, runCli, type TestProject } from "../helpers/project.js";
import { CACHE, shippedTeam, stagingWithCache } from "./helpers/scripted.js";
import { startFakeOpenAI, type FakeOpenAI, type ServerStep } from "./helpers/openai-server.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const script: Record<string, ServerStep[]> = {
  // Handed the spec up front, the planner proposes in its first call, and that is its last word.
  "Infrastructure-Planner": [
    {
      tools: [
        {
          name: "propose_spec_change",
          args: {
            environment: "staging",
            spec_text: stagingWithCache(),
            explanation: "Adds a t3.small Redis cache.",
          },
        },
      ],
    },
    { text: "never asked for" },
  ],
};

async function server(): Promise<FakeOpenAI> {
  const s = await startFakeOpenAI(script);
  cleanups.push(() => s.close());
  return s;
}

function project(s: FakeOpenAI): TestProject {
  const p = makeProject({
    config: `environments_dir: environments
models:
  openai:
    api_base: "${s.baseURL}"
    api_key: "\${OPENAI_API_KEY}"
    models: ["gpt-4o-mini"]
`,
    envs: { staging: bundledStaging() },
  });
  cleanups.push(() => p.cleanup());
  return p;
}

describe("the real ChatOpenAI client against a local OpenAI-compatible server", () => {
  it("builds ChatOpenAI from config.yaml models.openai.api_base with explicit retries and no streaming", async () => {
    const s = await server();
    const p = project(s);
    const ws = await Workspace.open({ cwd: p.dir, env: { OPENAI_API_KEY: "test" } });
    cleanups.push(() => ws.close());
    const choice = await createChatModel({ provider: "openai", name: "gpt-4o-mini" }, ws.config, {});
    expect(choice?.model).toBeInstanceOf(ChatOpenAI);
    const model = choice!.model as ChatOpenAI;
    expect((model as unknown as { caller: { maxRetries: number } }).caller.maxRetries).toBe(0);
    expect(model.streaming).toBe(false);
    // No key anywhere: no model.
    const bare = await Workspace.open({ cwd: p.dir, env: {} });
    cleanups.push(() => bare.close());
    expect(
      await createChatModel({ provider: "openai", name: "gpt-4o-mini" }, bare.config, {}),
    ).toBeUndefined();
    // Environment variables alone are enough.
    const fromEnv = await createChatModel({ provider: "deepseek", name: "deepseek-chat" }, bare.config, {
      DEEPSEEK_API_KEY: "k",
    });
    expect(fromEnv?.model).toBeInstanceOf(ChatOpenAI);
  });

  it("runs the team with tool calls and structured output, and takes token usage from the API", async () => {
    const s = await server();
    const p = project(s);
    const ws = await Workspace.open({ cwd: p.dir, env: { OPENAI_API_KEY: "test" } });
    cleanups.push(() => ws.close());
    const r = await runTeam({
      team: await shippedTeam("infrastructure-team"),
      task: "add a t3.small redis cache to staging",
      workspace: ws,
      mode: "plan",
      env: { OPENAI_API_KEY: "test" },
    });
    expect(r.kind).toBe("proposal");
    expect(r.proposal?.diff).toContain("+    name: cache");
    expect(r.findings.filter((f) => f.agent === "Security-Reviewer")).toEqual([
      { severity: "info", message: "Reviewed.", agent: "Security-Reviewer" },
    ]);
    // 1 planner call + 1 structured review per reviewer, 100 + 20 tokens each.
    expect(r.usage).toEqual({
      modelCalls: 3,
      inputTokens: 300,
      outputTokens: 60,
      estimatedCostUsd: (300 * 0.15 + 60 * 0.6) / 1e6,
    });
    expect(s.requests).toHaveLength(3);
    // Each reviewer's one call carries no tools, and the diff and the engine's plan (cost and policy).
    for (const q of s.requests.slice(1)) {
      expect(q.tools ?? []).toEqual([]);
      expect(q.response_format?.type).toBe("json_schema");
      const ask = String(q.messages[1]!.content);
      expect(ask).toContain("+    name: cache");
      expect(ask).toContain("Cost estimate (USD per month");
      expect(ask).toMatch(/Policy: (PASS|WARN)/);
    }
    // Plan mode: the bound tools never include a mutating one; structured output used json_schema.
    const bound = s.requests.flatMap((q) => (q.tools ?? []).map((t) => t.function.name));
    expect(bound).toContain("propose_spec_change");
    expect(bound).not.toContain("apply_plan");
    expect(s.requests.filter((q) => q.response_format?.type === "json_schema")).toHaveLength(2);
    expect(s.requests.every((q) => !q.stream)).toBe(true);
    // The planner got only its declared tools.
    const plannerTools = s.requests[0]!.tools!.map((t) => t.function.name).sort();
    expect(plannerTools).toEqual(
      ["describe_live", "estimate_cost", "list_environments", "propose_spec_change", "read_spec"].sort(),
    );
    expect(readFileSync(join(p.dir, "environments", "staging.yaml"), "utf8")).toBe(bundledStaging());
  });

  it("prices an unknown model's usage as unknown, never $0", async () => {
    const s = await server();
    const p = project(s);
    const ws = await Workspace.open({ cwd: p.dir, env: { OPENAI_API_KEY: "test" } });
    cleanups.push(() => ws.close());
    const team = await shippedTeam("infrastructure-team");
    const r = await runTeam({
      team: { ...team, model: { provider: "openai", name: "my-local-llama" } },
      task: "add a t3.small redis cache to staging",
      workspace: ws,
      mode: "plan",
      env: { OPENAI_API_KEY: "test" },
    });
    expect(r.usage.inputTokens).toBe(300);
    expect(r.usage.estimatedCostUsd).toBeNull();
  });
});

describe("plagentic run with a model (CLI)", () => {
  it("prints the spec diff, the plan and the cost; --apply --yes writes the file and applies", async () => {
    const s = await server();
    const p = project(s);
    const env = { OPENAI_API_KEY: "test" };
    const task = "add a t3.small redis cache to staging";

    const planned = await runCli(p, ["run", "infrastructure-team", "-t", task], env);
    expect(planned.stderr).not.toMatch(/Internal error/);
    expect(planned.code).toBe(0);
    expect(planned.stdout).toContain("Proposed change to environments/staging.yaml:");
    expect(planned.stdout).toContain("+  - type: aws_instance");
    expect(planned.stdout).toContain("Plan: 9 to add, 0 to change, 0 to destroy.");
    expect(planned.stdout).toMatch(/\$\d+\.\d\d/);
    expect(planned.stdout).toContain("t4g.small instead of t3.small would save $2.92/month");
    expect(planned.stdout).toMatch(
      /Model usage: 3 call\(s\), 300 input \+ 60 output tokens, estimated cost \$0\.0001/,
    );
    expect(planned.stdout).toContain("nothing was written or changed");
    expect(readFileSync(join(p.dir, "environments", "staging.yaml"), "utf8")).toBe(bundledStaging());

    const applied = await runCli(p, ["run", "infrastructure-team", "-t", task, "--apply", "--yes"], env);
    expect(applied.stderr).not.toMatch(/Internal error/);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Apply complete! Resources: 9 added, 0 changed, 0 destroyed\./);
    const written = readFileSync(join(p.dir, "environments", "staging.yaml"), "utf8");
    expect(written).toBe(stagingWithCache());
    expect(written).toContain(CACHE.trim());
    expect((await runCli(p, ["plan", "staging"], env)).stdout).toContain("No changes.");
  });

  it("without a key, a plain-words request says how to configure a model", async () => {
    const s = await server();
    const p = project(s);
    const r = await runCli(p, ["run", "infrastructure-team", "-t", "add a t3.small redis cache to staging"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/needs a model/);
    expect(r.stderr).toMatch(/OPENAI_API_KEY/);
    expect(s.requests).toHaveLength(0);
  });
});

/**
 * `plagentic run <team> -t "..." --export terraform`: with a model (the fake OpenAI server), the
 * team's proposal is reviewed as usual and written as Terraform JSON; nothing is applied or written
 * to the spec.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundledStaging, makeProject, runCli, type TestProject } from "../helpers/project.js";
import { startFakeOpenAI, type FakeOpenAI } from "../team/helpers/openai-server.js";
import { stagingWithCache } from "../team/helpers/scripted.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(specText = stagingWithCache()): Promise<TestProject> {
  const s: FakeOpenAI = await startFakeOpenAI({
    "Infrastructure-Planner": [
      {
        tools: [
          {
            name: "propose_spec_change",
            args: { environment: "staging", spec_text: specText, explanation: "Adds a cache." },
          },
        ],
      },
    ],
  });
  cleanups.push(() => s.close());
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

const env = { OPENAI_API_KEY: "test" };
const task = "add a t3.small redis cache to staging";

describe("plagentic run --export", () => {
  it("writes the proposal as .tf.json with --out, after the usual plan and cost, and applies nothing", async () => {
    const p = await setup();
    const r = await runCli(
      p,
      ["run", "infrastructure-team", "-t", task, "--export", "terraform", "--out", "proposal.tf.json"],
      env,
    );
    expect(r.stderr).not.toMatch(/Internal error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Plan: 9 to add, 0 to change, 0 to destroy.");
    expect(r.stdout).toMatch(/\$\d+\.\d\d/);
    const doc = JSON.parse(readFileSync(join(p.dir, "proposal.tf.json"), "utf8")) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(doc.resource["aws_instance"]!["cache"]).toMatchObject({
      instance_type: "t3.small",
      subnet_id: "${aws_subnet.a.id}",
    });
    expect(readFileSync(join(p.dir, "environments", "staging.yaml"), "utf8")).toBe(bundledStaging());
    expect(r.stdout).not.toContain("Apply complete");
  });

  it("prints the export on stdout and the review on stderr without --out", async () => {
    const p = await setup();
    const r = await runCli(p, ["run", "infrastructure-team", "-t", task, "--export", "terraform"], env);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { resource: Record<string, unknown> };
    expect(Object.keys(doc.resource)).toContain("aws_instance");
    expect(r.stderr).toContain("Plan: 9 to add, 0 to change, 0 to destroy.");
  });

  it("is refused with --apply, and an unknown format names the valid ones", async () => {
    const p = await setup();
    const both = await runCli(
      p,
      ["run", "infrastructure-team", "-t", task, "--export", "terraform", "--apply", "--yes"],
      env,
    );
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("--export writes the proposal instead of applying it");
    const bad = await runCli(p, ["run", "infrastructure-team", "-t", task, "--export", "hcl"], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("choose one of: terraform, cloudformation, arm");
  });

  it("does not export a proposal policy fails", async () => {
    const open = stagingWithCache().replace(
      "metadata_options: { http_tokens: required } # IMDSv2 only",
      "metadata_options: { http_tokens: optional }",
    );
    const p = await setup(open.replace("storage_encrypted: true", "storage_encrypted: false"));
    const r = await runCli(
      p,
      ["run", "infrastructure-team", "-t", task, "--export", "terraform", "--out", "x.tf.json"],
      env,
    );
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toContain("Not exported: policy fails the proposed change to environments/staging.yaml");
    expect(existsSync(join(p.dir, "x.tf.json"))).toBe(false);
  });
});

/**
 * `plan --markdown-out`: the App's plan comment, whole, in a file for other CI systems to post;
 * alongside the text and the JSON output, redacted, and with a clear error for a bad path.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderPlanMarkdown } from "../../src/render/index.js";
import { bundledStaging, makeProject, runCli, type TestProject } from "../helpers/project.js";

const projects: TestProject[] = [];
afterEach(() => {
  while (projects.length) projects.pop()!.cleanup();
});

function project(): TestProject {
  const p = makeProject({ envs: { staging: bundledStaging() } });
  projects.push(p);
  return p;
}

describe("plan --markdown-out", () => {
  it("writes the plan comment beside the text output, with the hash to apply", async () => {
    const p = project();
    const r = await runCli(p, ["plan", "staging", "--markdown-out", "out/../plan.md"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Plan: 8 to add");
    const md = readFileSync(join(p.dir, "plan.md"), "utf8");
    expect(md).toMatch(/^### Plagentic plan for `staging`\n/);
    expect(md).toContain("8 to add");
    expect(md).toContain("```diff");
    const hash = /--plan ([0-9a-f]{64})/.exec(md)?.[1];
    expect(hash).toBeDefined();
    expect(r.stderr).toContain("Wrote the plan as Markdown to out/../plan.md");

    // The same renderer as the App's comment: the hash binds the same plan.
    const json = await runCli(p, ["plan", "staging", "--json", "--markdown-out", "again.md"]);
    expect(json.code).toBe(0);
    const plan = JSON.parse(json.stdout);
    expect(plan.hash).toBe(hash);
    expect(readFileSync(join(p.dir, "again.md"), "utf8")).toBe(md);
    const [first] = renderPlanMarkdown(plan, {});
    expect(md.split("\n").slice(0, 4)).toEqual(first!.split("\n").slice(0, 4));
  });

  it("keeps a long plan in one piece, where the App would split it into comments", async () => {
    const p = project();
    const vpcs = Array.from(
      { length: 400 },
      (_, i) =>
        `  - type: aws_vpc\n    name: vpc${i}\n    properties: { cidr_block: 10.${i % 250}.0.0/16 }\n`,
    ).join("");
    p.writeEnv(
      "big",
      `environment: big\nprovider: sandbox\nregion: us-east-1\ntags: { team: t }\nresources:\n${vpcs}`,
    );
    const r = await runCli(p, ["plan", "big", "--markdown-out", "big.md"]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(p.dir, "big.md"), "utf8");
    expect(md.length).toBeGreaterThan(65_536);
    expect(md).not.toMatch(/part 1 of/);
    expect(md).toContain("aws_vpc.vpc399");
  });

  it("masks secrets in the file as in the output", async () => {
    const p = project();
    const secret = "s3cr3t-value-0123456789";
    p.writeEnv(
      "web",
      `environment: web\nprovider: sandbox\nregion: us-east-1\ntags: { team: web, note: '${secret}' }\nresources:\n  - type: aws_vpc\n    name: main\n    properties: { cidr_block: 10.0.0.0/16 }\n`,
    );
    const r = await runCli(p, ["plan", "web", "--markdown-out", "web.md"], { DB_PASSWORD: secret });
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(p.dir, "web.md"), "utf8");
    expect(md).toContain("aws_vpc.main");
    expect(md).not.toContain("0123456789");
  });

  it("names the path it cannot write", async () => {
    const p = project();
    const r = await runCli(p, ["plan", "staging", "--markdown-out", "no/such/dir/plan.md"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /--markdown-out .*no\/such\/dir\/plan\.md: cannot write the Markdown plan \(ENOENT\)/,
    );
  });
});

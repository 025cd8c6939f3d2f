/**
 * The CLI face never prints a secret in any form (hole 7 of the adversarial review: an environment
 * secret containing `"` was printed JSON-escaped, because redaction runs after rendering).
 */
import { afterEach, describe, expect, it } from "vitest";
import { makeProject, runCli, type TestProject } from "../helpers/project.js";

const SECRET = 'pa"ss\\word<&>|@-0123456789';

/** Every way the secret could be spelled in output, and its tail, which no mask leaves behind. */
function forms(s: string): string[] {
  return [
    s,
    JSON.stringify(s).slice(1, -1),
    JSON.stringify(JSON.stringify(s)).slice(1, -1),
    encodeURIComponent(s),
    Buffer.from(s).toString("base64").slice(0, 20),
    "0123456789",
  ];
}

const spec = `environment: web
provider: sandbox
region: us-east-1
tags: { team: web, note: '${SECRET}' }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
`;

const projects: TestProject[] = [];
afterEach(() => {
  while (projects.length) projects.pop()!.cleanup();
});

describe("CLI output hygiene", () => {
  const env = { DB_PASSWORD: SECRET };

  it("plan prints no form of an environment secret that a spec tag carries", async () => {
    const p = makeProject({ envs: { web: spec } });
    projects.push(p);
    const r = await runCli(p, ["plan", "web"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("note");
    expect(r.stdout).toContain("***");
    for (const form of forms(SECRET)) expect(r.stdout + r.stderr).not.toContain(form);
  });

  it("plan --json prints none either, and stays JSON", async () => {
    const p = makeProject({ envs: { web: spec } });
    projects.push(p);
    const r = await runCli(p, ["plan", "web", "--json"], env);
    expect(r.code).toBe(0);
    for (const form of forms(SECRET)) expect(r.stdout + r.stderr).not.toContain(form);
    const plan = JSON.parse(r.stdout) as { changes: { after: { tags: Record<string, string> } }[] };
    expect(plan.changes[0]?.after.tags["note"]).toBe("***");
  });

  it("masks an environment secret even in an error about a config that does not load", async () => {
    const p = makeProject({ envs: { web: spec } });
    projects.push(p);
    // A wrong value is quoted in the error, before any config secret is known.
    p.writeConfig(`environments_dir: environments\nlogging:\n  level: "pass-0123456789"\n`);
    const r = await runCli(p, ["plan", "web"], { DB_PASSWORD: "pass-0123456789" });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/logging\.level: .*received "\*\*\*"/);
    expect(r.stderr).not.toContain("0123456789");
  });
});

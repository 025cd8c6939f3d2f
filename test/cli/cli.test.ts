import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundledStaging, makeProject, runCli, type TestProject } from "../helpers/project.js";

const projects: TestProject[] = [];
function project(opts?: Parameters<typeof makeProject>[0]): TestProject {
  const p = makeProject(opts);
  projects.push(p);
  return p;
}
afterEach(() => {
  while (projects.length) projects.pop()!.cleanup();
});

const oneInstance = (instanceType: string, extra = "") => `environment: web
provider: sandbox
region: us-east-1
tags: { team: web }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24 }
  - type: aws_instance
    name: app
    properties:
      instance_type: ${instanceType}
      ami: ami-0abcdef1234567890
      subnet: ref(aws_subnet.a)
${extra}`;

describe("plagentic run (deterministic path)", () => {
  it("provisions the bundled staging environment in plan mode, with a cost and a verdict", async () => {
    const p = project({ envs: { staging: bundledStaging() } });
    const r = await runCli(p, ["run", "infrastructure-team", "-t", "Provision staging environment"]);
    expect(r.stderr).not.toMatch(/Internal error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Plan: 8 to add, 0 to change, 0 to destroy.");
    expect(r.stdout).toMatch(/\$\d+\.\d\d/);
    expect(r.stdout).toMatch(/policy/i);
    expect(r.stdout).toContain("nothing was changed");
    // Plan mode applied nothing: a second plan still has everything to add.
    const again = await runCli(p, ["plan", "staging"]);
    expect(again.stdout).toContain("Plan: 8 to add");
  });

  it("applies with --apply --yes and then reports no changes", async () => {
    const p = project({ envs: { staging: bundledStaging() } });
    const r = await runCli(p, ["run", "infrastructure-team", "-t", "provision staging", "--apply", "--yes"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Apply complete! Resources: 8 added, 0 changed, 0 destroyed\./);
    const again = await runCli(p, ["run", "infrastructure-team", "-t", "plan staging"]);
    expect(again.stdout).toContain("No changes.");
  });

  it("refuses to apply off a terminal without --yes, changing nothing", async () => {
    const p = project({ envs: { staging: bundledStaging() } });
    const r = await runCli(p, ["run", "infrastructure-team", "-t", "provision staging", "--apply"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pass --yes/);
    expect((await runCli(p, ["plan", "staging"])).stdout).toContain("Plan: 8 to add");
  });

  it("explains that a plain-words request needs a model", async () => {
    const p = project({ envs: { staging: bundledStaging() } });
    const r = await runCli(p, ["run", "infrastructure-team", "-t", "add two t3.small workers to staging"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/needs a model/);
    expect(r.stderr).toMatch(/Provision staging environment/);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("Error:"))).toHaveLength(1);
  });

  it("names the valid environments and teams when given unknown ones", async () => {
    const p = project({ envs: { staging: bundledStaging() } });
    const env = await runCli(p, ["run", "infrastructure-team", "-t", "plan prod"]);
    expect(env.code).toBe(1);
    expect(env.stderr).toContain('unknown environment "prod"; valid environments: staging');
    const team = await runCli(p, ["run", "no-such-team", "-t", "plan staging"]);
    expect(team.code).toBe(1);
    expect(team.stderr).toMatch(/infrastructure-team/);
  });

  it("destroys what the environment owns and checks drift", async () => {
    const p = project({ envs: { staging: bundledStaging() } });
    await runCli(p, ["apply", "staging", "--yes"]);
    // The database is protected: policy refuses a destroy plan.
    const blocked = await runCli(p, [
      "run",
      "infrastructure-team",
      "-t",
      "destroy staging",
      "--apply",
      "--yes",
    ]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/policy/);
    expect((await runCli(p, ["plan", "staging"])).stdout).toContain("No changes.");
    const drift = await runCli(p, ["run", "infrastructure-team", "-t", "check drift in staging"]);
    expect(drift.code).toBe(0);
    expect(drift.stdout).toMatch(/No drift/);
  });
});

describe("plan and apply", () => {
  it("plan, apply, plan again gives no changes; --detailed-exitcode tells them apart", async () => {
    const p = project({ envs: { web: oneInstance("t3.small") } });
    const first = await runCli(p, ["plan", "web", "--detailed-exitcode"]);
    expect(first.code).toBe(2);
    expect(first.stdout).toContain("Plan: 3 to add, 0 to change, 0 to destroy.");
    const applied = await runCli(p, ["apply", "web", "--yes"]);
    expect(applied.code).toBe(0);
    const second = await runCli(p, ["plan", "web", "--detailed-exitcode"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("No changes.");
  });

  it("changing one instance_type gives one in-place update priced at the difference", async () => {
    const p = project({ envs: { web: oneInstance("t3.small") } });
    await runCli(p, ["apply", "web", "--yes"]);
    p.writeEnv("web", oneInstance("m5.large"));
    const r = await runCli(p, ["plan", "web", "--json"]);
    const plan = JSON.parse(r.stdout);
    expect(plan.summary).toEqual({ add: 0, change: 1, destroy: 0 });
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({
      address: "aws_instance.app",
      action: "update",
      changedAttributes: ["instance_type"],
    });
    expect(plan.changes[0].before.attributes.instance_type).toBe("t3.small");
    expect(plan.changes[0].after.attributes.instance_type).toBe("m5.large");
    expect(plan.cost.monthlyDelta).toBeCloseTo((0.096 - 0.0208) * 730, 2);
  });

  it("changing a force-new attribute replaces the resource", async () => {
    const p = project({ envs: { web: oneInstance("t3.small") } });
    await runCli(p, ["apply", "web", "--yes"]);
    p.writeEnv("web", oneInstance("t3.small").replace("ami-0abcdef1234567890", "ami-0fedcba9876543210"));
    const plan = JSON.parse((await runCli(p, ["plan", "web", "--json"])).stdout);
    expect(plan.summary).toEqual({ add: 1, change: 0, destroy: 1 });
    expect(plan.changes[0]).toMatchObject({ action: "replace", replaceReasons: ["ami"] });
    const applied = await runCli(p, ["apply", "web", "--yes", "--json"]);
    expect(JSON.parse(applied.stdout).results[0]).toMatchObject({ status: "replaced" });
    expect((await runCli(p, ["plan", "web"])).stdout).toContain("No changes.");
  });

  it("--json prints the plan shape from DESIGN.md", async () => {
    const p = project({ envs: { web: oneInstance("t3.small") } });
    const plan = JSON.parse((await runCli(p, ["plan", "web", "--json"])).stdout);
    for (const key of ["environment", "commit", "changes", "summary", "cost", "policy", "hash"]) {
      expect(plan).toHaveProperty(key);
    }
    for (const key of ["monthlyBefore", "monthlyAfter", "monthlyDelta", "resources", "unknown"]) {
      expect(plan.cost).toHaveProperty(key);
    }
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.changes[0]).toMatchObject({ address: "aws_vpc.main", action: "create", before: null });
  });

  it("applies a saved plan file, and refuses a stale one without changing anything", async () => {
    const p = project({ envs: { web: oneInstance("t3.small") } });
    const saved = join(p.dir, "web.plan.json");
    expect((await runCli(p, ["plan", "web", "--out", saved])).code).toBe(0);
    const savedHash = JSON.parse(readFileSync(saved, "utf8")).hash as string;

    // The spec changes after review: the approved plan is stale.
    p.writeEnv("web", oneInstance("t3.medium"));
    const stale = await runCli(p, ["apply", "web", "--plan", saved]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/not the one approved/);
    expect(stale.stderr).toContain(savedHash.slice(0, 12));
    expect(stale.stderr).toMatch(/Nothing was applied/);
    expect((await runCli(p, ["plan", "web"])).stdout).toContain("Plan: 3 to add");

    // Back to the reviewed spec: the same hash applies.
    p.writeEnv("web", oneInstance("t3.small"));
    const ok = await runCli(p, ["apply", "web", "--plan", savedHash.slice(0, 16)]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Apply complete!/);
  });

  it("a stale hash after live state changed is refused too", async () => {
    const p = project({ envs: { web: oneInstance("t3.small") } });
    const planned = JSON.parse((await runCli(p, ["plan", "web", "--json"])).stdout);
    await runCli(p, ["apply", "web", "--yes"]);
    const r = await runCli(p, ["apply", "web", "--plan", planned.hash]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not the one approved/);
  });

  it("a failure mid-apply leaves a consistent record and the next plan shows only what is left", async () => {
    const env = oneInstance(
      "t3.small",
      `  - type: aws_instance
    name: broken
    properties: { instance_type: t3.smal, ami: ami-0abcdef1234567890, subnet: ref(aws_subnet.a) }
`,
    );
    const p = project({ envs: { web: env } });
    const r = await runCli(p, ["apply", "web", "--yes", "--json"]);
    expect(r.code).toBe(3);
    const result = JSON.parse(r.stdout);
    const byAddress = Object.fromEntries(result.results.map((x: { address: string }) => [x.address, x]));
    expect(byAddress["aws_instance.app"].status).toBe("created");
    expect(byAddress["aws_instance.broken"].status).toBe("failed");
    expect(byAddress["aws_instance.broken"].error).toMatch(/t3\.smal/);

    const next = JSON.parse((await runCli(p, ["plan", "web", "--json"])).stdout);
    expect(next.changes.map((c: { address: string; action: string }) => `${c.action} ${c.address}`)).toEqual([
      "create aws_instance.broken",
    ]);
  });

  it("drift reports a change made outside Plagentic", async () => {
    const p = project({ envs: { web: oneInstance("t3.small") } });
    await runCli(p, ["apply", "web", "--yes"]);
    expect((await runCli(p, ["drift", "web", "--detailed-exitcode"])).code).toBe(0);

    const db = new Database(p.statePath);
    const rows = db
      .prepare("SELECT id, attributes FROM sandbox_resources WHERE type = 'aws_instance'")
      .all() as {
      id: string;
      attributes: string;
    }[];
    expect(rows).toHaveLength(1);
    const attrs = JSON.parse(rows[0]!.attributes);
    attrs.instance_type = "t3.large";
    db.prepare("UPDATE sandbox_resources SET attributes = ? WHERE id = ?").run(
      JSON.stringify(attrs),
      rows[0]!.id,
    );
    db.close();

    const drift = await runCli(p, ["drift", "web", "--detailed-exitcode"]);
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain("aws_instance.app");
    expect(drift.stdout).toContain("t3.large");
    const json = JSON.parse((await runCli(p, ["drift", "web", "--json"])).stdout);
    expect(json.items).toEqual([
      expect.objectContaining({
        address: "aws_instance.app",
        kind: "changed",
        differences: [{ attribute: "instance_type", expected: "t3.small", actual: "t3.large" }],
      }),
    ]);
  });
});

describe("bad input", () => {
  const cases: [string, string, RegExp][] = [
    [
      "malformed YAML",
      "environment: web\nregion: a: b\n",
      /^Error: environments\/web\.yaml:2:\d+: invalid YAML/,
    ],
    [
      "an unknown type",
      oneInstance("t3.small").replace("type: aws_vpc", "type: aws_vpcc"),
      /^Error: environments\/web\.yaml:6:\d+: resources\[0\]\.type: unknown resource type "aws_vpcc" \(did you mean aws_vpc\?\)/,
    ],
    [
      "an unknown property",
      oneInstance("t3.small").replace("cidr_block: 10.0.0.0/16", "cidr_blok: 10.0.0.0/16"),
      /^Error: environments\/web\.yaml:8:\d+: resources\[0\]\.properties\.cidr_blok: unknown property \(did you mean cidr_block\?\)/,
    ],
    [
      "a dangling reference",
      oneInstance("t3.small").replace("subnet: ref(aws_subnet.a)", "subnet: ref(aws_subnet.b)"),
      /^Error: environments\/web\.yaml:17:15: resources\[2\]\.properties\.subnet: reference to aws_subnet\.b, which is not defined/,
    ],
  ];
  it.each(cases)(
    "%s gives a one-line error with file and line, and exit code 1",
    async (_name, yaml, expected) => {
      const p = project({ envs: { web: yaml } });
      const r = await runCli(p, ["plan", "web"]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      const lines = r.stderr
        .trim()
        .split("\n")
        .filter((l) => !l.startsWith("Loaded") && !l.startsWith("Reading"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
    },
  );

  it("an unknown command lists the valid ones", async () => {
    const p = project();
    const r = await runCli(p, ["frobnicate"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it("a bad --plan value is explained", async () => {
    const p = project({ envs: { web: oneInstance("t3.small") } });
    const r = await runCli(p, ["apply", "web", "--plan", "nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a plan hash .* and not a readable file/);
  });
});

describe("output hygiene", () => {
  it("never prints a configured secret, even when a spec carries it", async () => {
    const secret = "sk-test-0123456789abcdefghijklmnop";
    const p = project({
      config: 'environments_dir: environments\nmodels:\n  openai:\n    api_key: "${OPENAI_API_KEY}"\n',
      envs: {
        web: oneInstance("t3.small").replace("tags: { team: web }", `tags: { team: web, note: "${secret}" }`),
      },
    });
    const r = await runCli(p, ["plan", "web"], { OPENAI_API_KEY: secret });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("***");
    expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it("prints no colour codes when not on a terminal", async () => {
    const p = project({ envs: { web: oneInstance("t3.small") } });
    const r = await runCli(p, ["plan", "web"]);
    expect(r.stdout).not.toContain("\u001b[");
  });
});

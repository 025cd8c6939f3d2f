/**
 * Deposed copies through the CLI on the sandbox: a replacement whose old resource is kept leaves
 * two live resources at one address, and `plagentic plan` must then plan the old copy's delete
 * (instead of failing), `plagentic apply` must delete it, and the plan after that must be clean.
 */
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { makeProject, runCli, type TestProject } from "../helpers/project.js";

const projects: TestProject[] = [];
afterEach(() => {
  while (projects.length) projects.pop()!.cleanup();
});

/** A VPC, a subnet with `cidr` (forcing a replacement when it changes) and an instance in it. */
const web = (cidr: string, instanceType = "t3.small") => `environment: web
provider: sandbox
region: us-east-1
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: ${cidr} }
  - type: aws_instance
    name: app
    properties: { instance_type: ${instanceType}, ami: ami-0abcdef1234567890, subnet: ref(aws_subnet.a) }
`;

type JsonChange = { action: string; address: string; liveAddress?: string; id?: string };

function subnets(p: TestProject): { id: string; cidr: string }[] {
  const db = new Database(p.statePath, { readonly: true });
  try {
    const rows = db
      .prepare("SELECT id, attributes FROM sandbox_resources WHERE type = 'aws_subnet' ORDER BY id")
      .all() as { id: string; attributes: string }[];
    return rows.map((r) => ({
      id: r.id,
      cidr: (JSON.parse(r.attributes) as { cidr_block: string }).cidr_block,
    }));
  } finally {
    db.close();
  }
}

async function planChanges(p: TestProject): Promise<JsonChange[]> {
  const r = await runCli(p, ["plan", "web", "--json"]);
  expect(r.stderr).not.toMatch(/error|appears twice/i);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { changes: JsonChange[] }).changes;
}

describe("a deposed copy left by a replacement", () => {
  it("is planned for deletion, deleted by apply, and the plan after that is clean", async () => {
    const p = makeProject({ envs: { web: web("10.0.1.0/24") } });
    projects.push(p);
    expect((await runCli(p, ["apply", "web", "--yes"])).code).toBe(0);
    const [oldSubnet] = subnets(p);

    // A new CIDR replaces the subnet and so the instance in it; the new instance's type is a typo,
    // so its create fails, the old instance stays in the old subnet, and the old subnet is kept.
    p.writeEnv("web", web("10.0.2.0/24", "t3.smal"));
    const failed = await runCli(p, ["apply", "web", "--yes", "--json"]);
    expect(failed.code).toBe(3);
    const results = (JSON.parse(failed.stdout) as { results: { address: string; error?: string }[] }).results;
    expect(results.find((r) => r.address === "aws_subnet.a")?.error).toContain("kept because");
    const copies = subnets(p);
    expect(copies.map((s) => s.cidr).sort()).toEqual(["10.0.1.0/24", "10.0.2.0/24"]);

    // The next plan keeps the new subnet at aws_subnet.a and deletes the old one as a deposed copy.
    p.writeEnv("web", web("10.0.2.0/24"));
    const deposed = `aws_subnet.a (deposed ${oldSubnet!.id})`;
    expect((await planChanges(p)).map((c) => `${c.action} ${c.address}`)).toEqual([
      "replace aws_instance.app",
      `delete ${deposed}`,
    ]);
    const deletion = (await planChanges(p)).find((c) => c.action === "delete")!;
    expect(deletion).toMatchObject({ liveAddress: "aws_subnet.a", id: oldSubnet!.id });
    const text = await runCli(p, ["plan", "web"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`# ${deposed} will be destroyed`);
    expect(text.stdout).toContain("left over from a replacement that did not finish");
    // The old instance's subnet reads as a reference to the deposed copy, not as a bare id.
    expect(text.stdout).toContain(`ref(${deposed})`);
    expect(text.stdout).toContain("Plan: 1 to add, 0 to change, 2 to destroy.");

    const applied = await runCli(p, ["apply", "web", "--yes"]);
    expect(applied.stderr).not.toMatch(/error/i);
    expect(applied.code).toBe(0);
    expect(subnets(p).map((s) => s.cidr)).toEqual(["10.0.2.0/24"]);
    expect(await planChanges(p)).toEqual([]);
  });

  it("whose delete failed is planned again, and deleted once nothing holds it", async () => {
    const p = makeProject({ envs: { web: web("10.0.1.0/24") } });
    projects.push(p);
    expect((await runCli(p, ["apply", "web", "--yes"])).code).toBe(0);
    const [oldSubnet] = subnets(p);

    // Something outside the environment uses the old subnet, so the sandbox refuses its delete.
    const db = new Database(p.statePath);
    db.prepare(
      "INSERT INTO sandbox_resources (id, type, region, attributes, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)",
    ).run(
      "eni-0outsider",
      "aws_instance",
      "us-east-1",
      JSON.stringify({ subnet: oldSubnet!.id }),
      JSON.stringify({ owner: "someone else" }),
    );
    db.close();

    p.writeEnv("web", web("10.0.2.0/24"));
    const failed = await runCli(p, ["apply", "web", "--yes", "--json"]);
    expect(failed.code).toBe(3);
    const results = (JSON.parse(failed.stdout) as { results: { address: string; error?: string }[] }).results;
    expect(results.find((r) => r.address === "aws_subnet.a")?.error).toContain(
      `created the replacement but could not delete ${oldSubnet!.id}`,
    );

    const deposed = `aws_subnet.a (deposed ${oldSubnet!.id})`;
    expect((await planChanges(p)).map((c) => `${c.action} ${c.address}`)).toEqual([`delete ${deposed}`]);
    // While the outsider still holds it, the delete fails again and says which copy.
    const again = await runCli(p, ["apply", "web", "--yes", "--json"]);
    expect(again.code).toBe(3);
    expect(JSON.parse(again.stdout).results).toEqual([
      expect.objectContaining({ address: deposed, action: "delete", status: "failed" }),
    ]);

    const cleanup = new Database(p.statePath);
    cleanup.prepare("DELETE FROM sandbox_resources WHERE id = 'eni-0outsider'").run();
    cleanup.close();
    const applied = await runCli(p, ["apply", "web", "--yes"]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("0 added, 0 changed, 1 destroyed");
    expect(subnets(p).map((s) => s.cidr)).toEqual(["10.0.2.0/24"]);
    expect(await planChanges(p)).toEqual([]);
  });
});

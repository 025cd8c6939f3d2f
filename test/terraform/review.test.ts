/**
 * Reviewing real `terraform show -json` plans: Terraform's actions, addresses and counts kept,
 * unknown and sensitive values never shown as values, unknown types listed, the plan file's hash.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bundledPriceDir, loadPriceCatalog } from "../../src/cost/index.js";
import {
  SENSITIVE_VALUE,
  UNKNOWN_VALUE,
  reviewTerraformPlanBytes,
  type TerraformReview,
} from "../../src/terraform/index.js";
import { FIXTURES, fixtureBytes, rawChanges } from "./fixtures.js";

const catalog = loadPriceCatalog([bundledPriceDir()]);

function review(name: string, opts: { policies?: object } = {}): TerraformReview {
  return reviewTerraformPlanBytes(fixtureBytes(name), { file: name, catalog, ...opts });
}

function expectedAction(actions: string[]): string {
  return actions.length === 2 ? "replace" : actions[0]!;
}

describe("review of a Terraform plan", () => {
  it.each(FIXTURES)("%s: counts, actions and addresses are Terraform's own", (name) => {
    const raw = rawChanges(name);
    const r = review(name);
    const changed = raw.filter((c) => !(c.change.actions.length === 1 && c.change.actions[0] === "no-op"));
    expect(r.changes.map((c) => c.address)).toEqual(changed.map((c) => c.address));
    expect(r.changes.map((c) => c.action)).toEqual(changed.map((c) => expectedAction(c.change.actions)));
    expect(r.unchanged).toBe(raw.length - changed.length);
    const count = (action: string) =>
      changed.filter((c) => expectedAction(c.change.actions) === action).length;
    expect(r.summary).toEqual({
      add: count("create") + count("replace"),
      change: count("update"),
      destroy: count("delete") + count("replace"),
      replace: count("replace"),
      read: count("read"),
      forget: count("forget"),
    });
    expect(r.planFileHash).toBe(createHash("sha256").update(fixtureBytes(name)).digest("hex"));
    expect(r.source).toBe("terraform");
    // The same file reviews to the same value, hash included.
    expect(review(name).hash).toBe(r.hash);
  });

  it("the moto fixtures cover create, update, replace, delete, modules, for_each and count", () => {
    const actions = new Set(
      ["create.json", "change.json", "destroy.json"].flatMap((f) => review(f).changes.map((c) => c.action)),
    );
    expect([...actions].sort()).toEqual(["create", "delete", "read", "replace", "update"]);
    const addresses = review("create.json").changes.map((c) => c.address);
    expect(addresses).toContain('module.net.aws_subnet.this["a"]');
    expect(addresses).toContain('aws_instance.app["green"]');
    expect(addresses).toContain("aws_instance.web[1]");
    const subnet = review("create.json").changes.find((c) => c.address === 'module.net.aws_subnet.this["b"]');
    expect(subnet).toMatchObject({ moduleAddress: "module.net", type: "aws_subnet", name: "this" });
  });

  it("lists a data source as read and never prices it", () => {
    const r = review("create.json");
    expect(r.changes[0]).toMatchObject({ address: "data.aws_vpc.main", mode: "data", action: "read" });
    expect(r.summary.read).toBe(1);
    expect(r.cost.resources.map((c) => c.address)).not.toContain("data.aws_vpc.main");
    expect(r.unknownTypes).toEqual([]);
  });

  it("shows what apply will decide as unknown, never as a value", () => {
    const r = review("create.json");
    const web = r.changes.find((c) => c.address === "aws_instance.web[0]")!;
    expect(web.after?.["id"]).toBe(UNKNOWN_VALUE);
    expect(web.after?.["instance_type"]).toBe("t3.micro");
    // Attributes Terraform leaves out of `after` because they are unknown are listed as unknown.
    const raw = rawChanges("create.json").find((c) => c.address === "aws_instance.web[0]")!;
    expect((raw.change.after as Record<string, unknown>)["arn"]).toBeUndefined();
    expect(web.after?.["arn"]).toBe(UNKNOWN_VALUE);
    const disk = (web.after?.["root_block_device"] as Record<string, unknown>[])[0]!;
    expect(disk["volume_size"]).toBe(20);
    expect(disk["volume_id"]).toBe(UNKNOWN_VALUE);
  });

  it("masks sensitive values everywhere the review goes", () => {
    const r = review("terraform-repo/sensitive-values.json");
    expect(r.changes[0]!.after?.["ami"]).toBe(SENSITIVE_VALUE);
    expect(JSON.stringify(r)).not.toContain("boop");
  });

  it("keeps a replacement's reason and the paths that force it", () => {
    const r = review("terraform-repo/requires-replace.json");
    expect(r.changes[0]).toMatchObject({
      action: "replace",
      actionReason: "replace_because_cannot_update",
      replacePaths: ["ami"],
    });
    expect(r.summary).toMatchObject({ add: 1, destroy: 1, replace: 1 });
  });

  it("lists types Plagentic does not know, with every address, in modules too", () => {
    const r = review("terraform-repo/modules.json");
    expect(r.unknownTypes).toEqual([
      {
        type: "test_instance",
        addresses: [
          "module.module_test_bar.test_instance.test",
          "module.module_test_foo.test_instance.test[0]",
          "module.module_test_foo.test_instance.test[1]",
          "module.module_test_foo.test_instance.test[2]",
        ],
      },
    ]);
    expect(r.cost.resources).toEqual([]);
    expect(review("create.json").unknownTypes).toEqual([]);
  });

  it("fails policy on a security group open to the world on port 22", () => {
    const r = review("create.json");
    expect(r.policy.verdict).toBe("fail");
    expect(r.policy.findings).toContainEqual(
      expect.objectContaining({
        rule: "no_world_open_admin_ports",
        level: "fail",
        address: "aws_security_group.ssh",
      }),
    );
  });

  it("applies the config's policies", () => {
    const off = {
      no_world_open_admin_ports: { enabled: false },
      encryption_at_rest: { enabled: false },
    };
    const r = review("create.json", { policies: off });
    expect(r.policy.evaluated).not.toContain("no_world_open_admin_ports");
    expect(r.policy.verdict).not.toBe("fail");
  });

  it("prices a root disk that becomes unknown on replacement as unknown, never as nothing", () => {
    const r = review("change.json");
    const app = r.cost.resources.find((c) => c.address === 'aws_instance.app["blue"]')!;
    expect(app.monthlyBefore).toBeGreaterThan(0);
    expect(app.monthlyAfter).toBeNull();
    expect(app.monthlyDelta).toBeNull();
    expect(r.cost.unknown.map((u) => u.address)).toContain('aws_instance.app["blue"]');
  });

  it("prices an unknown instance type as unknown", () => {
    const text = fixtureBytes("create.json")
      .toString("utf8")
      .replace('"instance_type": "t3.small"', '"instance_type": null');
    const plan = JSON.parse(text) as {
      resource_changes: { address: string; change: { after_unknown: Record<string, unknown> } }[];
    };
    plan.resource_changes.find((c) => c.address === 'aws_instance.app["blue"]')!.change.after_unknown[
      "instance_type"
    ] = true;
    const r = reviewTerraformPlanBytes(JSON.stringify(plan), { file: "plan.json", catalog });
    const app = r.cost.resources.find((c) => c.address === 'aws_instance.app["blue"]')!;
    expect(app.monthlyAfter).toBeNull();
    expect(r.cost.monthlyAfter).toBeGreaterThan(0);
  });
});

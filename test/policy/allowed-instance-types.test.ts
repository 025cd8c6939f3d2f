import { describe, expect, it } from "vitest";
import { allowedInstanceTypes } from "../../src/policy/rules/allowed-instance-types.js";
import type { Action } from "../../src/plan/model.js";
import type { Attributes } from "../../src/spec/model.js";
import { change, context, resource } from "./context.js";

const allow = ["t3.*", "m5.large", "Standard_B*", "e2-*"];

function check(address: string, attributes: Attributes, action: Action | null = "create") {
  const ctx = context({
    desired: [resource(address, attributes)],
    changes: action ? [change(address, action)] : [],
  });
  return allowedInstanceTypes.evaluate(ctx, { allow });
}

describe("allowed_instance_types", () => {
  it.each<[string, string, Attributes, Action | null, boolean]>([
    ["allowed family", "aws_instance.web", { instance_type: "t3.small" }, "create", true],
    ["exact size", "aws_instance.web", { instance_type: "m5.large" }, "create", true],
    ["bigger size of an exact entry", "aws_instance.web", { instance_type: "m5.24xlarge" }, "create", false],
    ["not in the list", "aws_instance.web", { instance_type: "p4d.24xlarge" }, "create", false],
    ["update", "aws_instance.web", { instance_type: "c5.large" }, "update", false],
    ["replace", "aws_instance.web", { instance_type: "c5.large" }, "replace", false],
    ["untouched legacy resource", "aws_instance.legacy", { instance_type: "m4.xlarge" }, null, true],
    ["type without a size", "aws_vpc.main", { cidr_block: "10.0.0.0/16" }, "create", true],
    ["unregistered type", "made_up_thing.x", { instance_type: "huge" }, "create", true],
    ["size missing", "aws_instance.web", {}, "create", true],
    [
      "RDS class is a size too",
      "aws_db_instance.main",
      { instance_class: "db.r6g.16xlarge" },
      "create",
      false,
    ],
    ["GCP machine type", "google_compute_instance.vm", { machine_type: "e2-medium" }, "create", true],
    [
      "GCP machine type denied",
      "google_compute_instance.vm",
      { machine_type: "n2-standard-64" },
      "create",
      false,
    ],
    [
      "AKS nested pool size",
      "azurerm_kubernetes_cluster.aks",
      { default_node_pool: { name: "p", vm_size: "Standard_B2s" } },
      "create",
      true,
    ],
    [
      "AKS nested pool size denied",
      "azurerm_kubernetes_cluster.aks",
      { default_node_pool: { name: "p", vm_size: "Standard_D64s_v5" } },
      "create",
      false,
    ],
  ])("%s", (_name, address, attributes, action, allowed) => {
    const findings = check(address, attributes, action);
    expect(findings.length === 0).toBe(allowed);
    for (const f of findings) expect(f.address).toBe(address);
  });

  it("ignores a resource the plan deletes", () => {
    const ctx = context({ desired: [], changes: [change("aws_instance.old", "delete")] });
    expect(allowedInstanceTypes.evaluate(ctx, { allow })).toEqual([]);
  });

  it("names the property, the value and the allowed patterns", () => {
    const [finding] = check("azurerm_kubernetes_cluster.aks", {
      default_node_pool: { name: "p", vm_size: "Standard_D64s_v5" },
    });
    expect(finding?.message).toBe(
      'azurerm_kubernetes_cluster.aks uses default_node_pool.vm_size "Standard_D64s_v5", which is not allowed; choose a size matching t3.*, m5.large, Standard_B*, e2-*.',
    );
  });
});

import { describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/catalog-loader.js";
import type { Plan } from "../../src/plan/model.js";
import type { Attributes } from "../../src/spec/model.js";
import { costSuggestions } from "../../src/team/suggestions.js";

const catalog = loadPriceCatalog();

/** A plan that creates one resource of `type` in `region`: all costSuggestions reads. */
function planOf(region: string, type: string, attributes: Attributes): Plan {
  return {
    region,
    changes: [
      {
        address: `${type}.app`,
        type,
        action: "create",
        before: null,
        after: { attributes, tags: {} },
        changedAttributes: [],
        dependsOn: [],
      },
    ],
  } as unknown as Plan;
}

describe("cost suggestions in every priced region", () => {
  it("suggests Graviton in eu-west-1 with the saving from eu-west-1 prices", () => {
    // aws-ec2.json eu-west-1: t3.small 0.0228, t4g.small 0.0184; m6i.large 0.107, m7g.large 0.091.
    expect(
      costSuggestions(planOf("eu-west-1", "aws_instance", { instance_type: "t3.small" }), catalog),
    ).toEqual([expect.objectContaining({ address: "aws_instance.app", monthlySavings: 3.21 })]);
    const m6i = costSuggestions(planOf("eu-west-1", "aws_instance", { instance_type: "m6i.large" }), catalog);
    expect(m6i[0]?.message).toBe(
      "aws_instance.app: m7g.large instead of m6i.large would save $11.68/month (Graviton (arm64): needs an arm64 AMI)",
    );
  });

  it("suggests db.t4g in eu-west-1 from the regional RDS prices", () => {
    // aws-rds.json eu-west-1 postgres Single-AZ: db.t3.micro 0.02, db.t4g.micro 0.017.
    const s = costSuggestions(
      planOf("eu-west-1", "aws_db_instance", {
        engine: "postgres",
        instance_class: "db.t3.micro",
        allocated_storage: 20,
      }),
      catalog,
    );
    expect(s).toEqual([expect.objectContaining({ monthlySavings: 2.19 })]);
  });

  it("suggests the AMD Azure size in westeurope", () => {
    // azure-vm.json westeurope: Standard_D2s_v5 0.115, Standard_D2as_v5 0.104.
    const s = costSuggestions(
      planOf("westeurope", "azurerm_linux_virtual_machine", { size: "Standard_D2s_v5" }),
      catalog,
    );
    expect(s).toEqual([expect.objectContaining({ monthlySavings: 8.03 })]);
  });

  it("never suggests a type whose price is unknown in the region", () => {
    // af-south-1 has m6i.large (0.127) but no m7g.large; ca-west-1 RDS has db.t3.micro, not db.t4g.micro.
    expect(catalog.machineHourly("aws-ec2", "af-south-1", "m6i.large")?.price).toBe(0.127);
    expect(catalog.machineHourly("aws-ec2", "af-south-1", "m7g.large")).toBeUndefined();
    expect(
      costSuggestions(planOf("af-south-1", "aws_instance", { instance_type: "m6i.large" }), catalog),
    ).toEqual([]);
    expect(
      costSuggestions(
        planOf("ca-west-1", "aws_db_instance", {
          engine: "postgres",
          instance_class: "db.t3.micro",
          allocated_storage: 20,
        }),
        catalog,
      ),
    ).toEqual([]);
    // swedensouth has Standard_D2s_v5 (Karpenter only) but no Standard_D2as_v5.
    expect(
      costSuggestions(
        planOf("swedensouth", "azurerm_linux_virtual_machine", { size: "Standard_D2s_v5" }),
        catalog,
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/catalog-loader.js";
import { compareAddresses, estimateCost, estimateResource, sortAddresses } from "../../src/cost/estimate.js";
import { resource } from "./resources.js";

const catalog = loadPriceCatalog();
const instance = (address: string, instance_type: string) =>
  resource(address, { instance_type, ami: "ami-0abcdef1234567890" });

describe("estimateResource: compute", () => {
  it("prices a t3.small at 0.0208 × 730 hours", () => {
    const est = estimateResource(instance("aws_instance.web", "t3.small"), "us-east-1", catalog);
    expect(est.monthly).toBeCloseTo(0.0208 * 730, 4);
    expect(est.components).toHaveLength(1);
    expect(est.components[0]).toMatchObject({
      name: "Instance usage (Linux, on-demand, t3.small)",
      unit: "hour",
      unitPrice: 0.0208,
      monthlyQuantity: 730,
    });
    expect(est.components[0]?.priceSource?.asOf).toBe("2026-07-20T13:44:30Z");
  });

  it("prices GCP and Azure machines by region", () => {
    const gce = estimateResource(
      resource("google_compute_instance.a", { machine_type: "n2-standard-2" }),
      "us-central1",
      catalog,
    );
    expect(gce.monthly).toBeCloseTo(0.097118 * 730, 4);
    const vm = estimateResource(
      resource("azurerm_linux_virtual_machine.a", { size: "Standard_B1s" }),
      "eastus",
      catalog,
    );
    expect(vm.monthly).toBeCloseTo(7.592, 4);
  });

  it("gives an unknown instance type an unknown price, never $0", () => {
    const est = estimateResource(instance("aws_instance.x", "t3.enormous"), "us-east-1", catalog);
    expect(est.monthly).toBeNull();
    expect(est.components[0]?.unitPrice).toBeNull();
    expect(est.components[0]?.unknownReason).toMatch(/t3\.enormous is not in the EC2 price data/);
  });

  it("prices EC2 in other regions, and a region the data lacks is unknown, saying so", () => {
    expect(
      estimateResource(instance("aws_instance.x", "t3.small"), "eu-west-1", catalog).monthly,
    ).toBeCloseTo(0.0228 * 730, 4);
    const est = estimateResource(instance("aws_instance.x", "t3.small"), "cn-north-1", catalog);
    expect(est.monthly).toBeNull();
    expect(est.components[0]?.unknownReason).toBe(
      "no EC2 price for t3.small in region cn-north-1; the EC2 price data covers 34 regions, not cn-north-1",
    );
  });

  it("adds the declared root disk, and only a declared one", () => {
    const withDisk = resource("aws_instance.a", {
      instance_type: "t3.small",
      root_block_device: { volume_size: 50, volume_type: "gp3" },
    });
    const est = estimateResource(withDisk, "us-east-1", catalog);
    expect(est.components.map((c) => c.unit)).toEqual(["hour", "GB-month"]);
    expect(est.monthly).toBeCloseTo(0.0208 * 730 + 50 * 0.08, 4);

    const untyped = resource("aws_instance.a", {
      instance_type: "t3.small",
      root_block_device: { volume_size: 50 },
    });
    expect(estimateResource(untyped, "us-east-1", catalog).monthly).toBeNull();
  });

  it("prices an Azure VM's OS disk by tier", () => {
    const vm = resource("azurerm_linux_virtual_machine.a", {
      size: "Standard_B1s",
      os_disk: { caching: "ReadWrite", storage_account_type: "StandardSSD_LRS", disk_size_gb: 30 },
    });
    const est = estimateResource(vm, "eastus", catalog);
    expect(est.components[1]).toMatchObject({ name: "Storage (E4, LRS)", unitPrice: 2.4, monthly: 2.4 });
    expect(est.monthly).toBeCloseTo(7.592 + 2.4, 4);
  });

  it("makes free resources cost 0 with no components", () => {
    for (const type of [
      "aws_vpc",
      "aws_subnet",
      "aws_security_group",
      "google_compute_firewall",
      "azurerm_subnet",
    ]) {
      const est = estimateResource(resource(`${type}.a`), "us-east-1", catalog);
      expect(est).toEqual({ monthly: 0, components: [] });
    }
  });

  it("reports an unregistered type as unknown", () => {
    const est = estimateResource(resource("aws_quantum_computer.q"), "us-east-1", catalog);
    expect(est.monthly).toBeNull();
    expect(est.components[0]?.unknownReason).toMatch(/not registered/);
  });
});

describe("estimateCost", () => {
  it("prices one t3.micro and two m5.large in us-east-1 at $147.752 a month", () => {
    const after = [
      instance("aws_instance.small", "t3.micro"),
      instance("aws_instance.big[0]", "m5.large"),
      instance("aws_instance.big[1]", "m5.large"),
    ];
    const report = estimateCost({ region: "us-east-1", before: [], after }, catalog);
    expect(Math.abs(report.monthlyAfter - 147.752) / 147.752).toBeLessThan(0.005);
    expect(report.monthlyAfter).toBe(147.752);
    expect(report.monthlyBefore).toBe(0);
    expect(report.monthlyDelta).toBe(147.752);
    expect(report.currency).toBe("USD");
    expect(report.hoursPerMonth).toBe(730);
    expect(report.resources.map((r) => r.address)).toEqual([
      "aws_instance.big[0]",
      "aws_instance.big[1]",
      "aws_instance.small",
    ]);
    expect(report.unknown).toEqual([]);
    expect(report.sources).toHaveLength(1);
    expect(report.sources[0]?.source).toContain("AWS Price List API");
  });

  it("leaves an unknown price out of the totals instead of counting it as 0", () => {
    const after = [instance("aws_instance.a", "t3.small"), instance("aws_instance.b", "t3.enormous")];
    const report = estimateCost({ region: "us-east-1", before: [], after }, catalog);
    expect(report.monthlyAfter).toBeCloseTo(15.184, 4);
    const b = report.resources.find((r) => r.address === "aws_instance.b");
    expect(b).toMatchObject({ monthlyBefore: 0, monthlyAfter: null, monthlyDelta: null });
    expect(report.unknown).toEqual([
      {
        address: "aws_instance.b",
        component: "Instance usage (Linux, on-demand, t3.enormous)",
        reason: "t3.enormous is not in the EC2 price data",
      },
    ]);
    expect(report.monthlyDelta).toBeCloseTo(15.184, 4);
  });

  it("shows the delta when one instance changes size", () => {
    const before = [instance("aws_instance.a", "t3.small"), instance("aws_instance.b", "t3.small")];
    const after = [instance("aws_instance.a", "t3.medium"), instance("aws_instance.b", "t3.small")];
    const report = estimateCost({ region: "us-east-1", before, after }, catalog);
    const a = report.resources.find((r) => r.address === "aws_instance.a");
    expect(a?.monthlyBefore).toBeCloseTo(15.184, 4);
    expect(a?.monthlyAfter).toBeCloseTo(30.368, 4);
    expect(a?.monthlyDelta).toBeCloseTo(15.184, 4);
    expect(report.resources.find((r) => r.address === "aws_instance.b")?.monthlyDelta).toBe(0);
    expect(report.monthlyBefore).toBeCloseTo(30.368, 4);
    expect(report.monthlyAfter).toBeCloseTo(45.552, 4);
    expect(report.monthlyDelta).toBeCloseTo(15.184, 4);
  });

  it("reports deletions with the before components and a negative delta", () => {
    const report = estimateCost(
      { region: "us-east-1", before: [instance("aws_instance.old", "t3.small")], after: [] },
      catalog,
    );
    expect(report.resources[0]).toMatchObject({
      monthlyBefore: 15.184,
      monthlyAfter: 0,
      monthlyDelta: -15.184,
    });
    expect(report.resources[0]?.components[0]?.name).toContain("t3.small");
    expect(report.monthlyDelta).toBe(-15.184);
  });

  it("does not show a resize into an unknown size as a saving", () => {
    const report = estimateCost(
      {
        region: "us-east-1",
        before: [instance("aws_instance.a", "t3.small")],
        after: [instance("aws_instance.a", "t3.enormous")],
      },
      catalog,
    );
    expect(report.resources[0]?.monthlyDelta).toBeNull();
    expect(report.monthlyDelta).toBe(0);
    expect(report.unknown).toHaveLength(1);
  });

  it("lists usage-based components with their unit price and keeps them out of totals", () => {
    // inRange: the usage range prices them at typical usage (usage-range.test.ts), beside the totals.
    const report = estimateCost(
      { region: "us-east-1", before: [], after: [resource("aws_lambda_function.fn", { memory_size: 128 })] },
      catalog,
    );
    expect(report.monthlyAfter).toBe(0);
    expect(report.usageBased).toContainEqual({
      address: "aws_lambda_function.fn",
      component: "Requests",
      unit: "1M requests",
      unitPrice: 0.2,
      inRange: true,
    });
    expect(report.unknown).toEqual([]);
  });

  it("is deterministic and rounds money to 4 places", () => {
    const after = [
      resource("aws_ebs_volume.v", { size: 33, type: "gp3" }),
      resource("google_compute_instance.g", { machine_type: "e2-micro" }),
    ];
    const a = estimateCost({ region: "us-east-1", before: [], after }, catalog);
    const b = estimateCost({ region: "us-east-1", before: [], after: [...after].reverse() }, catalog);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const r of a.resources) {
      if (r.monthlyAfter !== null) expect(Math.round(r.monthlyAfter * 1e4) / 1e4).toBe(r.monthlyAfter);
    }
  });

  it("lists each price source once", () => {
    const after = [instance("aws_instance.a", "t3.small"), instance("aws_instance.b", "m5.large")];
    const report = estimateCost({ region: "us-east-1", before: after, after }, catalog);
    expect(report.sources).toHaveLength(1);
  });

  it("rejects a duplicated address", () => {
    const a = instance("aws_instance.a", "t3.small");
    expect(() => estimateCost({ region: "us-east-1", before: [], after: [a, a] }, catalog)).toThrow(/twice/);
  });
});

describe("compareAddresses", () => {
  it("orders counted instances numerically", () => {
    const sorted = ["aws_instance.web[10]", "aws_instance.web[2]", "aws_instance.web", "aws_eip.a"].sort(
      compareAddresses,
    );
    expect(sorted).toEqual(["aws_eip.a", "aws_instance.web", "aws_instance.web[2]", "aws_instance.web[10]"]);
  });

  it("sorts in place as compareAddresses does, ties kept in their order", () => {
    const addresses = ["b.x[01]", "a.y", "b.x[1]", "b.x", "a.y[3]", "a.x[2]"];
    const expected = [...addresses].sort(compareAddresses);
    sortAddresses(addresses);
    expect(addresses).toEqual(expected);
    expect(addresses).toEqual(["a.x[2]", "a.y", "a.y[3]", "b.x", "b.x[01]", "b.x[1]"]);
  });
});

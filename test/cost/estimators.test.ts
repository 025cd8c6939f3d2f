import { describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/catalog-loader.js";
import { azureDiskTier } from "../../src/cost/disks.js";
import { estimateResource } from "../../src/cost/estimate.js";
import { usageKeys } from "../../src/cost/estimator-registry.js";
import type { CostComponent } from "../../src/cost/model.js";
import type { Attributes } from "../../src/spec/model.js";
import { resource } from "./resources.js";

const catalog = loadPriceCatalog();

function estimate(
  address: string,
  region: string,
  attributes: Attributes = {},
  usage: Record<string, number> = {},
) {
  return estimateResource(resource(address, attributes, usage), region, catalog);
}

function component(components: CostComponent[], name: string | RegExp): CostComponent {
  const found = components.find((c) => (typeof name === "string" ? c.name === name : name.test(c.name)));
  if (!found) throw new Error(`no component ${String(name)} in ${components.map((c) => c.name).join(", ")}`);
  return found;
}

describe("AWS estimators", () => {
  it("Lambda without usage is usage-based, printable as a unit price", () => {
    const est = estimate("aws_lambda_function.fn", "us-east-1", {
      memory_size: 128,
      architectures: ["x86_64"],
    });
    expect(est.monthly).toBe(0);
    const requests = component(est.components, "Requests");
    expect(requests).toMatchObject({ usageBased: true, unit: "1M requests", unitPrice: 0.2, monthly: null });
    expect(`depends on usage: $${requests.unitPrice!.toFixed(2)} per ${requests.unit}`).toBe(
      "depends on usage: $0.20 per 1M requests",
    );
    expect(component(est.components, /^Duration/)).toMatchObject({ usageBased: true, unitPrice: 1.66667e-5 });
  });

  it("Lambda with usage is priced", () => {
    const est = estimate(
      "aws_lambda_function.fn",
      "us-east-1",
      { memory_size: 512, architectures: ["x86_64"] },
      { monthly_requests: 10_000_000, average_duration_ms: 200 },
    );
    // 10M requests × $0.20/1M + 10M × 0.2 s × 0.5 GB × $0.0000166667/GB-s
    expect(est.monthly).toBeCloseTo(2 + 1_000_000 * 1.66667e-5, 4);
    expect(est.components.every((c) => !c.usageBased)).toBe(true);
    expect(usageKeys("aws_lambda_function")).toEqual(["monthly_requests", "average_duration_ms"]);
  });

  it("Lambda on arm64 uses the arm duration price", () => {
    const est = estimate("aws_lambda_function.fn", "us-east-1", { architectures: ["arm64"] });
    expect(component(est.components, /^Duration/).unitPrice).toBe(1.33334e-5);
  });

  it("Lambda in a region the data lacks is unknown, and says so", () => {
    const est = estimate("aws_lambda_function.fn", "il-central-1", {}, { monthly_requests: 1_000_000 });
    expect(est.monthly).toBeNull();
    expect(component(est.components, "Requests").unknownReason).toMatch(
      /no Lambda requests price for region il-central-1; the price data covers 24 regions, not il-central-1/,
    );
  });

  it("EKS cluster costs $0.10 an hour", () => {
    expect(estimate("aws_eks_cluster.main", "us-east-1").monthly).toBe(73);
  });

  it("EKS node group is the instance price × desired size", () => {
    const est = estimate("aws_eks_node_group.workers", "us-east-1", {
      instance_type: "t3.medium",
      scaling_config: { desired_size: 3, min_size: 1, max_size: 5 },
    });
    expect(est.monthly).toBeCloseTo(0.0416 * 730 * 3, 4);
    expect(est.components[0]?.monthlyQuantity).toBe(2190);
  });

  it("NAT gateway: hourly plus data processed by usage", () => {
    const idle = estimate("aws_nat_gateway.nat", "us-east-1");
    expect(idle.monthly).toBeCloseTo(32.85, 4);
    expect(component(idle.components, "Data processed")).toMatchObject({
      usageBased: true,
      unit: "GB",
      unitPrice: 0.045,
    });
    const busy = estimate("aws_nat_gateway.nat", "us-east-1", {}, { monthly_data_processed_gb: 100 });
    expect(busy.monthly).toBeCloseTo(32.85 + 4.5, 4);
  });

  it("load balancers are priced by type, LCUs by usage; gateway LBs are unknown", () => {
    const alb = estimate("aws_lb.web", "us-east-1", { load_balancer_type: "application" });
    expect(alb.monthly).toBeCloseTo(16.425, 4);
    expect(component(alb.components, "Load balancer capacity units")).toMatchObject({
      unitPrice: 0.008,
      usageBased: true,
    });
    const nlb = estimate("aws_lb.tcp", "us-east-1", { load_balancer_type: "network" }, { average_lcus: 2 });
    expect(nlb.monthly).toBeCloseTo(16.425 + 2 * 730 * 0.006, 4);
    expect(estimate("aws_lb.gw", "us-east-1", { load_balancer_type: "gateway" }).monthly).toBeNull();
  });

  it("EBS volume: size × GB-month by type; unpriced types are unknown", () => {
    expect(estimate("aws_ebs_volume.data", "us-east-1", { size: 100, type: "gp3" }).monthly).toBe(8);
    expect(estimate("aws_ebs_volume.data", "us-east-1", { size: 100, type: "gp2" }).monthly).toBe(10);
    expect(estimate("aws_ebs_volume.data", "us-east-1", { size: 100, type: "io2" }).monthly).toBe(12.5);
    // gp3 above its 3,000 IOPS and 125 MiB/s baseline: per IOPS-month and per MiB/s-month (GiB/s ÷ 1024).
    expect(
      estimate("aws_ebs_volume.data", "us-east-1", { size: 100, type: "gp3", iops: 6000, throughput: 250 })
        .monthly,
    ).toBeCloseTo(8 + 3000 * 0.005 + 125 * (40.96 / 1024), 4);
    // io2 IOPS in tiers: 32,000 at the first price, 8,000 at the second.
    expect(
      estimate("aws_ebs_volume.data", "us-east-1", { size: 100, type: "io2", iops: 40_000 }).monthly,
    ).toBeCloseTo(12.5 + 32_000 * 0.065 + 8000 * 0.0455, 4);
    expect(
      estimate("aws_ebs_volume.data", "ap-southeast-7", { size: 100 }).components[0]?.unknownReason,
    ).toBe(
      "no EBS gp2 storage price for region ap-southeast-7; the price data covers 31 regions, not ap-southeast-7",
    );
  });

  it("RDS: instance by engine, class and deployment plus storage", () => {
    const pg = estimate("aws_db_instance.db", "us-east-1", {
      engine: "postgres",
      instance_class: "db.t3.micro",
      allocated_storage: 20,
      storage_type: "gp2",
      multi_az: false,
    });
    expect(pg.monthly).toBeCloseTo(0.018 * 730 + 20 * 0.115, 4);
    const mysql = estimate("aws_db_instance.db", "us-east-1", {
      engine: "mysql",
      instance_class: "db.m5.large",
      allocated_storage: 100,
      storage_type: "gp3",
    });
    expect(mysql.monthly).toBeCloseTo(0.171 * 730 + 100 * 0.115, 4);
    const multi = estimate("aws_db_instance.db", "us-east-1", {
      engine: "postgres",
      instance_class: "db.t3.micro",
      allocated_storage: 20,
      storage_type: "gp3",
      multi_az: true,
    });
    expect(multi.monthly).toBeCloseTo(0.036 * 730 + 20 * 0.23, 4);
    const unknownClass = estimate("aws_db_instance.db", "us-east-1", {
      engine: "postgres",
      instance_class: "db.r9z.large",
      allocated_storage: 20,
    });
    expect(unknownClass.monthly).toBeNull();
    expect(unknownClass.components[0]?.unknownReason).toMatch(/db\.r9z\.large/);
    const oracle = estimate("aws_db_instance.db", "eu-west-1", {
      engine: "oracle-se2",
      instance_class: "db.m5.large",
      allocated_storage: 20,
    });
    expect(oracle.components[0]?.unknownReason).toMatch(/RDS oracle-se2 prices are not in the price data/);
  });

  it("Elastic IP has no price in the data: unknown, not $0", () => {
    const eip = estimate("aws_eip.nat", "us-east-1");
    expect(eip.monthly).toBeNull();
    expect(eip.components[0]?.unitPrice).toBeNull();
  });
});

describe("GCP estimators", () => {
  it("GKE cluster fee, and unknown in other regions", () => {
    expect(estimate("google_container_cluster.main", "us-central1").monthly).toBe(73);
    expect(estimate("google_container_cluster.main", "europe-west1").monthly).toBeNull();
  });

  it("GKE node pool: machine price × node count (per zone when zones are listed)", () => {
    const pool = estimate("google_container_node_pool.pool", "us-central1", {
      machine_type: "e2-micro",
      node_count: 3,
    });
    expect(pool.monthly).toBeCloseTo(0.0083764275 * 730 * 3, 4);
    const zonal = estimate("google_container_node_pool.pool", "us-central1", {
      machine_type: "e2-micro",
      node_count: 1,
      node_locations: ["us-central1-a", "us-central1-b"],
    });
    expect(zonal.monthly).toBeCloseTo(0.0083764275 * 730 * 2, 4);
  });

  it("Cloud SQL custom tier from vCPU and memory prices plus SSD storage", () => {
    const est = estimate("google_sql_database_instance.db", "us-central1", {
      tier: "db-custom-2-7680",
      availability_type: "ZONAL",
      disk_size: 10,
      disk_type: "PD_SSD",
    });
    expect(est.monthly).toBeCloseTo(2 * 0.0413 * 730 + 7.5 * 0.007 * 730 + 10 * 0.17, 4);
    expect(
      estimate("google_sql_database_instance.db", "us-central1", { tier: "db-f1-micro" }).monthly,
    ).toBeNull();
    expect(
      estimate("google_sql_database_instance.db", "us-central1", {
        tier: "db-custom-2-7680",
        availability_type: "REGIONAL",
      }).monthly,
    ).toBeNull();
  });

  it("persistent disk by type", () => {
    expect(estimate("google_compute_disk.d", "us-central1", { size: 100, type: "pd-ssd" }).monthly).toBe(17);
    expect(estimate("google_compute_disk.d", "us-central1", { size: 100, type: "pd-standard" }).monthly).toBe(
      4,
    );
  });

  it("Cloud Functions are usage-based, and priced with usage", () => {
    const idle = estimate("google_cloudfunctions_function.fn", "us-central1", { available_memory_mb: 256 });
    expect(idle.monthly).toBe(0);
    expect(component(idle.components, "Invocations")).toMatchObject({
      unit: "1M invocations",
      unitPrice: 0.4,
    });
    const busy = estimate(
      "google_cloudfunctions_function.fn",
      "us-central1",
      { available_memory_mb: 256 },
      { monthly_requests: 10_000_000, average_duration_ms: 150, monthly_outbound_data_gb: 0 },
    );
    // 150 ms bills as 200 ms: 2M seconds × 0.4 GHz × $0.00001 + 2M × 0.25 GB × $0.0000025 + $4
    expect(busy.monthly).toBeCloseTo(4 + 8 + 1.25, 4);
  });
});

describe("Azure estimators", () => {
  it("AKS: tier fee plus default node pool VMs", () => {
    const free = estimate("azurerm_kubernetes_cluster.aks", "eastus", {
      sku_tier: "Free",
      default_node_pool: { name: "default", vm_size: "Standard_B2s", node_count: 2 },
    });
    expect(free.monthly).toBeCloseTo(0.0416 * 730 * 2, 4);
    const standard = estimate("azurerm_kubernetes_cluster.aks", "eastus", {
      sku_tier: "Standard",
      default_node_pool: { name: "default", vm_size: "Standard_B2s", node_count: 2 },
    });
    expect(standard.monthly).toBeCloseTo(73 + 0.0416 * 730 * 2, 4);
    expect(
      estimate("azurerm_kubernetes_cluster.aks", "eastus", {
        sku_tier: "Premium",
        default_node_pool: { name: "default", vm_size: "Standard_B2s", node_count: 1 },
      }).monthly,
    ).toBeNull();
  });

  it("Azure SQL by sku_name", () => {
    expect(estimate("azurerm_mssql_database.db", "eastus", { sku_name: "S0" }).monthly).toBeCloseTo(
      0.020164 * 730,
      4,
    );
    const gp = estimate("azurerm_mssql_database.db", "eastus", { sku_name: "GP_Gen5_2", max_size_gb: 32 });
    expect(gp.monthly).toBeCloseTo(0.3044 * 730 + 2 * 0.09997 * 730 + 32 * 0.115, 4);
    const byol = estimate("azurerm_mssql_database.db", "eastus", {
      sku_name: "GP_Gen5_2",
      max_size_gb: 32,
      license_type: "BasePrice",
    });
    expect(byol.monthly).toBeCloseTo(0.3044 * 730 + 32 * 0.115, 4);
    expect(estimate("azurerm_mssql_database.db", "eastus", { sku_name: "P1" }).monthly).toBeNull();
    expect(estimate("azurerm_mssql_database.db", "westeurope", { sku_name: "S0" }).monthly).toBeNull();
  });

  it("managed disk by size tier", () => {
    expect(azureDiskTier("Premium_LRS", 100)).toBe("P10");
    expect(azureDiskTier("Standard_LRS", 10)).toBe("S4");
    expect(azureDiskTier("StandardSSD_LRS", 32)).toBe("E4");
    expect(azureDiskTier("UltraSSD_LRS", 32)).toBeUndefined();
    expect(
      estimate("azurerm_managed_disk.d", "eastus", { storage_account_type: "Premium_LRS", disk_size_gb: 128 })
        .monthly,
    ).toBe(19.71);
    expect(
      estimate("azurerm_managed_disk.d", "eastus", { storage_account_type: "Premium_LRS", disk_size_gb: 512 })
        .monthly,
    ).toBeNull();
  });

  it("Consumption plan is free by itself; function app is usage-based", () => {
    expect(estimate("azurerm_service_plan.plan", "eastus", { sku_name: "Y1" })).toEqual({
      monthly: 0,
      components: [],
    });
    expect(estimate("azurerm_service_plan.plan", "eastus", { sku_name: "P1v3" }).monthly).toBeNull();
    const idle = estimate("azurerm_linux_function_app.fn", "eastus");
    expect(idle.monthly).toBe(0);
    expect(idle.components.every((c) => c.usageBased)).toBe(true);
    const busy = estimate(
      "azurerm_linux_function_app.fn",
      "eastus",
      {},
      { monthly_requests: 2_000_000, average_duration_ms: 50, average_memory_mb: 200 },
    );
    // 50 ms bills as 100 ms, 200 MB as 256 MB: 2M × 0.1 s × 0.25 GB × $0.000016 + 2 × $0.20
    expect(busy.monthly).toBeCloseTo(0.8 + 0.4, 4);
  });

  it("public IP has no price in the data: unknown, not $0", () => {
    expect(estimate("azurerm_public_ip.ip", "eastus", { allocation_method: "Static" }).monthly).toBeNull();
  });
});

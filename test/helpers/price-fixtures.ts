/**
 * Realistic rows for the three public price APIs, written from their documented shapes:
 * - AWS offer CSV: five metadata rows, then the header, then a row per price dimension (AWS
 *   Billing user guide, "Reading the service price list file for an AWS service"). The EC2 header
 *   is the real column list of a 2025-09 AmazonEC2 offer as published in a public how-to; prices
 *   are list prices also in data/prices (m5.large us-east-1 0.096, eu-west-1 0.107, ...).
 * - Azure Retail Prices API items (Microsoft Learn, "Azure Retail Prices REST API overview",
 *   example response), prices from data/prices/regional/azure-vm.json.
 * - Cloud Billing Catalog SKUs (cloud.google.com/billing/docs/reference/rest/v1/services.skus),
 *   prices from data/prices/regional/gcp-disk-network.json.
 */
import { Readable } from "node:stream";

export const EC2_HEADER = [
  "SKU", "OfferTermCode", "RateCode", "TermType", "PriceDescription", "EffectiveDate", "StartingRange",
  "EndingRange", "Unit", "PricePerUnit", "Currency", "RelatedTo", "LeaseContractLength", "PurchaseOption",
  "OfferingClass", "Product Family", "serviceCode", "Location", "Location Type", "Instance Type",
  "Current Generation", "Instance Family", "vCPU", "Physical Processor", "Clock Speed", "Memory", "Storage",
  "Network Performance", "Processor Architecture", "Storage Media", "Volume Type", "Max Volume Size",
  "Max IOPS/volume", "Max IOPS Burst Performance", "Max throughput/volume", "Provisioned", "Tenancy",
  "EBS Optimized", "Operating System", "License Model", "Group", "Group Description", "Transfer Type",
  "From Location", "From Location Type", "To Location", "To Location Type", "usageType", "operation",
  "AvailabilityZone", "CapacityStatus", "ClassicNetworkingSupport", "Dedicated EBS Throughput", "ECU",
  "Elastic Graphics Type", "Enhanced Networking Supported", "From Region Code", "GPU", "GPU Memory", "Instance",
  "instanceSKU", "Intel AVX2 Available", "Intel AVX Available", "Intel Turbo Available", "MarketOption",
  "Normalization Size Factor", "Physical Cores", "Pre Installed S/W", "Processor Features", "Product Type",
  "Region Code", "Resource Type", "serviceName", "SnapshotArchiveFeeType", "To Region Code", "Volume API Name",
  "VPCNetworkingSupport",
]; // prettier-ignore

export const RDS_HEADER = [
  "SKU", "OfferTermCode", "RateCode", "TermType", "PriceDescription", "EffectiveDate", "StartingRange",
  "EndingRange", "Unit", "PricePerUnit", "Currency", "RelatedTo", "LeaseContractLength", "PurchaseOption",
  "OfferingClass", "Product Family", "serviceCode", "Location", "Location Type", "Instance Type",
  "Current Generation", "Instance Family", "vCPU", "Memory", "Storage", "Network Performance",
  "Processor Architecture", "Storage Media", "Volume Type", "Min Volume Size", "Max Volume Size",
  "Engine Code", "Database Engine", "Database Edition", "License Model", "Deployment Option", "Group",
  "Group Description", "usageType", "operation", "Region Code", "serviceName",
]; // prettier-ignore

export const LAMBDA_HEADER = [
  "SKU", "OfferTermCode", "RateCode", "TermType", "PriceDescription", "EffectiveDate", "StartingRange",
  "EndingRange", "Unit", "PricePerUnit", "Currency", "RelatedTo", "LeaseContractLength", "PurchaseOption",
  "OfferingClass", "Product Family", "serviceCode", "Location", "Location Type", "Group", "Group Description",
  "usageType", "operation", "Region Code", "serviceName",
]; // prettier-ignore

const quote = (v: string): string => (v === "" ? "" : `"${v.replace(/"/g, '""')}"`);

export function offerCsvHead(offerCode: string, publicationDate: string, header: string[]): string {
  const version = publicationDate.replace(/[-:TZ]/g, "");
  return (
    [
      ["FormatVersion", "v1.0"],
      [
        "Disclaimer",
        "This pricing list is for informational purposes only. All prices are subject to the additional terms included in the pricing pages on http://aws.amazon.com. All Free Tier prices are also subject to the terms included at https://aws.amazon.com/free/",
      ],
      ["Publication Date", publicationDate],
      ["Version", version],
      ["OfferCode", offerCode],
      header,
    ]
      .map((r) => r.map(quote).join(","))
      .join("\n") + "\n"
  );
}

export function csvRow(header: string[], values: Record<string, string>): string {
  return header.map((h) => quote(values[h] ?? "")).join(",") + "\n";
}

const LOCATIONS: Record<string, [string, string]> = {
  "us-east-1": ["US East (N. Virginia)", "USE1"],
  "eu-west-1": ["EU (Ireland)", "EU"],
  "us-west-2": ["US West (Oregon)", "USW2"],
};

let skuCounter = 0;
const sku = (): string => (++skuCounter).toString(36).toUpperCase().padStart(16, "Q");

export interface Ec2RowSpec {
  region: string;
  type: string;
  price: string;
  os?: string;
  tenancy?: string;
  software?: string;
  capacity?: string;
  term?: string;
  family?: string;
  locationType?: string;
  regionCode?: string;
  vcpu?: string;
  memory?: string;
}

export function ec2InstanceRow(s: Ec2RowSpec): string {
  const [location, prefix] = LOCATIONS[s.region] ?? [s.region, s.region.toUpperCase()];
  const os = s.os ?? "Linux";
  const tenancy = s.tenancy ?? "Shared";
  const usage = tenancy === "Shared" ? "BoxUsage" : "DedicatedUsage";
  const term = s.term ?? "OnDemand";
  const id = sku();
  return csvRow(EC2_HEADER, {
    SKU: id,
    OfferTermCode: term === "OnDemand" ? "JRTCKXETXF" : "4NA7Y494T4",
    RateCode: `${id}.JRTCKXETXF.6YS6EN2CT7`,
    TermType: term,
    PriceDescription: `$${s.price} per On Demand ${os} ${s.type} Instance Hour`,
    EffectiveDate: "2025-11-01",
    StartingRange: "0",
    EndingRange: "Inf",
    Unit: "Hrs",
    PricePerUnit: Number(s.price).toFixed(10),
    Currency: "USD",
    ...(term === "Reserved" && {
      LeaseContractLength: "1yr",
      PurchaseOption: "No Upfront",
      OfferingClass: "standard",
    }),
    "Product Family": s.family ?? "Compute Instance",
    serviceCode: "AmazonEC2",
    Location: location,
    "Location Type": s.locationType ?? "AWS Region",
    "Instance Type": s.type,
    "Current Generation": "Yes",
    vCPU: s.vcpu ?? "2",
    Memory: s.memory ?? "8 GiB",
    Storage: "EBS only",
    "Network Performance": "Up to 10 Gigabit",
    "Processor Architecture": "64-bit",
    Tenancy: tenancy,
    "Operating System": os,
    "License Model": "No License required",
    usageType: `${prefix}-${usage}:${s.type}`,
    operation: os === "Linux" ? "RunInstances" : "RunInstances:0002",
    CapacityStatus: s.capacity ?? "Used",
    MarketOption: "OnDemand",
    "Pre Installed S/W": s.software ?? "NA",
    "Region Code": s.regionCode ?? s.region,
    serviceName: "Amazon Elastic Compute Cloud",
  });
}

export function ebsRow(region: string, apiName: string, volumeType: string, price: string): string {
  const [location, prefix] = LOCATIONS[region] ?? [region, region.toUpperCase()];
  const id = sku();
  return csvRow(EC2_HEADER, {
    SKU: id,
    OfferTermCode: "JRTCKXETXF",
    RateCode: `${id}.JRTCKXETXF.6YS6EN2CT7`,
    TermType: "OnDemand",
    PriceDescription: `$${price} per GB-month of ${volumeType} provisioned storage - ${location}`,
    EffectiveDate: "2025-11-01",
    StartingRange: "0",
    EndingRange: "Inf",
    Unit: "GB-Mo",
    PricePerUnit: Number(price).toFixed(10),
    Currency: "USD",
    "Product Family": "Storage",
    serviceCode: "AmazonEC2",
    Location: location,
    "Location Type": "AWS Region",
    "Storage Media": apiName.startsWith("s") && apiName !== "standard" ? "HDD-backed" : "SSD-backed",
    "Volume Type": volumeType,
    usageType: `${prefix}-EBS:VolumeUsage.${apiName}`,
    operation: "",
    "Region Code": region,
    serviceName: "Amazon Elastic Compute Cloud",
    "Volume API Name": apiName,
  });
}

/** The AmazonEC2 offer of one region, with rows the filters must skip placed before the kept ones. */
export function ec2Offer(region: string, publicationDate: string): string {
  const prices: Record<string, Record<string, string>> = {
    "us-east-1": { "m5.large": "0.096", "t3.micro": "0.0104", "c6g.metal": "2.176" },
    "eu-west-1": { "m5.large": "0.107", "t3.micro": "0.0114" },
    "us-west-2": { "m5.large": "0.096", "t3.micro": "0.0104" },
  };
  const ebs: Record<string, Record<string, string>> = {
    "us-east-1": { gp2: "0.10", gp3: "0.08", io2: "0.125", st1: "0.045", sc1: "0.015", standard: "0.05" },
    "eu-west-1": { gp2: "0.11", gp3: "0.088" },
    "us-west-2": { gp2: "0.10", gp3: "0.08" },
  };
  let csv = offerCsvHead("AmazonEC2", publicationDate, EC2_HEADER);
  for (const [type, price] of Object.entries(prices[region] ?? {})) {
    const family = type.endsWith(".metal") ? "Compute Instance (bare metal)" : "Compute Instance";
    const r = { region, type, family };
    const priceN = Number(price);
    // Each of these differs from the kept row in exactly one filtered column.
    csv += ec2InstanceRow({ ...r, price: (priceN * 0.62).toFixed(4), term: "Reserved" });
    csv += ec2InstanceRow({ ...r, price: (priceN + 0.092).toFixed(4), os: "Windows" });
    csv += ec2InstanceRow({ ...r, price: (priceN + 0.06).toFixed(4), os: "RHEL" });
    csv += ec2InstanceRow({ ...r, price: (priceN * 1.1).toFixed(4), tenancy: "Dedicated" });
    csv += ec2InstanceRow({ ...r, price: (priceN + 0.12).toFixed(4), software: "SQL Web" });
    csv += ec2InstanceRow({ ...r, price: "0.0000000000", capacity: "UnusedCapacityReservation" });
    csv += ec2InstanceRow({ ...r, price: "0.0000000000", capacity: "AllocatedCapacityReservation" });
    if (region === "us-east-1") {
      csv += ec2InstanceRow({
        ...r,
        price: (priceN * 1.2).toFixed(4),
        locationType: "AWS Local Zone",
        regionCode: "us-east-1-bos-1",
      });
    }
    csv += ec2InstanceRow({ ...r, price });
  }
  csv += csvRow(EC2_HEADER, {
    SKU: sku(),
    TermType: "OnDemand",
    PriceDescription: "$0.005 per provisioned IOPS-month of gp3 - over 3000",
    Unit: "IOPS-Mo",
    PricePerUnit: "0.0050000000",
    Currency: "USD",
    "Product Family": "System Operation",
    Location: LOCATIONS[region]?.[0] ?? region,
    "Location Type": "AWS Region",
    Group: "EBS IOPS",
    "Region Code": region,
    "Volume API Name": "gp3",
  });
  for (const [api, price] of Object.entries(ebs[region] ?? {})) {
    const names: Record<string, string> = {
      gp2: "General Purpose",
      gp3: "General Purpose",
      io2: "Provisioned IOPS",
      st1: "Throughput Optimized HDD",
      sc1: "Cold HDD",
      standard: "Magnetic",
    };
    csv += ebsRow(region, api, names[api]!, price);
  }
  return csv;
}

export function rdsRow(values: Record<string, string>): string {
  const id = sku();
  return csvRow(RDS_HEADER, {
    SKU: id,
    OfferTermCode: "JRTCKXETXF",
    RateCode: `${id}.JRTCKXETXF.6YS6EN2CT7`,
    TermType: "OnDemand",
    EffectiveDate: "2025-11-01",
    StartingRange: "0",
    EndingRange: "Inf",
    Currency: "USD",
    serviceCode: "AmazonRDS",
    Location: "US East (N. Virginia)",
    "Location Type": "AWS Region",
    "Region Code": "us-east-1",
    serviceName: "Amazon Relational Database Service",
    ...values,
  });
}

export function rdsOffer(publicationDate: string): string {
  let csv = offerCsvHead("AmazonRDS", publicationDate, RDS_HEADER);
  const instance = (
    engine: string,
    cls: string,
    deployment: string,
    price: string,
    license = "No license required",
  ) =>
    rdsRow({
      PriceDescription: `$${price} per RDS ${cls} ${deployment} instance hour (or partial hour) running ${engine}`,
      Unit: "Hrs",
      PricePerUnit: Number(price).toFixed(10),
      "Product Family": "Database Instance",
      "Instance Type": cls,
      "Database Engine": engine,
      "License Model": license,
      "Deployment Option": deployment,
      usageType: `${deployment === "Multi-AZ" ? "Multi-AZUsage" : "InstanceUsage"}:${cls}`,
      operation: "CreateDBInstance:0014",
    });
  csv += instance("PostgreSQL", "db.t3.micro", "Single-AZ", "0.018");
  csv += instance("PostgreSQL", "db.t3.micro", "Multi-AZ", "0.036");
  csv += instance("PostgreSQL", "db.m5.large", "Single-AZ", "0.178");
  csv += instance("PostgreSQL", "db.m5.large", "Multi-AZ", "0.356");
  csv += instance("PostgreSQL", "db.m5d.large", "Multi-AZ (readable standbys)", "0.2645");
  csv += instance("MySQL", "db.t3.micro", "Single-AZ", "0.017");
  csv += instance("MySQL", "db.t3.micro", "Multi-AZ", "0.034");
  csv += instance("MariaDB", "db.t3.micro", "Single-AZ", "0.017");
  csv += instance("Aurora PostgreSQL", "db.r5.large", "Single-AZ", "0.29");
  csv += instance("Oracle", "db.t3.micro", "Single-AZ", "0.017", "Bring your own license");
  const storage = (volumeType: string, deployment: string, price: string, engine = "PostgreSQL") =>
    rdsRow({
      PriceDescription: `$${price} per GB-month of provisioned ${volumeType} storage running ${engine}`,
      Unit: "GB-Mo",
      PricePerUnit: Number(price).toFixed(10),
      "Product Family": "Database Storage",
      "Volume Type": volumeType,
      "Database Engine": engine,
      "Deployment Option": deployment,
      usageType: "RDS:GP2-Storage",
    });
  csv += storage("General Purpose", "Single-AZ", "0.115");
  csv += storage("General Purpose", "Multi-AZ", "0.23");
  csv += storage("General Purpose-GP3", "Single-AZ", "0.115");
  csv += storage("General Purpose-GP3", "Multi-AZ", "0.23");
  csv += storage("Provisioned IOPS", "Single-AZ", "0.125");
  csv += storage("General Purpose-Aurora", "Single-AZ", "0.10", "Aurora PostgreSQL");
  return csv;
}

export function lambdaOffer(publicationDate: string): string {
  let csv = offerCsvHead("AWSLambda", publicationDate, LAMBDA_HEADER);
  const row = (group: string, unit: string, price: string, start = "0", end = "Inf") => {
    const id = sku();
    return csvRow(LAMBDA_HEADER, {
      SKU: id,
      OfferTermCode: "JRTCKXETXF",
      RateCode: `${id}.JRTCKXETXF.6YS6EN2CT7`,
      TermType: "OnDemand",
      PriceDescription: `AWS Lambda - ${group} - US East (Northern Virginia)`,
      EffectiveDate: "2025-11-01",
      StartingRange: start,
      EndingRange: end,
      Unit: unit,
      PricePerUnit: price,
      Currency: "USD",
      "Product Family": "Serverless",
      serviceCode: "AWSLambda",
      Location: "US East (N. Virginia)",
      "Location Type": "AWS Region",
      Group: group,
      "Region Code": "us-east-1",
      serviceName: "AWS Lambda",
    });
  };
  csv += row("AWS-Lambda-Requests", "Requests", "0.0000002000");
  csv += row("AWS-Lambda-Edge-Requests", "Request", "0.0000006000");
  csv += row("AWS-Lambda-Duration", "Lambda-GB-Second", "0.0000150000", "6000000000", "15000000000");
  csv += row("AWS-Lambda-Duration", "Lambda-GB-Second", "0.0000166667", "0", "6000000000");
  csv += row("AWS-Lambda-Duration-ARM", "Lambda-GB-Second", "0.0000133334", "0", "7500000000");
  csv += row("AWS-Lambda-Storage-Duration", "GB-Seconds", "0.0000000309");
  return csv;
}

/**
 * A generated AmazonEC2 offer of about `bytes`, produced as it is read (the test server never holds
 * it either): mostly rows the filters skip, as in a real offer, plus `types` kept instance types.
 */
export function largeEc2Offer(region: string, bytes: number, types = 800): Readable {
  const head = offerCsvHead("AmazonEC2", "2026-11-20T19:30:37Z", EC2_HEADER);
  let produced = 0;
  let i = 0;
  let headSent = false;
  return new Readable({
    read() {
      if (!headSent) {
        headSent = true;
        produced += head.length;
        this.push(head);
        return;
      }
      if (produced >= bytes) {
        this.push(null);
        return;
      }
      let chunk = "";
      for (let n = 0; n < 200; n++, i++) {
        const kind = i % 10;
        // Every tenth row is a kept one, cycling through `types` instance types.
        const t = kind === 0 ? (i / 10) % types : i % types;
        const type = `m${t % 9}x.size${t}`;
        chunk +=
          kind === 0
            ? ec2InstanceRow({ region, type, price: (0.01 + t / 1000).toFixed(4) })
            : ec2InstanceRow({
                region,
                type,
                price: "0.5",
                ...(kind < 4
                  ? { term: "Reserved" }
                  : kind < 7
                    ? { os: "Windows" }
                    : { tenancy: "Dedicated" }),
              });
      }
      produced += chunk.length;
      this.push(chunk);
    },
  });
}

export interface AzureItem {
  currencyCode: string;
  tierMinimumUnits: number;
  retailPrice: number;
  unitPrice: number;
  armRegionName: string;
  location: string;
  effectiveStartDate: string;
  meterId: string;
  meterName: string;
  productId: string;
  skuId: string;
  productName: string;
  skuName: string;
  serviceName: string;
  serviceId: string;
  serviceFamily: string;
  unitOfMeasure: string;
  type: string;
  isPrimaryMeterRegion: boolean;
  armSkuName: string;
  reservationTerm?: string;
}

const AZURE_LOCATIONS: Record<string, string> = {
  westeurope: "EU West",
  eastus: "US East",
  northeurope: "EU North",
};

export function azureItem(
  region: string,
  armSkuName: string,
  price: number,
  opts: { windows?: boolean; spot?: boolean; lowPriority?: boolean; type?: string; effective?: string } = {},
): AzureItem {
  const short = armSkuName.replace(/^Standard_/, "").replace(/_/g, " ");
  const series = /^([A-Z]+)\d+[a-z]*(?:\s(v\d))?/.exec(short);
  const seriesName = `${series?.[1] ?? ""}${short.includes("s") ? "s" : ""}${series?.[2] ?? ""} Series`;
  const skuName = `${short}${opts.spot ? " Spot" : opts.lowPriority ? " Low Priority" : ""}`;
  return {
    currencyCode: "USD",
    tierMinimumUnits: 0,
    retailPrice: price,
    unitPrice: price,
    armRegionName: region,
    location: AZURE_LOCATIONS[region] ?? region,
    effectiveStartDate: opts.effective ?? "2025-05-01T00:00:00Z",
    meterId: `0000${skuName.length}-aaaa-bbbb-cccc-${region.length}`,
    meterName: skuName,
    productId: "DZH318Z0BQPS",
    skuId: `DZH318Z0BQPS/00${skuName.length}`,
    productName: `Virtual Machines ${seriesName}${opts.windows ? " Windows" : ""}`,
    skuName,
    serviceName: "Virtual Machines",
    serviceId: "DZH313Z7MMC8",
    serviceFamily: "Compute",
    unitOfMeasure: "1 Hour",
    type: opts.type ?? "Consumption",
    isPrimaryMeterRegion: true,
    armSkuName,
    ...(opts.type === "Reservation" && { reservationTerm: "1 Year" }),
  };
}

export function azureCatalog(): AzureItem[] {
  const items: AzureItem[] = [];
  const linux: Record<string, Record<string, number>> = {
    westeurope: { Standard_D2s_v5: 0.115, Standard_B2s: 0.048, Standard_E4s_v5: 0.304 },
    eastus: { Standard_D2s_v5: 0.096, Standard_B2s: 0.0416, Standard_E4s_v5: 0.252 },
    northeurope: { Standard_D2s_v5: 0.107, Standard_B2s: 0.045 },
  };
  for (const [region, sizes] of Object.entries(linux)) {
    for (const [size, price] of Object.entries(sizes)) {
      items.push(azureItem(region, size, Number((price * 1.75).toFixed(3)), { windows: true }));
      items.push(azureItem(region, size, Number((price * 0.2).toFixed(4)), { spot: true }));
      items.push(azureItem(region, size, Number((price * 0.2).toFixed(4)), { lowPriority: true }));
      items.push(azureItem(region, size, Number((price * 5000).toFixed(0)), { type: "Reservation" }));
      items.push(
        azureItem(region, size, price, {
          effective: size === "Standard_B2s" ? "2025-09-01T00:00:00Z" : undefined,
        }),
      );
    }
  }
  return items;
}

export interface GcpSkuFixture {
  name: string;
  skuId: string;
  description: string;
  category: { serviceDisplayName: string; resourceFamily: string; resourceGroup: string; usageType: string };
  serviceRegions: string[];
  pricingInfo: {
    summary: string;
    pricingExpression: {
      usageUnit: string;
      displayQuantity: number;
      tieredRates: {
        startUsageAmount: number;
        unitPrice: { currencyCode: string; units: string; nanos: number };
      }[];
      usageUnitDescription: string;
      baseUnit: string;
      baseUnitDescription: string;
      baseUnitConversionFactor: number;
    };
    currencyConversionRate: number;
    effectiveTime: string;
  }[];
  serviceProviderName: string;
}

const REGION_NAMES: Record<string, string> = { "us-central1": "Americas", "europe-west1": "Belgium" };

export function gcpSku(
  region: string | string[],
  description: string,
  family: string,
  group: string,
  unit: "GiBy.mo" | "h",
  tiers: number[],
  usageType = "OnDemand",
): GcpSkuFixture {
  const regions = Array.isArray(region) ? region : [region];
  const id = `${(++skuCounter).toString(16).toUpperCase().padStart(4, "0")}-${description.length.toString(16).toUpperCase().padStart(4, "0")}-1F2E`;
  return {
    name: `services/6F81-5844-456A/skus/${id}`,
    skuId: id,
    description,
    category: {
      serviceDisplayName: "Compute Engine",
      resourceFamily: family,
      resourceGroup: group,
      usageType,
    },
    serviceRegions: regions,
    pricingInfo: [
      {
        summary: "",
        pricingExpression: {
          usageUnit: unit,
          displayQuantity: 1,
          tieredRates: tiers.map((p, i) => ({
            startUsageAmount: i,
            unitPrice: {
              currencyCode: "USD",
              units: String(Math.floor(p)),
              nanos: Math.round((p % 1) * 1e9),
            },
          })),
          usageUnitDescription: unit === "h" ? "hour" : "gibibyte month",
          baseUnit: unit === "h" ? "s" : "By.s",
          baseUnitDescription: unit === "h" ? "second" : "byte second",
          baseUnitConversionFactor: unit === "h" ? 3600 : 2.8759101014016e15,
        },
        currencyConversionRate: 1,
        effectiveTime: "2026-12-02T08:00:00.000Z",
      },
    ],
    serviceProviderName: "Google",
  };
}

export function gcpCatalog(): GcpSkuFixture[] {
  const out: GcpSkuFixture[] = [];
  for (const region of ["us-central1", "europe-west1"]) {
    const where = region === "us-central1" ? "" : ` in ${REGION_NAMES[region]}`;
    out.push(gcpSku(region, `Storage PD Capacity${where}`, "Storage", "PDStandard", "GiBy.mo", [0.04]));
    out.push(
      gcpSku(region, `Regional Storage PD Capacity${where}`, "Storage", "PDStandard", "GiBy.mo", [0.08]),
    );
    out.push(gcpSku(region, `Balanced PD Capacity${where}`, "Storage", "SSD", "GiBy.mo", [0.1]));
    out.push(gcpSku(region, `Regional Balanced PD Capacity${where}`, "Storage", "SSD", "GiBy.mo", [0.2]));
    out.push(gcpSku(region, `SSD backed PD Capacity${where}`, "Storage", "SSD", "GiBy.mo", [0.17]));
    out.push(gcpSku(region, `Regional SSD backed PD Capacity${where}`, "Storage", "SSD", "GiBy.mo", [0.34]));
    out.push(gcpSku(region, `Storage PD Snapshot${where}`, "Storage", "PDSnapshot", "GiBy.mo", [0.05]));
    out.push(gcpSku(region, `SSD backed Local Storage${where}`, "Storage", "LocalSSD", "GiBy.mo", [0.08]));
    out.push(
      gcpSku(region, `SSD backed Local Storage attached to Spot Preemptible VMs${where}`, "Storage", "LocalSSD", "GiBy.mo", [0.048], "Preemptible"),
    ); // prettier-ignore
    out.push(
      gcpSku(
        region,
        `Commitment v1: Local SSD${where}`,
        "Storage",
        "LocalSSD",
        "GiBy.mo",
        [0.05],
        "Commit1Yr",
      ),
    );
    out.push(gcpSku(region, `N2 Instance Core running${where}`, "Compute", "N2Standard", "h", [0.031611]));
  }
  const both = ["us-central1", "europe-west1", "asia-east1"];
  out.push(gcpSku(both, "External IP Charge on a Standard VM", "Network", "IpAddress", "h", [0, 0.005]));
  out.push(
    gcpSku(both, "External IP Charge on a Spot Preemptible VM", "Network", "IpAddress", "h", [0.0025]),
  );
  out.push(gcpSku(both, "Static Ip Charge", "Network", "IpAddress", "h", [0.01]));
  out.push(gcpSku(["global"], "Network Internet Egress from Americas to China", "Network", "PremiumInternetEgress", "h", [0.23])); // prettier-ignore
  return out;
}

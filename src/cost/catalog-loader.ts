/**
 * Loads the price catalog from `data/prices/`. Each file is read and validated on first use only,
 * so pricing one cloud never parses another cloud's table (the GCP one is 500 KB).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { packagePath } from "../paths.js";
import type { Cloud } from "../spec/model.js";
import type { HourlyPrice, MachineCatalog, ManagedPrice, PriceCatalog } from "./catalog.js";
import type { PriceSource } from "./model.js";
import { citation, priceDate, priceSource } from "./price-source.js";
import { azureRegionKey } from "./regions.js";

export const PRICE_FILES = {
  "aws-ec2": "aws-ec2-us-east-1.json",
  "gcp-compute": "gcp-compute.json",
  "azure-vm": "azure-vm.json",
  managed: "managed-services.json",
} as const;

const hourlyByRegion = z.record(z.string(), z.number().nonnegative());

const awsEc2File = z.object({
  region: z.string(),
  source: z.string(),
  as_of: z.string(),
  prices: z.record(z.string(), z.number().nonnegative()),
});

const gcpComputeFile = z.object({
  source: z.string(),
  as_of: z.string(),
  machine_types: z.record(z.string(), z.object({ hourly: hourlyByRegion })),
});

const azureVmFile = z.object({
  as_of: z.string(),
  sizes: z.record(
    z.string(),
    z.object({
      source: z.string(),
      hourly: hourlyByRegion,
      /** Per-region "<commit> (generated <date>)" when a size's regions come from different generations. */
      hourly_source_commit: z.record(z.string(), z.string()).optional(),
    }),
  ),
});

const managedFile = z.object({
  entries: z.array(
    z.object({
      provider: z.enum(["aws", "gcp", "azure"]),
      service: z.string(),
      resource_type: z.string(),
      component: z.string(),
      unit: z.string(),
      price: z.number().nonnegative(),
      region: z.string(),
      source: z.string(),
      as_of: z.string().optional(),
      per_1m: z.number().nonnegative().optional(),
      corroboration: z.string().optional(),
    }),
  ),
});

/** A machine table reduced to what lookups need: size → region → hourly price with its source. */
interface MachineTable {
  hourly(size: string, region: string): HourlyPrice | undefined;
  sizes: ReadonlySet<string>;
}

export type ReadText = (path: string) => string;

const readUtf8: ReadText = (path) => readFileSync(path, "utf8");

/**
 * A catalog over the price files in `dir`. `readText` is how a file is read (tests count reads);
 * a missing or malformed file throws, naming the file, when a price from it is first needed.
 */
export function loadPriceCatalog(
  dir: string = packagePath("data", "prices"),
  readText: ReadText = readUtf8,
): PriceCatalog {
  function parse<T>(file: string, schema: z.ZodType<T>): T {
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readText(path));
    } catch (err) {
      throw new Error(`cannot read price data ${path}: ${(err as Error).message}`, { cause: err });
    }
    const result = schema.safeParse(raw);
    if (!result.success) throw new Error(`invalid price data ${path}: ${z.prettifyError(result.error)}`);
    return result.data;
  }

  const machines: Record<MachineCatalog, () => MachineTable> = {
    "aws-ec2": lazy(() => awsTable(parse(PRICE_FILES["aws-ec2"], awsEc2File))),
    "gcp-compute": lazy(() => gcpTable(parse(PRICE_FILES["gcp-compute"], gcpComputeFile))),
    "azure-vm": lazy(() => azureTable(parse(PRICE_FILES["azure-vm"], azureVmFile))),
  };
  const managed = lazy(() => managedPrices(parse(PRICE_FILES.managed, managedFile)));

  return {
    machineHourly: (catalog, region, size) => machines[catalog]().hourly(size, region),
    hasMachineSize: (catalog, size) => machines[catalog]().sizes.has(size),
    managedPrices: (cloud: Cloud, service: string) =>
      managed().filter((p) => p.cloud === cloud && p.service === service),
  };
}

function lazy<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}

function toMap<V>(record: Record<string, V>): Map<string, V> {
  return new Map(Object.entries(record));
}

function awsTable(file: z.infer<typeof awsEc2File>): MachineTable {
  const prices = toMap(file.prices);
  const source = priceSource(file.source, file.as_of);
  return {
    sizes: new Set(prices.keys()),
    // The file holds one region; any other region is unknown, not priced like it.
    hourly: (size, region) => {
      const price = region === file.region ? prices.get(size) : undefined;
      return price === undefined ? undefined : { price, source };
    },
  };
}

function gcpTable(file: z.infer<typeof gcpComputeFile>): MachineTable {
  const types = toMap(file.machine_types);
  const source = priceSource(file.source, file.as_of);
  return {
    sizes: new Set(types.keys()),
    hourly: (size, region) => {
      const type = types.get(size);
      const price = type ? toMapCached(type.hourly).get(region) : undefined;
      return price === undefined ? undefined : { price, source };
    },
  };
}

function azureTable(file: z.infer<typeof azureVmFile>): MachineTable {
  const sizes = toMap(file.sizes);
  return {
    sizes: new Set(sizes.keys()),
    hourly: (size, region) => {
      const entry = sizes.get(size);
      const key = azureRegionKey(region);
      const price = entry ? toMapCached(entry.hourly).get(key) : undefined;
      if (!entry || price === undefined) return undefined;
      return { price, source: azureSource(entry, key, file.as_of) };
    },
  };
}

function azureSource(
  entry: z.infer<typeof azureVmFile>["sizes"][string],
  region: string,
  fileAsOf: string,
): PriceSource {
  const commit = entry.hourly_source_commit ? toMapCached(entry.hourly_source_commit).get(region) : undefined;
  if (!commit) return priceSource(entry.source, fileAsOf);
  const [sha] = commit.split(" ");
  return { source: `${citation(entry.source)} @ ${sha}`, asOf: priceDate(undefined, commit) };
}

// Region tables are looked up repeatedly during one estimate; convert each record to a Map once.
const mapCache = new WeakMap<object, Map<string, unknown>>();
function toMapCached<V>(record: Record<string, V>): Map<string, V> {
  let map = mapCache.get(record);
  if (!map) mapCache.set(record, (map = toMap(record)));
  return map as Map<string, V>;
}

function managedPrices(file: z.infer<typeof managedFile>): ManagedPrice[] {
  return file.entries.map((e) => ({
    cloud: e.provider,
    service: e.service,
    resourceType: e.resource_type,
    component: e.component,
    unit: e.unit,
    price: e.price,
    region: e.region,
    ...(e.per_1m !== undefined && { per1m: e.per_1m }),
    source: priceSource(e.source, priceDate(e.as_of, e.source, e.corroboration)),
  }));
}

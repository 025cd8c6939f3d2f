/**
 * The price catalog: sourced price facts from `data/prices/` (and a newer cache of the regional
 * files, when there is one), loaded lazily per file so that a plan that prices only AWS never
 * parses the GCP table.
 */
import type { Cloud } from "../spec/model.js";
import type { PriceSource } from "./model.js";
import type { PriceTableName } from "./price-files.js";

export type { PriceTableName } from "./price-files.js";

export type MachineCatalog = "aws-ec2" | "gcp-compute" | "azure-vm";

export interface HourlyPrice {
  /** USD per hour. */
  price: number;
  source: PriceSource;
}

/**
 * One managed-service price fact (EKS control plane, NAT gateway hour, Lambda requests...), as
 * given in `managed-services.json`. `resourceType` and `component` are the data's own descriptive
 * labels; estimators select entries by them.
 */
export interface ManagedPrice {
  cloud: Cloud;
  /** The data's service key: "eks", "rds", "cloud_sql", "aks"... */
  service: string;
  /** e.g. "aws_db_instance (engine=postgres)". */
  resourceType: string;
  /** e.g. "Database instance (on-demand, Single-AZ, db.t3.micro)". */
  component: string;
  /** Billing unit as the data gives it: "hour", "GB-month", "1M requests", "GB-second"... */
  unit: string;
  /** USD per unit. */
  price: number;
  /** The one region the price was observed in. */
  region: string;
  /** USD per million units, when the data gives it (per-invocation prices). */
  per1m?: number;
  source: PriceSource;
}

export interface PriceCatalog {
  /**
   * Identifies the price data in use (a sha256 over the manifests of the bundled data and of the
   * cache entries that can take precedence); plans carry it, so new prices make old plans stale.
   */
  readonly version: string;
  /** Hourly on-demand price of a machine size in a region, or undefined when not in the data. */
  machineHourly(catalog: MachineCatalog, region: string, size: string): HourlyPrice | undefined;
  /** Whether the size exists in the catalog in any region (used to reject unknown sizes). */
  hasMachineSize(catalog: MachineCatalog, size: string): boolean;
  /** Every managed-service price of one service, in whatever region the data has it. */
  managedPrices(cloud: Cloud, service: string): readonly ManagedPrice[];
  /**
   * One price from a regional table (`rds-instance`, `ebs`, `gcp-network`...; see PriceTableName
   * for the row keys), from the cache when it is newer for that region, or undefined.
   */
  regionalPrice(table: PriceTableName, region: string, key: string): HourlyPrice | undefined;
  /** Regions the table has prices for, sorted; for saying what the data covers. */
  regionsOf(table: PriceTableName | MachineCatalog): readonly string[];
}

/**
 * The price catalog: sourced price facts from `data/prices/`, loaded lazily per file so that a
 * plan that prices only AWS never parses the GCP table.
 */
import type { PriceSource } from "./model.js";

export type MachineCatalog = "aws-ec2" | "gcp-compute" | "azure-vm";

export interface HourlyPrice {
  /** USD per hour. */
  price: number;
  source: PriceSource;
}

export interface PriceCatalog {
  /** Hourly on-demand price of a machine size in a region, or undefined when not in the data. */
  machineHourly(catalog: MachineCatalog, region: string, size: string): HourlyPrice | undefined;
  /** Whether the size exists in the catalog in any region (used to reject unknown sizes). */
  hasMachineSize(catalog: MachineCatalog, size: string): boolean;
}

/**
 * The regional price files: their names, their JSON shapes and the price tables each one holds.
 * `prices update` writes files of exactly these names and shapes into the cache directory, so the
 * schemas here are the contract for both the bundled `data/prices/` and the cache.
 */
import type { PriceSource } from "./model.js";
/** Regional files, by the name they have in `data/prices/` and in the cache. */
export declare const REGIONAL_FILES: {
    readonly "aws-ec2": "aws-ec2.json";
    readonly "aws-rds": "aws-rds.json";
    readonly "aws-ebs": "aws-ebs.json";
    readonly "aws-lambda": "aws-lambda.json";
    readonly "azure-vm": "azure-vm.json";
    readonly "gcp-disk-network": "gcp-disk-network.json";
};
export type RegionalFileKey = keyof typeof REGIONAL_FILES;
/**
 * A price table of one regional file, looked up by region and a row key:
 * - `aws-ec2`: instance type; `azure-vm`: VM size;
 * - `rds-instance`: `<engine>/<class>/<single_az|multi_az>`; `rds-storage`: `<type>_<single_az|multi_az>`;
 * - `ebs`, `lambda`, `gcp-disk`, `gcp-network`: the file's own keys (`gp3`, `requests_per_1m`,
 *   `balanced`, `external_ip_in_use_per_hour`...).
 */
export type PriceTableName = "aws-ec2" | "rds-instance" | "rds-storage" | "ebs" | "lambda" | "azure-vm" | "gcp-disk" | "gcp-network";
export declare const TABLE_FILE: Readonly<Record<PriceTableName, RegionalFileKey>>;
export interface TablePrice {
    price: number;
    source: PriceSource;
}
export interface PriceTable {
    /** Regions with at least one price in this table. */
    readonly regions: ReadonlySet<string>;
    get(region: string, key: string): TablePrice | undefined;
    /** Whether any region has the key (an instance type that exists somewhere). */
    hasKey(key: string): boolean;
    /** Validates every row now; throws PriceShapeError. */
    checkAll(): void;
}
/** A parsed regional file: its tables, plus corrections it states about other files. */
export interface RegionalData {
    tables: Partial<Record<PriceTableName, PriceTable>>;
    /**
     * `aws-ec2.json` only: bare-metal types whose price in `aws-ec2-us-east-1.json` is known to be
     * the Dedicated-tenancy price; its own us-east-1 value is used for them instead.
     */
    corrects?: ReadonlySet<string>;
}
export declare class PriceShapeError extends Error {
}
/** Validates a parsed file, or says why it does not fit; `eager` checks every row now. */
export declare function parseRegional(key: RegionalFileKey, raw: unknown, options?: {
    sourceOverride?: PriceSource;
    eager?: boolean;
}): RegionalData | string;

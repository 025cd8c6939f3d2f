import type { PriceCatalog } from "./catalog.js";
/** The bundled-only files (the regional ones are REGIONAL_FILES). */
export declare const PRICE_FILES: {
    readonly "aws-ec2": "aws-ec2.json";
    readonly "aws-rds": "aws-rds.json";
    readonly "aws-ebs": "aws-ebs.json";
    readonly "aws-lambda": "aws-lambda.json";
    readonly "azure-vm": "azure-vm.json";
    readonly "gcp-disk-network": "gcp-disk-network.json";
    /** Karpenter's us-east-1 EC2 table: newer than `aws-ec2.json`, one region. */
    readonly "aws-ec2-us-east-1": "aws-ec2-us-east-1.json";
    readonly "gcp-compute": "gcp-compute.json";
    readonly managed: "managed-services.json";
};
export type ReadText = (path: string) => string;
export interface PriceCatalogOptions {
    /** How a file is read (tests count reads). */
    readText?: ReadText;
    /** Where a warning about an ignored cache file goes. */
    warn?: (message: string) => void;
}
/** `data/prices/` of the installed package. */
export declare function bundledPriceDir(): string;
/**
 * A catalog over price directories: `dirs[0]` is the bundled data, any further directory a cache
 * of regional files with a manifest. A missing or malformed bundled file throws, naming the file,
 * when a price from it is first needed; a bad cache file is only ignored.
 */
export declare function loadPriceCatalog(dirs?: string | readonly string[], options?: PriceCatalogOptions | ReadText): PriceCatalog;

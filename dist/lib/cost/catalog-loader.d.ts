import type { PriceCatalog } from "./catalog.js";
export declare const PRICE_FILES: {
    readonly "aws-ec2": "aws-ec2-us-east-1.json";
    readonly "gcp-compute": "gcp-compute.json";
    readonly "azure-vm": "azure-vm.json";
    readonly managed: "managed-services.json";
};
export type ReadText = (path: string) => string;
/**
 * A catalog over the price files in `dir`. `readText` is how a file is read (tests count reads);
 * a missing or malformed file throws, naming the file, when a price from it is first needed.
 */
export declare function loadPriceCatalog(dir?: string, readText?: ReadText): PriceCatalog;

import type { PriceCatalog } from "../cost/catalog.js";
import { type UsageRangeTable } from "../cost/index.js";
import { type PolicyConfig, type PolicyConfigInput } from "../policy/index.js";
import { type TerraformReview } from "./model.js";
export interface ReviewOptions {
    /** The plan file as the user named it, for messages and the review. */
    file: string;
    catalog: PriceCatalog;
    policies?: PolicyConfig | PolicyConfigInput;
    usageRanges?: UsageRangeTable;
    /** A label for the environment (policy rules limited to environments match it). */
    environment?: string;
    /** Where to price; the AWS provider's constant `region` in the plan's configuration otherwise. */
    region?: string;
}
export declare const DEFAULT_REVIEW_ENVIRONMENT = "terraform";
export declare function sha256OfBytes(bytes: Uint8Array | string): string;
export declare function reviewTerraformPlanBytes(bytes: Uint8Array | string, opts: ReviewOptions): TerraformReview;

import type { ProviderName } from "../spec/model.js";
import type { StateInstance } from "./state.js";
export interface ImportOptions {
    environment: string;
    /** Overrides the region read from the state (ARNs, zones, locations). */
    region?: string;
    /** The spec's path as messages name it. */
    file: string;
}
export interface ImportedResource {
    /** Terraform's address(es) and the spec address they became. */
    from: string[];
    address: string;
    ids: string[];
}
export interface ImportResult {
    text: string;
    provider: ProviderName;
    region: string;
    imported: ImportedResource[];
    skipped: {
        address: string;
        reason: string;
    }[];
}
export declare function importTerraformState(instances: StateInstance[], opts: ImportOptions): ImportResult;

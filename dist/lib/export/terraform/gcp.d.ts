/** Terraform mappings of the GCP types (hashicorp/google 6.x): flattened blocks nest again. */
import { type TfType } from "./model.js";
export declare const gcpTerraform: Record<string, TfType>;

import { type Cloud } from "../spec/model.js";
import { type ExportFormat } from "./format.js";
/** Provider pins: the AWS one is the version the CI image mirrors; the others the current major. */
export declare const TERRAFORM_PROVIDERS: Readonly<Record<Cloud, {
    name: string;
    source: string;
    version: string;
}>>;
/** Escapes Terraform's template sequences so a string stays literal. */
export declare function escapeTemplate(s: string): string;
export declare const terraformFormat: ExportFormat;

import { type ExportFormat } from "./format.js";
export declare const ARM_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
/** A literal string ARM would otherwise evaluate: `[x]` means an expression, `[[x]` the text `[x]`. */
export declare function armLiteral(value: string): string;
export declare const armFormat: ExportFormat;

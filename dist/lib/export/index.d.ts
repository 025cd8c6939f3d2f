import type { ExportFormat } from "./format.js";
export type { ExportFormat, ExportOptions } from "./format.js";
export { UnsupportedTypeError } from "./format.js";
export declare function registerExportFormat(format: ExportFormat): void;
export declare function exportFormatNames(): string[];
/** The format named `name`, or an error listing the valid ones. */
export declare function getExportFormat(name: string): ExportFormat;

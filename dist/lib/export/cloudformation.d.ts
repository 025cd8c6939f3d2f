import { type ExportFormat } from "./format.js";
/**
 * Logical ids for every instance and each one's extras. Distinct addresses can squash to the
 * same id (`web_1` and `web-1`, or `web1[2]` and `web12`): those get a digest of the address.
 */
export declare function logicalIds(addresses: readonly string[], suffixes?: readonly string[]): Map<string, string>;
export declare const cloudformationFormat: ExportFormat;

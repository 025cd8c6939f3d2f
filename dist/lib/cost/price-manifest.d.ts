import { z } from "zod";
export declare const MANIFEST_FILE = "manifest.json";
declare const manifestEntry: z.ZodObject<{
    sha256: z.ZodString;
    as_of: z.ZodString;
    source: z.ZodString;
    fetched_at: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const manifestSchema: z.ZodObject<{
    format: z.ZodLiteral<1>;
    files: z.ZodRecord<z.ZodString, z.ZodObject<{
        sha256: z.ZodString;
        as_of: z.ZodString;
        source: z.ZodString;
        fetched_at: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof manifestEntry>;
export declare function sha256Hex(bytes: string | Buffer): string;
/** The manifest in `text`, or why it is not one. */
export declare function parseManifest(text: string): Manifest | string;
/** Whether `asOf` is an ISO date ("2026-12-01") or UTC time ("2026-12-01T06:00:00Z"). */
export declare function isIsoDate(asOf: string): boolean;
/**
 * A price date as milliseconds for comparison; "undated" and anything unreadable sort before every
 * real date, so that a dated price always wins over an undated one. Dates without a zone (the GCP
 * file prints "Thu Jul 30 06:13:17 2026") are read as UTC.
 */
export declare function dateValue(asOf: string | undefined): number;
export {};

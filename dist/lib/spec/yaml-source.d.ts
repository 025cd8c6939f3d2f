import type { z } from "zod";
import { SpecError, type SourceLocation } from "./errors.js";
export type FieldPath = readonly (string | number)[];
export interface YamlSource {
    file: string;
    /** The document as plain data (maps to objects, sequences to arrays). */
    data: unknown;
    /** Where the value at `path` is; with `key: true`, where its key is. Falls back to the nearest ancestor. */
    locate(path: FieldPath, opts?: {
        key?: boolean;
    }): SourceLocation;
    /** A SpecError pointing at `path`, with the path rendered as the field name. */
    error(path: FieldPath, reason: string, opts?: {
        key?: boolean;
    }): SpecError;
}
export declare function formatFieldPath(path: FieldPath): string;
/**
 * Reads `text` as YAML. Specs in the common subset are read by the fast reader, and the document
 * with source positions is built only when an error needs a line and column; anything else goes
 * through the `yaml` library straight away, which also reports syntax errors.
 */
export declare function parseYamlSource(text: string, file: string): YamlSource;
/**
 * Converts the first zod issue into a located SpecError. Unknown keys point at the key itself so
 * the line is the one the user has to delete or fix.
 */
export declare function zodIssueToError(source: YamlSource, error: z.ZodError, prefix?: FieldPath): SpecError;

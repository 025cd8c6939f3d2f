import type { Value } from "../spec/model.js";
export type PlainObject = {
    [key: string]: Value;
};
export declare function isPlainObject(v: unknown): v is PlainObject;
export declare function deepEqual(a: unknown, b: unknown): boolean;
/** A scalar as it appears after `=`. Strings are JSON-quoted so control characters cannot break a line. */
export declare function formatScalar(v: unknown): string;
/** Object keys bare when they are identifiers; map keys (tags) are always quoted, as Terraform does. */
export declare function formatKey(key: string, quoted: boolean): string;
/** A whole value on one line, for places that have no room for a block (drift lists, tables). */
export declare function formatInline(v: unknown): string;
/**
 * Every string in a value with its control characters made visible (ESC becomes "␛"), so text from
 * the cloud, a spec or a policy cannot carry terminal escape codes or carriage returns into output.
 * Newlines and tabs are kept. Parts with nothing to scrub are returned as they are rather than
 * copied: a plan of 100,000 changes is mostly clean, and copying it all cost a second.
 */
export declare function scrubControls<T>(value: T): T;

/**
 * Optional properties the spec left out at create, which the cloud then fills in. They are
 * recorded on the resource and left out again when it is read, so live state matches the spec.
 */
import type { Attributes } from "../spec/model.js";
/** Which of `candidates` (dotted paths) `attributes` leaves out. */
export declare function omittedPaths(attributes: Attributes, candidates: readonly string[]): string[];
/** `attributes` without the given dotted paths. */
export declare function withoutPaths(attributes: Attributes, paths: readonly string[]): Attributes;

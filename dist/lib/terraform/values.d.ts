/**
 * Terraform's values with its side structures applied: `after_unknown` marks what only apply will
 * know, `before_sensitive`/`after_sensitive` what must never be shown. The marks mirror the value
 * (`true` at a leaf or at a whole subtree), so one walk applies both. Sensitive wins over unknown:
 * nothing about a secret is shown, not even that it is yet to come.
 */
import type { Value } from "../spec/model.js";
type Marks = unknown;
/**
 * `value` with every unknown part replaced by UNKNOWN_VALUE and every sensitive part by
 * SENSITIVE_VALUE. Attributes Terraform left out of `after` because they are unknown come back as
 * UNKNOWN_VALUE, so a reader sees that they are coming.
 */
export declare function markValue(value: unknown, unknown: Marks, sensitive: Marks): Value;
/** The marked attributes of one side of a change, or null where the resource does not exist. */
export declare function markedAttributes(value: unknown, unknown: Marks, sensitive: Marks): Record<string, Value> | null;
export declare function isUnknown(value: Value | undefined): boolean;
export {};

import { type SpecLimits } from "./limits.js";
import { type Attributes, type ResolvedEnvironment, type Value } from "./model.js";
/** Instances one resource may have, whatever `limits.max_resources` allows in total. */
export declare const MAX_COUNT = 10000;
/**
 * Parses and checks a spec. `limits` (config's `limits:`, defaults when absent) are enforced before
 * the work they bound: the text's size before it is parsed, the resource count before `count` is
 * expanded or anything is validated.
 */
export declare function parseEnvironment(text: string, file: string, limits?: Partial<SpecLimits>): ResolvedEnvironment;
/** Refuses a spec of `bytes` bytes over `maxSpecBytes`; exported so a file can be refused unread. */
export declare function checkSpecBytes(bytes: number, file: string, maxSpecBytes: number): void;
/** Every `ref(...)` target in a value, depth first. */
export declare function collectRefs(value: Value | Attributes): string[];

import { type Attributes, type ResolvedEnvironment, type Value } from "./model.js";
export declare function parseEnvironment(text: string, file: string): ResolvedEnvironment;
/** Every `ref(...)` target in a value, depth first. */
export declare function collectRefs(value: Value | Attributes): string[];

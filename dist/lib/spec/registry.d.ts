/**
 * The resource type registry: every type a spec may use, across all clouds. Supporting a new type
 * means adding an entry to its cloud's file under `types/`; nothing else in the core switches on
 * type names.
 */
import type { Cloud, ResourceTypeDef } from "./model.js";
/** Adds a type (SDK users can register their own); a name can be registered once. */
export declare function registerResourceType(def: ResourceTypeDef): void;
export declare function getResourceType(type: string): ResourceTypeDef | undefined;
export declare function resourceTypes(cloud?: Cloud): ResourceTypeDef[];

/**
 * The resource type registry: every type a spec may use, across all clouds. Supporting a new type
 * means adding an entry to its cloud's file under `types/`; nothing else in the core switches on
 * type names.
 */
import type { Cloud, ResourceTypeDef } from "./model.js";
import { awsTypes } from "./types/aws.js";
import { azureTypes } from "./types/azure.js";
import { gcpTypes } from "./types/gcp.js";

const registry = new Map<string, ResourceTypeDef>();

/** Adds a type (SDK users can register their own); a name can be registered once. */
export function registerResourceType(def: ResourceTypeDef): void {
  if (registry.has(def.type)) throw new Error(`resource type ${def.type} is registered twice`);
  registry.set(def.type, def);
}

for (const def of [...awsTypes, ...gcpTypes, ...azureTypes]) registerResourceType(def);

export function getResourceType(type: string): ResourceTypeDef | undefined {
  return registry.get(type);
}

export function resourceTypes(cloud?: Cloud): ResourceTypeDef[] {
  const all = [...registry.values()];
  return cloud ? all.filter((d) => d.cloud === cloud) : all;
}

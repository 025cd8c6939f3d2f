import { awsTypes } from "./types/aws.js";
import { azureTypes } from "./types/azure.js";
import { gcpTypes } from "./types/gcp.js";
const registry = new Map();
/** Adds a type (SDK users can register their own); a name can be registered once. */
export function registerResourceType(def) {
    if (registry.has(def.type))
        throw new Error(`resource type ${def.type} is registered twice`);
    registry.set(def.type, def);
}
for (const def of [...awsTypes, ...gcpTypes, ...azureTypes])
    registerResourceType(def);
export function getResourceType(type) {
    return registry.get(type);
}
export function resourceTypes(cloud) {
    const all = [...registry.values()];
    return cloud ? all.filter((d) => d.cloud === cloud) : all;
}

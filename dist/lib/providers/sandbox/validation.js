import { ProviderOperationError } from "../provider.js";
/** Every value in `attributes` that the type's schema declares as a reference. */
export function referencedIds(def, attributes) {
    const found = [];
    for (const [name, prop] of Object.entries(def.properties)) {
        collect(prop, attributes[name], name, found);
    }
    return found;
}
function collect(schema, value, path, out) {
    if (value === undefined || value === null)
        return;
    switch (schema.kind) {
        case "ref":
            out.push({ property: path, id: value, to: schema.to });
            return;
        case "list":
            if (Array.isArray(value))
                value.forEach((v, i) => collect(schema.items, v, `${path}[${i}]`, out));
            return;
        case "map":
            if (isRecord(value))
                for (const [k, v] of Object.entries(value))
                    collect(schema.values, v, `${path}.${k}`, out);
            return;
        case "object":
            if (isRecord(value)) {
                for (const [k, p] of Object.entries(schema.properties))
                    collect(p, value[k], `${path}.${k}`, out);
            }
            return;
        default:
            return;
    }
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
export function validateRequest(def, attributes, lookup, catalog) {
    for (const ref of referencedIds(def, attributes)) {
        const label = ref.to.length === 1 ? (ref.to[0] ?? "resource") : ref.to.join(" or ");
        if (typeof ref.id !== "string") {
            throw new ProviderOperationError("InvalidParameterValue", `${ref.property} must be the id of a ${label}, got ${JSON.stringify(ref.id)}`);
        }
        const target = lookup(ref.id);
        if (!target) {
            throw new ProviderOperationError("InvalidParameterValue", `${ref.property} ${ref.id} does not exist`);
        }
        if (ref.to.length > 0 && !ref.to.includes(target.type)) {
            throw new ProviderOperationError("InvalidParameterValue", `${ref.property} ${ref.id} is a ${target.type}, not a ${label}`);
        }
    }
    if (def.pricing.kind === "compute") {
        checkSize(def.pricing.catalog, def.pricing.sizeProperty, attributes, catalog);
    }
}
function checkSize(machineCatalog, sizeProperty, attributes, catalog) {
    const size = valueAt(attributes, sizeProperty);
    // A missing size is the spec validator's concern (required properties), not the cloud's.
    if (size === undefined || size === null)
        return;
    if (typeof size !== "string" || !catalog.hasMachineSize(machineCatalog, size)) {
        throw new ProviderOperationError("InvalidInstanceType", `${sizeProperty} ${JSON.stringify(size)} is not a valid size in ${machineCatalog}`);
    }
}
/** Value at a dotted path such as `default_node_pool.vm_size`. */
function valueAt(attributes, path) {
    let current = attributes;
    for (const part of path.split(".")) {
        if (current === undefined || current === null || !isRecord(current))
            return undefined;
        current = current[part];
    }
    return current;
}

import { isUnknown } from "./values.js";
function singular(name) {
    return name.endsWith("s") ? name.slice(0, -1) : name;
}
/** Where Terraform keeps the property `name`, most specific first. */
function terraformNames(name, def) {
    if (def.kind === "ref")
        return [`${name}_id`, `${name}_name`, name];
    if (def.kind === "list" && def.items.kind === "ref") {
        return [`vpc_${singular(name)}_ids`, `${singular(name)}_ids`, name];
    }
    return [name];
}
function isPresent(value) {
    if (value === undefined || value === null)
        return false;
    return !(Array.isArray(value) && value.length === 0);
}
function convertValue(value, def) {
    if (def.kind === "object") {
        const block = Array.isArray(value) ? value[0] : value;
        if (block === undefined || block === null || typeof block !== "object" || Array.isArray(block)) {
            return undefined;
        }
        return convertObject(block, def.properties);
    }
    if (def.kind === "list" && def.items.kind === "object" && Array.isArray(value)) {
        const items = def.items;
        return value.map((item) => convertValue(item, items) ?? null);
    }
    return value;
}
/**
 * `previous`, the values before the change, matters for one case: a block that existed and becomes
 * wholly unknown (a replaced instance's root disk) is still there, of a kind only apply will tell,
 * so it is kept, empty, and the price that needs it is unknown rather than dropped to nothing.
 */
function convertObject(source, properties, previous) {
    const out = {};
    for (const [name, def] of Object.entries(properties)) {
        const candidates = terraformNames(name, def).filter((n) => Object.hasOwn(source, n));
        // The first name that carries a value: `security_groups` holds names only outside a VPC.
        const from = candidates.find((n) => isPresent(source[n])) ?? candidates[0];
        if (from === undefined)
            continue;
        const value = source[from];
        if (isUnknown(value) && def.kind === "object" && isPresent(previous?.[from])) {
            out[name] = {};
            continue;
        }
        if (value === null || (isUnknown(value) && (def.kind === "object" || def.kind === "list")))
            continue;
        const converted = convertValue(value, def);
        if (converted !== undefined)
            out[name] = converted;
    }
    return out;
}
/** The attributes of a registered type, as a spec would write them. */
export function plagenticAttributes(def, values, previous) {
    return convertObject(values, def.properties, previous);
}
/** The tags Terraform will set (`tags_all`, with the provider's default tags), or `tags`. */
export function plagenticTags(values) {
    for (const key of ["tags_all", "tags", "labels"]) {
        const v = values[key];
        if (v === null || v === undefined || typeof v !== "object" || Array.isArray(v))
            continue;
        const tags = {};
        for (const [k, tag] of Object.entries(v))
            if (typeof tag === "string")
                tags[k] = tag;
        return tags;
    }
    return {};
}

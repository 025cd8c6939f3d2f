/**
 * The contract every export format implements, and what they share: the spec's resources grouped
 * back by `count`, the ownership tags a resource is exported with, and the error for a type a
 * format cannot express (never an omission).
 */
import { identityTags, OWNER_TAG_ADDRESS } from "../providers/ownership.js";
import { getResourceType } from "../spec/registry.js";
import { PlagenticError } from "../spec/errors.js";
/** A type the chosen format cannot express: names it, where it is, and what the format takes. */
export class UnsupportedTypeError extends PlagenticError {
    constructor(format, type, address, supported, why) {
        super(`${address}: ${format} export cannot express resource type ${type}` +
            (why ? ` (${why})` : "") +
            `; it supports: ${supported.join(", ")}`);
    }
}
/** The spec's resources in dependency order, each with its instances. */
export function exportGroups(env) {
    const byKey = new Map();
    for (const r of env.resources) {
        const key = `${r.type}.${r.name}`;
        byKey.set(key, [...(byKey.get(key) ?? []), r]);
    }
    const ordered = [...byKey.keys()];
    const specs = new Map(env.spec.resources.map((r) => [`${r.type}.${r.name}`, r]));
    // A `count: 0` resource has no instance and so no place in dependency order; it goes last.
    for (const key of specs.keys())
        if (!byKey.has(key))
            ordered.push(key);
    return ordered.map((key) => {
        const spec = specs.get(key);
        const instances = byKey.get(key) ?? [];
        const first = instances[0];
        const taggable = getResourceType(spec.type)?.taggable ?? false;
        return {
            type: spec.type,
            name: spec.name,
            key,
            ...(spec.count !== undefined && { count: spec.count }),
            attributes: first?.attributes ?? spec.properties,
            tags: first?.tags ?? (taggable ? { ...env.spec.tags, ...spec.tags } : {}),
            instances,
        };
    });
}
/** Throws UnsupportedTypeError for the first resource whose type `supported` lacks. */
export function checkSupported(format, env, supported, why) {
    const list = [...supported].sort();
    for (const r of env.spec.resources) {
        if (!supported.has(r.type)) {
            throw new UnsupportedTypeError(format, r.type, `${r.type}.${r.name}`, list, why?.(r.type));
        }
    }
}
/** Ownership tags (invariant 3) without the address, which depends on the instance. */
export function exportIdentityTags(env, opts) {
    return identityTags({
        environment: env.spec.environment,
        repository: opts.repository,
        sharedWith: opts.sharedWith ?? [],
        region: env.spec.region,
    });
}
export { OWNER_TAG_ADDRESS };
/**
 * A readable cloud name for a resource that needs one: `<environment>-<name>`, lower case letters,
 * digits and hyphens, starting with a letter, at most `max` characters (the index is appended by
 * each format in its own syntax).
 */
export function exportName(environment, name, max = 40) {
    let out = `${environment}-${name}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+/, "");
    if (!/^[a-z]/.test(out))
        out = `p-${out}`;
    return out.slice(0, max).replace(/-+$/, "");
}
/** `aws_instance.web-1[2]` → `AwsInstanceWeb12`: alphanumeric, as CloudFormation ids and ARM parameters require. */
export function pascalId(text) {
    return text
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join("");
}
/** JSON with two-space indentation and a final newline. */
export function stableJson(value) {
    return JSON.stringify(value, null, 2) + "\n";
}

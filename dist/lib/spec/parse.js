/**
 * Environment spec parsing: YAML text in, a validated environment with its resources expanded
 * (count), defaults applied, references checked and everything in dependency order. Every error
 * names the file, line and field.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { formatNumber, LimitError } from "./errors.js";
import { DEFAULT_SPEC_LIMITS, MAX_RESOURCES_KEY, MAX_SPEC_BYTES_KEY } from "./limits.js";
import { isRef, PROTECTED_TAG, refTarget, } from "./model.js";
import { getResourceType, resourceTypes } from "./registry.js";
import { checkRepositoryPath, RepositoryFileError } from "./repository-files.js";
import { formatFieldPath, parseYamlSource, zodIssueToError, } from "./yaml-source.js";
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Instances one resource may have, whatever `limits.max_resources` allows in total. */
export const MAX_COUNT = 10_000;
const tagsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String));
const importIdSchema = z.string().regex(/^[A-Za-z0-9/][A-Za-z0-9_:/.@+=,-]{0,1023}$/, "must be a cloud id");
const resourceSchema = z.strictObject({
    type: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a Terraform-style type name such as aws_instance"),
    name: z.string().regex(NAME, "must start with a letter or _ and hold only letters, digits, _ and -"),
    count: z
        .number()
        .int()
        .min(0)
        .max(MAX_COUNT, `at most ${formatNumber(MAX_COUNT)} instances per resource; split it into several resources`)
        .optional(),
    protected: z.boolean().optional(),
    properties: z.record(z.string(), z.unknown()).default({}),
    usage: z.record(z.string(), z.number().nonnegative()).optional(),
    tags: tagsSchema.optional(),
    import_id: z.union([importIdSchema, z.array(importIdSchema).max(MAX_COUNT)]).optional(),
});
const environmentSchema = z.strictObject({
    environment: z
        .string()
        .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, "use lowercase letters, digits, - and _ (at most 63)"),
    provider: z.enum(["sandbox", "aws", "gcp", "azure"]).default("sandbox"),
    region: z.string().min(1),
    project: z.string().optional(),
    subscription: z.string().optional(),
    resource_group: z.string().optional(),
    protected: z.boolean().optional(),
    tags: tagsSchema.default({}),
    /** USD a month the environment should stay within: plan comments forecast against it. */
    budget: z
        .strictObject({
        monthly: z
            .number({ error: "must be a number of USD a month, e.g. 500" })
            .min(0, "must be 0 or more")
            .max(1e9, "must be at most 1,000,000,000"),
    })
        .optional(),
    resources: z.array(resourceSchema).default([]),
});
/**
 * Parses and checks a spec. `limits` (config's `limits:`, defaults when absent) are enforced before
 * the work they bound: the text's size before it is parsed, the resource count before `count` is
 * expanded or anything is validated.
 */
export function parseEnvironment(text, file, limits = {}) {
    const maxSpecBytes = limits.maxSpecBytes ?? DEFAULT_SPEC_LIMITS.maxSpecBytes;
    const maxResources = limits.maxResources ?? DEFAULT_SPEC_LIMITS.maxResources;
    checkSpecSize(text, file, maxSpecBytes);
    const source = parseYamlSource(text, file);
    if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
        throw source.error([], "an environment spec must be a mapping with environment, provider, region and resources");
    }
    checkResourceCount(source, source.data["resources"], maxResources);
    const parsed = environmentSchema.safeParse(source.data);
    if (!parsed.success)
        throw zodIssueToError(source, parsed.error);
    const spec = parsed.data;
    const defs = spec.resources.map((r, i) => resolveType(source, spec, r, i));
    // Each resource's `type.name`, written once: it keys three lookups below and is the base address.
    const keys = spec.resources.map((r) => `${r.type}.${r.name}`);
    const seen = new Map();
    keys.forEach((key, i) => {
        const first = seen.get(key);
        if (first !== undefined) {
            throw source.error(["resources", i, "name"], `${key} is already defined at resources[${first}]`);
        }
        seen.set(key, i);
    });
    const checked = spec.resources.map((r, i) => {
        const def = defs[i];
        checkImportIds(source, r, i);
        const attributes = checkProperties(source, def.properties, r.properties, ["resources", i, "properties"]);
        if (r.tags && !def.taggable)
            throw source.error(["resources", i, "tags"], `${def.type} does not take tags`);
        return { resource: r, def, attributes, index: i };
    });
    const unreadFiles = checked.flatMap((c, i) => fileRefs(source, c.def, c.attributes, keys[i], i));
    const byKey = new Map(checked.map((c, i) => [keys[i], c]));
    const edges = checked.map((c) => checkReferences(source, c.def, c.attributes, c.index, byKey));
    const order = dependencyOrder(source, keys, edges);
    const resources = [];
    for (const i of order) {
        const { resource, def, attributes } = checked[i];
        const tags = def.taggable
            ? { ...spec.tags, ...resource.tags, ...(resource.protected && { [PROTECTED_TAG]: "true" }) }
            : {};
        const dependsOn = [...new Set(collectRefs(attributes))];
        const base = keys[i];
        const instances = resource.count === undefined ? [undefined] : range(resource.count);
        for (const index of instances) {
            resources.push({
                address: index === undefined ? base : `${base}[${index}]`,
                type: resource.type,
                name: resource.name,
                ...(index !== undefined && { index }),
                protected: resource.protected ?? false,
                attributes,
                tags,
                usage: resource.usage ?? {},
                dependsOn,
                ...importIdOf(resource, index),
            });
        }
    }
    return {
        spec,
        file,
        digest: createHash("sha256").update(text).digest("hex"),
        resources,
        ...(unreadFiles.length > 0 && { unreadFiles }),
    };
}
/** One `import_id` per instance: a string without `count`, a list as long as `count` with it. */
function checkImportIds(source, r, i) {
    const ids = r.import_id;
    if (ids === undefined)
        return;
    if (r.count === undefined && Array.isArray(ids))
        throw source.error(["resources", i, "import_id"], "without count, import_id is one id");
    if (r.count !== undefined && (!Array.isArray(ids) || ids.length !== r.count))
        throw source.error(["resources", i, "import_id"], `with count ${r.count}, import_id lists ${r.count} ids`);
}
function importIdOf(r, index) {
    const ids = r.import_id;
    const id = Array.isArray(ids) ? (index === undefined ? undefined : ids[index]) : ids;
    return id === undefined ? {} : { importId: id };
}
/**
 * The repository files a resource names (`file` properties), each path checked in form here, so
 * an absolute or escaping path is refused at its line before anything is read.
 */
function fileRefs(source, def, attributes, resource, index) {
    const refs = [];
    for (const [key, prop] of schemaEntries(def.properties)) {
        const value = attributes[key];
        if (!prop.file || typeof value !== "string")
            continue;
        const at = ["resources", index, "properties", key];
        let path;
        try {
            path = checkRepositoryPath(value);
        }
        catch (e) {
            if (e instanceof RepositoryFileError)
                throw source.error(at, e.message);
            throw e;
        }
        refs.push({
            resource,
            property: key,
            path,
            hashInto: prop.file.hashInto,
            maxBytes: prop.file.maxBytes,
            location: source.locate(at),
            field: formatFieldPath(at),
        });
    }
    return refs;
}
/** UTF-8 size, counted only when the text might be over: each character is 1 to 3 bytes. */
function checkSpecSize(text, file, maxSpecBytes) {
    if (text.length * 3 > maxSpecBytes)
        checkSpecBytes(Buffer.byteLength(text, "utf8"), file, maxSpecBytes);
}
/** Refuses a spec of `bytes` bytes over `maxSpecBytes`; exported so a file can be refused unread. */
export function checkSpecBytes(bytes, file, maxSpecBytes) {
    if (bytes <= maxSpecBytes)
        return;
    throw new LimitError({ file }, undefined, MAX_SPEC_BYTES_KEY, maxSpecBytes, bytes, `the spec is ${formatNumber(bytes)} bytes`, "bytes");
}
/**
 * Sums the instances the spec asks for, straight from the parsed YAML, and stops at the resource
 * that goes over: `count: 100000000` is refused without a single instance being made. Malformed
 * counts are left to the schema, which reports them.
 */
function checkResourceCount(source, resources, maxResources) {
    if (!Array.isArray(resources))
        return;
    let total = 0;
    for (let i = 0; i < resources.length; i++) {
        const r = resources[i];
        const count = isPlainObject(r) ? r["count"] : undefined;
        const counted = typeof count === "number" && Number.isInteger(count) && count >= 0;
        total += counted ? count : 1;
        if (total <= maxResources)
            continue;
        const path = counted ? ["resources", i, "count"] : ["resources", i];
        throw new LimitError(source.locate(path), formatFieldPath(path), MAX_RESOURCES_KEY, maxResources, total, counted
            ? `count ${formatNumber(count)} brings the environment to ${formatNumber(total)} resources`
            : `the environment reaches ${formatNumber(total)} resources here`, "resources");
    }
}
function resolveType(source, spec, r, i) {
    const def = getResourceType(r.type);
    if (!def) {
        const hint = suggest(r.type, resourceTypes().map((d) => d.type));
        throw source.error(["resources", i, "type"], `unknown resource type "${r.type}"${hint}`);
    }
    if (spec.provider !== "sandbox" && def.cloud !== spec.provider) {
        throw source.error(["resources", i, "type"], `${r.type} is a ${def.cloud} type but this environment's provider is ${spec.provider}`);
    }
    return def;
}
/**
 * Validates a properties map against a type's schema and applies defaults. `path` is where the map
 * is; it is extended and restored in place as the check goes deeper, and copied only into an error,
 * since a large spec has hundreds of thousands of values and almost never an error.
 */
function checkProperties(source, schema, given, path) {
    const out = {};
    for (const key of Object.keys(given)) {
        if (!(key in schema)) {
            const hint = suggest(key, Object.keys(schema));
            throw source.error([...path, key], `unknown property${hint}; valid properties: ${Object.keys(schema).join(", ")}`, {
                key: true,
            });
        }
    }
    for (const [key, def] of schemaEntries(schema)) {
        const value = given[key];
        if (def.computed && value !== undefined && value !== null)
            throw source.error([...path, key], "is computed from the file the spec names; remove it");
        if (value === undefined || value === null) {
            if (def.required)
                throw source.error([...path], `missing required property "${key}"`);
            if (def.default !== undefined)
                out[key] = def.default;
            continue;
        }
        path.push(key);
        out[key] = checkValue(source, def, value, path);
        path.pop();
    }
    return out;
}
/** A schema's entries, listed once per schema rather than once per resource. */
const entriesBySchema = new WeakMap();
function schemaEntries(schema) {
    let entries = entriesBySchema.get(schema);
    if (entries === undefined) {
        entries = Object.entries(schema);
        entriesBySchema.set(schema, entries);
    }
    return entries;
}
/** Compiled `pattern`s of string properties: the same few are tested against every resource. */
const compiledPatterns = new Map();
function patternOf(pattern) {
    let re = compiledPatterns.get(pattern);
    if (re === undefined) {
        re = new RegExp(pattern);
        compiledPatterns.set(pattern, re);
    }
    return re;
}
/** Checks one value at `path` (extended and restored in place, as in checkProperties). */
function checkValue(source, def, value, path) {
    const fail = (reason) => source.error([...path], reason);
    switch (def.kind) {
        case "string": {
            if (typeof value === "number" || typeof value === "boolean")
                value = String(value);
            if (typeof value !== "string")
                throw fail(`expected a string, got ${describe(value)}`);
            if (def.enum && !def.enum.includes(value))
                throw fail(`must be one of ${def.enum.join(", ")}, got "${value}"`);
            if (def.pattern && !patternOf(def.pattern).test(value))
                throw fail(`"${value}" does not match ${def.pattern}`);
            return value;
        }
        case "number": {
            if (typeof value !== "number" || !Number.isFinite(value))
                throw fail(`expected a number, got ${describe(value)}`);
            if (def.integer && !Number.isInteger(value))
                throw fail(`expected a whole number, got ${value}`);
            if (def.min !== undefined && value < def.min)
                throw fail(`must be at least ${def.min}, got ${value}`);
            if (def.max !== undefined && value > def.max)
                throw fail(`must be at most ${def.max}, got ${value}`);
            return value;
        }
        case "boolean":
            if (typeof value !== "boolean")
                throw fail(`expected true or false, got ${describe(value)}`);
            return value;
        case "ref":
            if (typeof value !== "string" || !isRef(value)) {
                throw fail(`expected a reference like ref(${def.to[0] ?? "type"}.name), got ${describe(value)}`);
            }
            return value;
        case "list": {
            if (!Array.isArray(value))
                throw fail(`expected a list, got ${describe(value)}`);
            return value.map((item, i) => {
                path.push(i);
                const checked = checkValue(source, def.items, item, path);
                path.pop();
                return checked;
            });
        }
        case "map": {
            if (!isPlainObject(value))
                throw fail(`expected a mapping, got ${describe(value)}`);
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                path.push(k);
                out[k] = checkValue(source, def.values, v, path);
                path.pop();
            }
            return out;
        }
        case "object":
            if (!isPlainObject(value))
                throw fail(`expected a mapping, got ${describe(value)}`);
            return checkProperties(source, def.properties, value, path);
    }
}
/**
 * A reference's target as the resource's `type.name` and the instance index, when there is one.
 * The target matched REF_PATTERN, so a trailing `]` closes `[digits]` (names hold no brackets).
 */
function splitTarget(target) {
    const open = target.endsWith("]") ? target.lastIndexOf("[") : -1;
    if (open <= 0)
        return { key: target, index: undefined };
    return { key: target.slice(0, open), index: Number(target.slice(open + 1, -1)) };
}
/** Checks every ref in a resource and returns the indexes of the resources it depends on. */
function checkReferences(source, def, attributes, index, byKey) {
    const deps = [];
    // Where the visit is, extended and restored in place (see checkProperties).
    const path = ["resources", index, "properties"];
    const fail = (reason) => source.error([...path], reason);
    const visitAt = (part, schema, value) => {
        path.push(part);
        visit(schema, value);
        path.pop();
    };
    const visit = (schema, value) => {
        if (schema.kind === "ref" && typeof value === "string") {
            const { key, index: targetIndex } = splitTarget(refTarget(value));
            const found = byKey.get(key);
            if (!found)
                throw fail(`reference to ${key}, which is not defined in this environment`);
            const targetType = found.resource.type;
            if (!schema.to.includes(targetType)) {
                throw fail(`must reference ${schema.to.join(" or ")}, not ${targetType}`);
            }
            const count = found.resource.count;
            if (count === undefined && targetIndex !== undefined) {
                throw fail(`${key} has no count; reference it as ref(${key})`);
            }
            if (count !== undefined && targetIndex === undefined) {
                throw fail(`${key} has count ${count}; reference one instance, e.g. ref(${key}[0])`);
            }
            if (count !== undefined && targetIndex !== undefined && targetIndex >= count) {
                throw fail(`${key} has count ${count}, so index ${targetIndex} does not exist`);
            }
            if (found.index === index)
                throw fail(`a resource cannot reference itself`);
            deps.push(found.index);
        }
        else if (schema.kind === "list" && Array.isArray(value)) {
            value.forEach((v, i) => visitAt(i, schema.items, v));
        }
        else if (schema.kind === "map" && isPlainObject(value)) {
            for (const [k, v] of Object.entries(value))
                visitAt(k, schema.values, v);
        }
        else if (schema.kind === "object" && isPlainObject(value)) {
            for (const [k, v] of Object.entries(value)) {
                const sub = schema.properties[k];
                if (sub)
                    visitAt(k, sub, v);
            }
        }
    };
    const referring = propertiesWithRefs(def);
    for (const key of Object.keys(attributes)) {
        // A property whose schema holds no ref anywhere has nothing to check.
        if (referring.has(key))
            visitAt(key, def.properties[key], attributes[key]);
    }
    return deps;
}
/** The properties of each type whose values can hold a reference, worked out once per type. */
const refPropertiesByType = new WeakMap();
function propertiesWithRefs(def) {
    let keys = refPropertiesByType.get(def);
    if (keys === undefined) {
        keys = new Set(Object.keys(def.properties).filter((key) => mayHoldRef(def.properties[key])));
        refPropertiesByType.set(def, keys);
    }
    return keys;
}
/** Whether a value of `schema` can contain a ref; `seen` cuts a schema graph (built in code) that loops. */
function mayHoldRef(schema, seen = new Set()) {
    if (seen.has(schema))
        return false;
    seen.add(schema);
    switch (schema.kind) {
        case "ref":
            return true;
        case "list":
            return mayHoldRef(schema.items, seen);
        case "map":
            return mayHoldRef(schema.values, seen);
        case "object":
            return Object.values(schema.properties).some((sub) => mayHoldRef(sub, seen));
        default:
            return false;
    }
}
/**
 * Topological order with the spec's own order as tie-break, so output is stable and mostly
 * follows the file. A cycle is reported at the first resource on it. Depth first with a stack of
 * its own, since a chain of thousands of references would overflow the call stack.
 */
function dependencyOrder(source, keys, edges) {
    const state = new Uint8Array(keys.length); // 0: not seen, 1: on the path, 2: placed
    const order = [];
    const path = [];
    const nextEdge = [];
    for (let root = 0; root < keys.length; root++) {
        if (state[root] !== 0)
            continue;
        state[root] = 1;
        path.push(root);
        nextEdge.push(0);
        while (path.length > 0) {
            const top = path.length - 1;
            const i = path[top];
            const deps = edges[i];
            if (nextEdge[top] === deps.length) {
                path.pop();
                nextEdge.pop();
                state[i] = 2;
                order.push(i);
                continue;
            }
            const dep = deps[nextEdge[top]++];
            if (state[dep] === 2)
                continue;
            if (state[dep] === 1) {
                const cycle = [...path.slice(path.indexOf(dep)), dep].map((j) => keys[j]).join(" -> ");
                throw source.error(["resources", dep], `dependency cycle: ${cycle}`);
            }
            state[dep] = 1;
            path.push(dep);
            nextEdge.push(0);
        }
    }
    return order;
}
/** Every `ref(...)` target in a value, depth first. */
export function collectRefs(value) {
    const out = [];
    addRefs(value, out);
    return out;
}
function addRefs(v, out) {
    const t = refTarget(v);
    if (t !== undefined)
        out.push(t);
    else if (Array.isArray(v))
        v.forEach((item) => addRefs(item, out));
    else if (v !== null && typeof v === "object")
        for (const item of Object.values(v))
            addRefs(item, out);
}
function range(n) {
    return Array.from({ length: n }, (_, i) => i);
}
function isPlainObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
}
function describe(v) {
    if (v === null)
        return "null";
    if (Array.isArray(v))
        return "a list";
    if (typeof v === "object")
        return "a mapping";
    return `${typeof v} ${JSON.stringify(v)}`;
}
/** " (did you mean x?)" for a close match, else "". */
function suggest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 4))
        ? ` (did you mean ${best}?)`
        : "";
}
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}

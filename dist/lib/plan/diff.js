import { sortStrings } from "../sort-strings.js";
import { collectRefs } from "../spec/parse.js";
import { PROTECTED_TAG, } from "../spec/model.js";
import { getResourceType } from "../spec/registry.js";
import { adoptChange } from "./adopt.js";
import { canonicalJson, sameValue } from "./canonical.js";
import { deposedAddress, liveRefs } from "./deposed.js";
/**
 * Live attributes with every id that belongs to a resource of this environment written back as
 * `ref(<address>)`, so they compare equal to the spec. Ids of resources outside the environment
 * stay as they are (they then show up as a difference, which is right).
 *
 * Where several live resources carry one address, one keeps it and the others are deposed: see
 * `depose`. `desired` (in dependency order) and `writeOnly` are what the diff will get.
 */
export function normalizeLive(live, opts = {}) {
    let addressById = new Map(live.map((r) => [r.id, r.address]));
    let unique = live;
    if (addressById.size < live.length) {
        // A resource a cloud lists twice (pages that overlap) is one resource, not two copies of it.
        unique = [...new Map(live.map((r) => [r.id, r])).values()];
        addressById = new Map(unique.map((r) => [r.id, r.address]));
    }
    depose(unique, addressById, opts.desired ?? [], opts.writeOnly ?? {});
    return unique.map((r) => {
        const normalized = idsOf(r, addressById);
        const address = addressById.get(r.id);
        return address === r.address ? normalized : { ...normalized, address, liveAddress: r.address };
    });
}
function idsOf(r, addressById) {
    const def = getResourceType(r.type);
    if (!def)
        return r;
    const attributes = {};
    for (const [key, value] of Object.entries(r.attributes)) {
        const schema = def.properties[key];
        attributes[key] = schema ? idsToRefs(schema, value, addressById) : value;
    }
    return { ...r, attributes };
}
/**
 * Moves every copy but one of an address that several live resources carry to a deposed address
 * of its own, in `addressById` (which starts with each id at the address its tags carry). The copy
 * the desired resource's diff finds unchanged keeps the address (after a failed delete of an old
 * copy, that is the copy created from the current spec); failing that, the closest: one that
 * needs only an update, then the fewest changed attributes. Copies are judged in the spec's
 * dependency order, so a copy that references a deposed copy (an old instance in the old subnet)
 * is told apart from one that references the kept one. An address the spec no longer has is
 * deleted whole, and its lowest id keeps the address. Ties also go to the lowest id, so the plan
 * never depends on the order the cloud lists resources in.
 */
function depose(live, addressById, desired, writeOnly) {
    // Built only for addresses seen twice: most plans have none, and some have 10,000 resources.
    const seen = new Set();
    const repeated = new Set();
    for (const r of live)
        (seen.has(r.address) ? repeated : seen).add(r.address);
    if (repeated.size === 0)
        return;
    const undecided = new Map();
    for (const r of live) {
        if (!repeated.has(r.address))
            continue;
        const copies = undecided.get(r.address);
        if (copies)
            copies.push(r);
        else
            undecided.set(r.address, [r]);
    }
    const keep = (address, kept) => {
        for (const c of undecided.get(address))
            if (c !== kept)
                addressById.set(c.id, deposedAddress(address, c.id));
        undecided.delete(address);
    };
    for (const want of desired) {
        const copies = undecided.get(want.address);
        if (!copies)
            continue;
        const ranked = copies
            .map((copy) => {
            const change = compare(want, idsOf(copy, addressById), new Set(), writeOnly[want.type] ?? []);
            const rank = change === undefined ? 0 : change.action === "update" ? 1 : 2;
            return { copy, rank, changed: change?.changedAttributes.length ?? 0 };
        })
            .sort((a, b) => a.rank - b.rank || a.changed - b.changed || cmp(a.copy.id, b.copy.id));
        keep(want.address, ranked[0].copy);
    }
    for (const [address, copies] of [...undecided])
        keep(address, [...copies].sort((a, b) => cmp(a.id, b.id))[0]);
}
function idsToRefs(schema, value, addressById) {
    if (schema.kind === "ref" && typeof value === "string") {
        const address = addressById.get(value);
        return address === undefined ? value : `ref(${address})`;
    }
    if (schema.kind === "list" && Array.isArray(value))
        return value.map((v) => idsToRefs(schema.items, v, addressById));
    if (schema.kind === "map" && isObject(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, idsToRefs(schema.values, v, addressById)]));
    }
    if (schema.kind === "object" && isObject(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => {
            const sub = schema.properties[k];
            return [k, sub ? idsToRefs(sub, v, addressById) : v];
        }));
    }
    return value;
}
/**
 * Changes in apply order: creates, updates and replaces in the desired dependency order, then
 * deletes in reverse dependency order of the live resources. `live` must be normalised.
 */
export function diffResources(desired, live, opts = {}) {
    const protectedAddresses = opts.protectedAddresses ?? new Set();
    const liveByAddress = new Map(live.map((r) => [r.address, r]));
    const desiredAddresses = new Set(desired.map((r) => r.address));
    const replaced = new Set();
    const forward = [];
    for (const want of desired) {
        const have = liveByAddress.get(want.address);
        if (!have) {
            forward.push({
                address: want.address,
                type: want.type,
                action: "create",
                before: null,
                after: { attributes: want.attributes, tags: want.tags },
                changedAttributes: sortStrings(Object.keys(want.attributes)),
                dependsOn: want.dependsOn,
                ...(want.protected && { protected: true }),
            });
            continue;
        }
        const change = compare(want, have, replaced, opts.writeOnly?.[want.type] ?? []);
        if (opts.adopting?.has(want.address)) {
            forward.push(adoptChange(want, have, change));
            continue;
        }
        if (change) {
            if (change.action === "replace")
                replaced.add(want.address);
            forward.push(change);
        }
    }
    const deletes = live
        .filter((r) => !desiredAddresses.has(r.address))
        .map((r) => ({
        address: r.address,
        ...(r.liveAddress !== undefined && { liveAddress: r.liveAddress }),
        type: r.type,
        action: "delete",
        before: { attributes: r.attributes, tags: r.tags },
        after: null,
        id: r.id,
        changedAttributes: [],
        dependsOn: [...new Set(liveRefs(r.attributes))],
        // A deposed copy of a protected resource is protected too: the mark is on what it was.
        ...((protectedAddresses.has(r.liveAddress ?? r.address) || r.tags[PROTECTED_TAG] === "true") && {
            protected: true,
        }),
    }));
    return [...forward, ...reverseDependencyOrder(deletes)];
}
function compare(want, have, replaced, writeOnly) {
    const def = getResourceType(want.type);
    const schema = def?.properties ?? {};
    const keys = new Set([
        ...Object.keys(want.attributes),
        ...Object.keys(have.attributes).filter((k) => k in schema),
    ]);
    for (const k of writeOnly)
        keys.delete(k);
    // A file the spec names is compared by the content hash it writes (file.hashInto), never by
    // its path, which no cloud reports: a moved but identical file changes nothing.
    for (const k of keysNamingFiles(schema))
        keys.delete(k);
    const changed = [];
    const reasons = [];
    for (const key of sortStrings([...keys])) {
        const a = want.attributes[key];
        const b = have.attributes[key];
        const prop = schema[key];
        if (!sameValue(comparable(prop, a), comparable(prop, b))) {
            changed.push(key);
            if (prop && forcesNew(prop, a, b))
                reasons.push(key);
            continue;
        }
        // Same ref, but the resource it points to is being replaced: the id it holds will change.
        const movedTo = a === undefined || replaced.size === 0 ? [] : collectRefs(a).filter((t) => replaced.has(t));
        if (movedTo.length > 0) {
            changed.push(key);
            if (prop?.forceNew)
                reasons.push(`${key} (${movedTo.join(", ")} is replaced)`);
        }
    }
    if (!sameValue(want.tags, have.tags))
        changed.push("tags");
    // A resource the cloud reports broken is replaced, even when every property matches.
    if (have.state !== undefined)
        reasons.push(`its state, ${have.state}`);
    if (changed.length === 0 && reasons.length === 0)
        return undefined;
    return {
        address: want.address,
        type: want.type,
        action: reasons.length > 0 ? "replace" : "update",
        before: { attributes: have.attributes, tags: have.tags },
        after: { attributes: want.attributes, tags: want.tags },
        id: have.id,
        changedAttributes: changed,
        ...(reasons.length > 0 && { replaceReasons: reasons }),
        dependsOn: want.dependsOn,
        ...(want.protected && { protected: true }),
    };
}
const fileKeysBySchema = new WeakMap();
function keysNamingFiles(schema) {
    let keys = fileKeysBySchema.get(schema);
    if (keys === undefined) {
        keys = Object.keys(schema).filter((k) => schema[k].file !== undefined);
        fileKeysBySchema.set(schema, keys);
    }
    return keys;
}
/** Whether a change between `a` and `b` touches a property (or nested property) that forces replacement. */
function forcesNew(prop, a, b) {
    if (prop.forceNew)
        return true;
    if (prop.kind !== "object")
        return false;
    const av = isObject(a) ? a : {};
    const bv = isObject(b) ? b : {};
    return Object.entries(prop.properties).some(([k, sub]) => sub.forceNew && !sameValue(comparable(sub, av[k]), comparable(sub, bv[k])));
}
/**
 * The value as the diff should see it: lists whose order carries no meaning sorted by their
 * canonical form, at any depth, so that only real differences count.
 */
export function comparable(prop, value) {
    // Left out, a property is what the cloud picks for it: the same as writing that value.
    if ((value === undefined || value === null) && prop?.cloudDefault !== undefined)
        return comparable(prop, prop.cloudDefault);
    if (value === undefined || value === null || !prop)
        return value ?? null;
    if (prop.kind === "list" && Array.isArray(value)) {
        const items = value.map((v) => comparable(prop.items, v));
        return prop.unordered ? sortedByCanonicalText(items) : items;
    }
    if (prop.kind === "object" && isObject(value)) {
        const keys = new Set(Object.keys(value));
        for (const [k, sub] of Object.entries(prop.properties))
            if (sub.cloudDefault !== undefined)
                keys.add(k);
        return Object.fromEntries([...keys].map((k) => [k, comparable(prop.properties[k], value[k])]));
    }
    if (prop.kind === "map" && isObject(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(prop.values, v)]));
    }
    return value;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Items in the order of their canonical texts, each written once rather than at every comparison. */
function sortedByCanonicalText(items) {
    if (items.length < 2)
        return items;
    return items
        .map((value) => ({ value, text: canonicalJson(value) }))
        .sort((x, y) => cmp(x.text, y.text))
        .map((item) => item.value);
}
/** Deletes ordered so that a resource goes before anything it references. */
function reverseDependencyOrder(deletes) {
    const byAddress = new Map(deletes.map((c) => [c.address, c]));
    const done = new Set();
    const forwardOrder = [];
    const visiting = new Set();
    const visit = (c) => {
        if (done.has(c.address) || visiting.has(c.address))
            return;
        visiting.add(c.address);
        for (const dep of c.dependsOn) {
            const d = byAddress.get(dep);
            if (d)
                visit(d);
        }
        visiting.delete(c.address);
        done.add(c.address);
        forwardOrder.push(c);
    };
    for (const c of [...deletes].sort((x, y) => (x.address < y.address ? -1 : 1)))
        visit(c);
    return forwardOrder.reverse();
}
function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * `import terraform`: the resources a Terraform state manages, as an environment spec whose
 * resources carry `import_id`, so that the first plan adopts them (tags them as this
 * environment's) instead of creating copies. Types outside the registry, data sources and other
 * clouds' resources are listed as skipped with the reason, never dropped silently.
 */
import { stringify } from "yaml";
import { canonicalJson } from "../plan/canonical.js";
import { PlagenticError, SpecError } from "../spec/errors.js";
import { parseEnvironment } from "../spec/parse.js";
import { getResourceType } from "../spec/registry.js";
import { idRefs, resolveRefs, specProperties, userTags } from "./attributes.js";
import { cloudFields, regionOf } from "./location.js";
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
export function importTerraformState(instances, opts) {
    const skipped = [];
    const managed = [];
    for (const inst of instances) {
        const def = getResourceType(inst.type);
        if (inst.mode === "data")
            skipped.push({ address: inst.address, reason: "data source: read, not managed" });
        else if (!def)
            skipped.push({ address: inst.address, reason: `${inst.type} is not a Plagentic resource type` });
        else if (typeof inst.attributes["id"] !== "string" || inst.attributes["id"] === "")
            skipped.push({ address: inst.address, reason: "no id in the state" });
        else
            managed.push({ inst, def });
    }
    const cloud = managed[0]?.def.cloud;
    if (cloud === undefined)
        throw new PlagenticError(nothingToImport(skipped));
    const ours = managed.filter(({ inst, def }) => {
        if (def.cloud === cloud)
            return true;
        skipped.push({ address: inst.address, reason: `a ${def.cloud} resource; this environment is ${cloud}` });
        return false;
    });
    let drafts = draftsOf(ours);
    drafts = dropUnresolved(drafts, skipped);
    const region = opts.region ??
        regionOf(cloud, ours.map((m) => m.inst.attributes));
    if (region === undefined)
        throw new PlagenticError("could not tell the region from the state; pass --region <region>");
    // What the parser refuses (a value outside an enum, say) is skipped with its message.
    for (;;) {
        const text = render(opts.environment, cloud, region, drafts, ours);
        try {
            parseEnvironment(text, opts.file);
            return {
                text,
                provider: cloud,
                region,
                imported: drafts.map((d) => ({ from: d.from, address: `${d.def.type}.${d.name}`, ids: d.ids })),
                skipped,
            };
        }
        catch (e) {
            const at = e instanceof SpecError ? /^resources\[(\d+)\]/.exec(e.field ?? "") : null;
            const bad = at ? drafts[Number(at[1])] : undefined;
            if (!bad)
                throw e;
            for (const from of bad.from)
                skipped.push({ address: from, reason: e.reason });
            drafts = dropUnresolved(drafts.filter((d) => d !== bad), skipped);
        }
    }
}
/** Groups instances by Terraform resource; alike `count` instances stay one resource with `count`. */
function draftsOf(managed) {
    const groups = new Map();
    for (const m of managed) {
        const key = `${m.inst.module ?? ""} ${m.inst.type} ${m.inst.name}`;
        groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    const taken = new Set();
    const unique = (type, wanted) => {
        let name = sanitize(wanted);
        for (let n = 2; taken.has(`${type}.${name}`); n++)
            name = `${sanitize(wanted)}_${n}`;
        taken.add(`${type}.${name}`);
        return name;
    };
    const drafts = [];
    for (const members of groups.values()) {
        const { def, inst: first } = members[0];
        const base = [
            ...(first.module ?? "").split(".").filter((p) => p !== "module" && p !== ""),
            first.name,
        ].join("_");
        const shaped = members.map(({ inst }) => ({
            inst,
            properties: specProperties(def, inst.attributes),
            tags: def.taggable ? userTags(inst.attributes) : {},
        }));
        const sorted = [...shaped].sort((a, b) => Number(a.inst.indexKey) - Number(b.inst.indexKey));
        const counted = sorted.every((s, i) => s.inst.indexKey === i);
        const alike = sorted.every((s) => sameShape(s, sorted[0]));
        if (counted && alike && first.indexKey !== undefined) {
            drafts.push({
                def,
                name: unique(def.type, base),
                from: sorted.map((s) => s.inst.address),
                ids: sorted.map((s) => s.inst.attributes["id"]),
                count: sorted.length,
                properties: sorted[0].properties,
                tags: sorted[0].tags,
            });
            continue;
        }
        for (const s of shaped) {
            const key = s.inst.indexKey;
            drafts.push({
                def,
                name: unique(def.type, key === undefined ? base : `${base}_${String(key)}`),
                from: [s.inst.address],
                ids: [s.inst.attributes["id"]],
                properties: s.properties,
                tags: s.tags,
            });
        }
    }
    return drafts;
}
function sameShape(a, b) {
    const text = (x) => canonicalJson({ p: resolveRefs(x.properties, (r) => `id:${r.id}`), t: x.tags });
    return text(a) === text(b);
}
/**
 * Drops drafts that reference an id no other draft has (or one of a type the property cannot
 * reference), repeatedly, since a dropped resource can leave another one's reference dangling.
 */
function dropUnresolved(drafts, skipped) {
    for (;;) {
        const byId = idIndex(drafts);
        const bad = drafts.find((d) => unresolved(d, byId) !== undefined);
        if (!bad)
            return drafts;
        const ref = unresolved(bad, byId);
        for (const from of bad.from)
            skipped.push({ address: from, reason: `references ${ref.id}, which is not imported with it` });
        drafts = drafts.filter((d) => d !== bad);
    }
}
function unresolved(d, byId) {
    return idRefs(d.properties).find((r) => {
        const target = byId.get(r.id);
        return target === undefined || !r.to.includes(target.type);
    });
}
function idIndex(drafts) {
    const byId = new Map();
    for (const d of drafts) {
        d.ids.forEach((id, i) => {
            const address = `${d.def.type}.${d.name}${d.count === undefined ? "" : `[${i}]`}`;
            byId.set(id, { address, type: d.def.type });
        });
    }
    return byId;
}
function render(environment, cloud, region, drafts, ours) {
    const byId = idIndex(drafts);
    const extra = cloudFields(cloud, ours.map((m) => m.inst.attributes));
    const doc = {
        environment,
        provider: cloud,
        region,
        ...extra,
        resources: drafts.map((d) => ({
            type: d.def.type,
            name: d.name,
            ...(d.count !== undefined && { count: d.count }),
            import_id: d.count === undefined ? d.ids[0] : d.ids,
            properties: resolveRefs(d.properties, (r) => `ref(${byId.get(r.id).address})`),
            ...(Object.keys(d.tags).length > 0 && { tags: d.tags }),
        })),
    };
    const header = "# Imported from Terraform state by `plagentic import terraform`. The first plan adopts each\n" +
        "# resource (adds Plagentic's ownership tags, nothing else); import_id may go once it is applied.\n";
    return header + stringify(doc, { lineWidth: 0 });
}
function sanitize(name) {
    const s = name.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 100);
    return NAME.test(s) ? s : `_${s}`;
}
function nothingToImport(skipped) {
    const why = skipped.slice(0, 10).map((s) => `${s.address}: ${s.reason}`);
    return `the state holds no resource Plagentic can import${why.length ? ` (${why.join("; ")})` : ""}`;
}

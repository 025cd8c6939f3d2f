import { citation, priceSource } from "./price-source.js";
/** Regional files, by the name they have in `data/prices/` and in the cache. */
export const REGIONAL_FILES = {
    "aws-ec2": "aws-ec2.json",
    "aws-rds": "aws-rds.json",
    "aws-ebs": "aws-ebs.json",
    "aws-lambda": "aws-lambda.json",
    "azure-vm": "azure-vm.json",
    "gcp-disk-network": "gcp-disk-network.json",
};
export const TABLE_FILE = {
    "aws-ec2": "aws-ec2",
    "rds-instance": "aws-rds",
    "rds-storage": "aws-rds",
    ebs: "aws-ebs",
    lambda: "aws-lambda",
    "azure-vm": "azure-vm",
    "gcp-disk": "gcp-disk-network",
    "gcp-network": "gcp-disk-network",
};
export class PriceShapeError extends Error {
}
function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
function objectAt(parent, key, path) {
    const value = parent[key];
    if (!isObject(value))
        throw new PriceShapeError(`${path}${key}: expected an object`);
    return value;
}
function stringAt(parent, key) {
    const value = parent[key];
    if (typeof value !== "string")
        throw new PriceShapeError(`${key}: expected a string`);
    return value;
}
/** Checks once that a row maps keys to prices (finite, not negative). */
const checkedRows = new WeakSet();
function row(value, path) {
    if (!isObject(value))
        throw new PriceShapeError(`${path}: expected an object of prices`);
    if (!checkedRows.has(value)) {
        for (const [k, v] of Object.entries(value)) {
            if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
                throw new PriceShapeError(`${path}.${k}: expected a price (a number, not negative)`);
            }
        }
        checkedRows.add(value);
    }
    return value;
}
function rowIn(parent, key, path) {
    return parent && Object.hasOwn(parent, key) ? row(parent[key], `${path}.${key}`) : undefined;
}
function has(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
/** Validates a parsed file, or says why it does not fit; `eager` checks every row now. */
export function parseRegional(key, raw, options = {}) {
    try {
        const data = regionalData(key, raw, options.sourceOverride);
        if (options.eager)
            for (const t of Object.values(data.tables))
                t.checkAll();
        return data;
    }
    catch (err) {
        if (err instanceof PriceShapeError)
            return err.message;
        throw err;
    }
}
function regionalData(key, raw, sourceOverride) {
    if (!isObject(raw))
        throw new PriceShapeError("expected a JSON object");
    const source = sourceOverride ?? priceSource(stringAt(raw, "source"), stringAt(raw, "as_of"));
    switch (key) {
        case "aws-ec2": {
            const discrepancy = raw["known_discrepancy_with_aws-ec2-us-east-1.json"];
            const types = isObject(discrepancy) && isObject(discrepancy["types"]) ? discrepancy["types"] : {};
            return {
                tables: { "aws-ec2": regionTable(objectAt(raw, "prices", ""), "prices", source) },
                corrects: new Set(Object.keys(types)),
            };
        }
        case "aws-rds": {
            const engines = objectAt(objectAt(raw, "instances", ""), "engines", "instances.");
            for (const [engine, regions] of Object.entries(engines)) {
                if (!isObject(regions))
                    throw new PriceShapeError(`instances.engines.${engine}: expected an object`);
            }
            return {
                tables: {
                    "rds-instance": rdsInstanceTable(engines, source),
                    "rds-storage": regionTable(objectAt(objectAt(raw, "storage", ""), "regions", "storage."), "storage.regions", source),
                },
            };
        }
        case "aws-ebs":
            return { tables: { ebs: regionTable(objectAt(raw, "regions", ""), "regions", source) } };
        case "aws-lambda":
            return { tables: { lambda: regionTable(objectAt(raw, "regions", ""), "regions", source) } };
        case "azure-vm":
            return {
                // A cache's own source label covers all its values.
                tables: {
                    "azure-vm": azureTable(objectAt(raw, "sizes", ""), sourceOverride ? undefined : stringAt(raw, "source"), source),
                },
            };
        case "gcp-disk-network":
            return {
                tables: {
                    "gcp-disk": regionTable(objectAt(objectAt(raw, "persistent_disk", ""), "regions", "persistent_disk."), "persistent_disk.regions", source),
                    "gcp-network": regionTable(objectAt(objectAt(raw, "network", ""), "regions", "network."), "network.regions", source),
                },
            };
    }
}
function regionTable(regions, path, source) {
    let keys;
    const rowOf = (region) => rowIn(regions, region, path);
    return {
        regions: new Set(Object.keys(regions)),
        get: (region, key) => {
            const r = rowOf(region);
            const value = r && has(r, key);
            return typeof value === "number" ? { price: value, source } : undefined;
        },
        hasKey: (key) => {
            keys ??= new Set(Object.keys(regions).flatMap((region) => Object.keys(rowOf(region))));
            return keys.has(key);
        },
        checkAll: () => {
            for (const region of Object.keys(regions))
                rowOf(region);
        },
    };
}
/** Rows are per engine, region and class: `{ single_az, multi_az, ... }`. */
function rdsInstanceTable(engines, source) {
    const classesOf = (engine, region) => {
        const regions = has(engines, engine);
        const classes = regions && has(regions, region);
        if (classes === undefined)
            return undefined;
        if (!isObject(classes))
            throw new PriceShapeError(`instances.engines.${engine}.${region}: expected an object`);
        return classes;
    };
    return {
        regions: new Set(Object.values(engines).flatMap((regions) => Object.keys(regions))),
        get: (region, key) => {
            const [engine = "", instanceClass = "", deployment = ""] = key.split("/");
            const r = rowIn(classesOf(engine, region), instanceClass, `instances.engines.${engine}.${region}`);
            const value = r && has(r, deployment);
            return typeof value === "number" ? { price: value, source } : undefined;
        },
        hasKey: (key) => {
            const [engine = "", instanceClass = ""] = key.split("/");
            const regions = has(engines, engine);
            return (regions !== undefined &&
                Object.keys(regions).some((r) => Object.hasOwn(classesOf(engine, r), instanceClass)));
        },
        checkAll: () => {
            for (const [engine, regions] of Object.entries(engines)) {
                for (const region of Object.keys(regions)) {
                    const classes = classesOf(engine, region);
                    for (const c of Object.keys(classes))
                        rowIn(classes, c, `instances.engines.${engine}.${region}`);
                }
            }
        },
    };
}
/**
 * Azure sizes keep the catalog value (`hourly`) and fall back to `hourly_karpenter_only`, which has
 * a single source (Karpenter's table) and so names it. `karpenter_differs` is never used: there
 * Karpenter's table alternates between the Linux row and a higher one across regenerations.
 */
function azureTable(sizes, fileSource, source) {
    const karpenterSource = (fileSource === undefined ? undefined : karpenterCitation(fileSource)) ?? source;
    const rows = (size) => {
        const entry = has(sizes, size);
        if (entry === undefined)
            return undefined;
        if (!isObject(entry))
            throw new PriceShapeError(`sizes.${size}: expected an object`);
        return {
            hourly: rowIn(entry, "hourly", `sizes.${size}`),
            karpenterOnly: rowIn(entry, "hourly_karpenter_only", `sizes.${size}`),
        };
    };
    let regions;
    return {
        get regions() {
            if (!regions) {
                regions = new Set();
                for (const size of Object.keys(sizes)) {
                    const r = rows(size);
                    for (const region of Object.keys(r.hourly ?? {}))
                        regions.add(region);
                    for (const region of Object.keys(r.karpenterOnly ?? {}))
                        regions.add(region);
                }
            }
            return regions;
        },
        get: (region, key) => {
            const r = rows(key);
            const fromCatalog = r?.hourly && has(r.hourly, region);
            if (typeof fromCatalog === "number")
                return { price: fromCatalog, source };
            const fromKarpenter = r?.karpenterOnly && has(r.karpenterOnly, region);
            return typeof fromKarpenter === "number"
                ? { price: fromKarpenter, source: karpenterSource }
                : undefined;
        },
        hasKey: (key) => Object.hasOwn(sizes, key),
        checkAll: () => {
            for (const size of Object.keys(sizes))
                rows(size);
        },
    };
}
/**
 * The cross-check source the Azure file names ("... against <repo @ commit path> (generated at
 * <date> ..."), for values only that source has.
 */
function karpenterCitation(fileSource) {
    const found = /against (\S+ @ \S+ \S+) \(generated at (\d{4}-\d{2}-\d{2}T[\d:]+Z)/.exec(fileSource);
    return found ? { source: `${citation(found[1])} (Karpenter-only value)`, asOf: found[2] } : undefined;
}

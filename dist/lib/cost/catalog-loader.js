/**
 * Loads the price catalog from an ordered list of price directories: the bundled `data/prices/`
 * first, then optionally the cache `plagentic prices update` writes. Each file is read and
 * validated on first use only, so pricing one cloud never parses another cloud's table.
 *
 * Precedence is per regional file and per region: a cached region is used only when the cache's
 * manifest dates the file after the bundled one (for EC2 in us-east-1, after the newer of the two
 * bundled EC2 files). A cache file that does not match its manifest's sha256, or does not validate,
 * is ignored as a whole with a warning.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { packagePath } from "../paths.js";
import { parseRegional, PriceShapeError, REGIONAL_FILES, TABLE_FILE, } from "./price-files.js";
import { dateValue, isIsoDate, MANIFEST_FILE, parseManifest, sha256Hex, } from "./price-manifest.js";
import { citation, priceDate, priceSource } from "./price-source.js";
import { azureRegionKey } from "./regions.js";
/** The bundled-only files (the regional ones are REGIONAL_FILES). */
export const PRICE_FILES = {
    /** Karpenter's us-east-1 EC2 table: newer than `aws-ec2.json`, one region. */
    "aws-ec2-us-east-1": "aws-ec2-us-east-1.json",
    "gcp-compute": "gcp-compute.json",
    managed: "managed-services.json",
    ...REGIONAL_FILES,
};
/** The one region `aws-ec2-us-east-1.json` holds (checked against the file when it is read). */
const KARPENTER_EC2_REGION = "us-east-1";
const awsEc2OneRegionFile = z.object({
    region: z.string(),
    source: z.string(),
    as_of: z.string(),
    prices: z.record(z.string(), z.number().nonnegative()),
});
const gcpComputeFile = z.object({
    source: z.string(),
    as_of: z.string(),
    machine_types: z.record(z.string(), z.object({ hourly: z.record(z.string(), z.number().nonnegative()) })),
});
const managedFile = z.object({
    entries: z.array(z.object({
        provider: z.enum(["aws", "gcp", "azure"]),
        service: z.string(),
        resource_type: z.string(),
        component: z.string(),
        unit: z.string(),
        price: z.number().nonnegative(),
        region: z.string(),
        source: z.string(),
        as_of: z.string().optional(),
        per_1m: z.number().nonnegative().optional(),
        corroboration: z.string().optional(),
    })),
});
/** Bundled files as parsed and validated, by path, shared by every catalog of the process. */
const parsedBundled = new Map();
const readUtf8 = (path) => readFileSync(path, "utf8");
/** `data/prices/` of the installed package. */
export function bundledPriceDir() {
    return packagePath("data", "prices");
}
/**
 * A catalog over price directories: `dirs[0]` is the bundled data, any further directory a cache
 * of regional files with a manifest. A missing or malformed bundled file throws, naming the file,
 * when a price from it is first needed; a bad cache file is only ignored.
 */
export function loadPriceCatalog(dirs = [bundledPriceDir()], options = {}) {
    const opts = typeof options === "function" ? { readText: options } : options;
    const readText = opts.readText ?? readUtf8;
    const warn = opts.warn ?? ((message) => process.emitWarning(message, "PlagenticPrices"));
    const [bundledDir = bundledPriceDir(), ...cacheDirs] = typeof dirs === "string" ? [dirs] : dirs;
    function parseBundled(file, schema) {
        const path = join(bundledDir, file);
        // Bundled files do not change under a running process, so a server that opens a catalog per
        // plan job parses each one once. A custom reader (tests counting reads) always reads.
        const shared = opts.readText ? undefined : parsedBundled.get(path);
        if (shared !== undefined)
            return shared;
        const parsed = readBundled(path, schema);
        if (!opts.readText)
            parsedBundled.set(path, parsed);
        return parsed;
    }
    function readBundled(path, schema) {
        let raw;
        try {
            raw = JSON.parse(readText(path));
        }
        catch (err) {
            throw new Error(`cannot read price data ${path}: ${err.message}`, { cause: err });
        }
        const result = schema.safeParse(raw);
        if (!result.success)
            throw new Error(`invalid price data ${path}: ${z.prettifyError(result.error)}`);
        return result.data;
    }
    // The bundled manifest gives the bundled files' dates; without one every bundled file is undated.
    const bundledManifestText = tryRead(readText, join(bundledDir, MANIFEST_FILE)) ?? "";
    const parsedBundledManifest = bundledManifestText ? parseManifest(bundledManifestText) : undefined;
    if (typeof parsedBundledManifest === "string") {
        throw new Error(`invalid price data ${join(bundledDir, MANIFEST_FILE)}: ${parsedBundledManifest}`);
    }
    const bundledAsOf = (file) => parsedBundledManifest?.files[file]?.as_of;
    /** The date the bundled data has for a regional file in one region. */
    function bundledDate(key, region) {
        const date = dateValue(bundledAsOf(REGIONAL_FILES[key]));
        if (key !== "aws-ec2" || region !== KARPENTER_EC2_REGION)
            return date;
        return Math.max(date, dateValue(bundledAsOf(PRICE_FILES["aws-ec2-us-east-1"])));
    }
    const caches = cacheDirs.flatMap((dir) => {
        const layer = openCache(dir, readText, warn, (key) => dateValue(bundledAsOf(REGIONAL_FILES[key])));
        return layer ? [layer] : [];
    });
    const bundledRegional = Object.fromEntries(Object.keys(REGIONAL_FILES).map((key) => [
        key,
        lazy(() => {
            const data = parseRegional(key, parseBundled(REGIONAL_FILES[key], z.unknown()));
            if (typeof data === "string")
                throw invalid(key, data);
            return data;
        }),
    ]));
    function invalid(key, why) {
        return new Error(`invalid price data ${join(bundledDir, REGIONAL_FILES[key])}: ${why}`);
    }
    /** A bundled table; its rows are validated as they are first read, and a bad one throws. */
    function bundledTable(name) {
        const key = TABLE_FILE[name];
        const table = bundledRegional[key]().tables[name];
        if (!table)
            throw invalid(key, `it has no ${name} table`);
        return {
            get regions() {
                return rethrow(key, () => table.regions);
            },
            get: (region, row) => rethrow(key, () => table.get(region, row)),
            hasKey: (row) => rethrow(key, () => table.hasKey(row)),
            checkAll: () => rethrow(key, () => table.checkAll()),
        };
    }
    function rethrow(key, read) {
        try {
            return read();
        }
        catch (err) {
            if (err instanceof PriceShapeError)
                throw invalid(key, err.message);
            throw err;
        }
    }
    /** The cache table that takes precedence for `region`, newest cache first, if any does. */
    const chosen = new Map();
    function cacheTable(name, region) {
        const memo = `${name}\u0000${region}`;
        let table = chosen.get(memo);
        if (table === undefined) {
            table = null;
            const key = TABLE_FILE[name];
            const floor = bundledDate(key, region);
            const candidates = caches
                .flatMap((c) => {
                const file = c.files.get(key);
                return file && dateValue(file.entry.as_of) > floor ? [file] : [];
            })
                .sort((a, b) => dateValue(b.entry.as_of) - dateValue(a.entry.as_of));
            for (const file of candidates) {
                const found = file.load()?.tables[name];
                if (found?.regions.has(region)) {
                    table = found;
                    break;
                }
            }
            chosen.set(memo, table);
        }
        return table ?? undefined;
    }
    /** Every cache table newer than the bundled file in some region (for sizes and coverage). */
    function newerCacheTables(name) {
        const key = TABLE_FILE[name];
        const floor = dateValue(bundledAsOf(REGIONAL_FILES[key]));
        return caches.flatMap((c) => {
            const file = c.files.get(key);
            const table = file && dateValue(file.entry.as_of) > floor ? file.load()?.tables[name] : undefined;
            return table ? [table] : [];
        });
    }
    function regional(name, region, key) {
        const cached = cacheTable(name, region);
        return cached ? cached.get(region, key) : bundledTable(name).get(region, key);
    }
    const karpenterEc2 = lazy(() => {
        const file = parseBundled(PRICE_FILES["aws-ec2-us-east-1"], awsEc2OneRegionFile);
        if (file.region !== KARPENTER_EC2_REGION) {
            throw new Error(`${PRICE_FILES["aws-ec2-us-east-1"]} holds ${file.region}, not ${KARPENTER_EC2_REGION}`);
        }
        return { prices: new Map(Object.entries(file.prices)), source: priceSource(file.source, file.as_of) };
    });
    function ec2Hourly(region, size) {
        if (cacheTable("aws-ec2", region) || region !== KARPENTER_EC2_REGION) {
            return regional("aws-ec2", region, size);
        }
        // us-east-1: Karpenter's table is newer, except for the bare-metal types it prices at Dedicated
        // tenancy, which `aws-ec2.json` lists and prices at shared tenancy. Only a metal type needs
        // the 400 KB regional file, so a plan of ordinary instances never parses it.
        const karpenter = karpenterEc2();
        const price = karpenter.prices.get(size);
        const corrected = size.includes("metal") && bundledRegional["aws-ec2"]().corrects?.has(size);
        if (price !== undefined && !corrected)
            return { price, source: karpenter.source };
        return bundledTable("aws-ec2").get(region, size);
    }
    const gcpCompute = lazy(() => {
        const file = parseBundled(PRICE_FILES["gcp-compute"], gcpComputeFile);
        return {
            types: new Map(Object.entries(file.machine_types)),
            source: priceSource(file.source, file.as_of),
        };
    });
    const managed = lazy(() => managedPrices(parseBundled(PRICE_FILES.managed, managedFile)));
    function machineHourly(catalog, region, size) {
        switch (catalog) {
            case "aws-ec2":
                return ec2Hourly(region, size);
            case "azure-vm":
                return regional("azure-vm", azureRegionKey(region), size);
            case "gcp-compute": {
                const { types, source } = gcpCompute();
                const hourly = types.get(size)?.hourly;
                const price = hourly && Object.hasOwn(hourly, region) ? hourly[region] : undefined;
                return price === undefined ? undefined : { price, source };
            }
        }
    }
    function hasMachineSize(catalog, size) {
        switch (catalog) {
            case "aws-ec2":
                // Karpenter's table first: it is small and has every current type.
                return (karpenterEc2().prices.has(size) ||
                    bundledTable("aws-ec2").hasKey(size) ||
                    newerCacheTables("aws-ec2").some((t) => t.hasKey(size)));
            case "azure-vm":
                return (bundledTable("azure-vm").hasKey(size) || newerCacheTables("azure-vm").some((t) => t.hasKey(size)));
            case "gcp-compute":
                return gcpCompute().types.has(size);
        }
    }
    function regionsOf(table) {
        const regions = new Set();
        if (table === "gcp-compute") {
            for (const type of gcpCompute().types.values())
                for (const r of Object.keys(type.hourly))
                    regions.add(r);
        }
        else {
            if (table === "aws-ec2")
                regions.add(KARPENTER_EC2_REGION);
            for (const t of [bundledTable(table), ...newerCacheTables(table)])
                for (const r of t.regions)
                    regions.add(r);
        }
        return [...regions].sort();
    }
    return {
        version: catalogVersion(bundledManifestText, caches, (key) => dateValue(bundledAsOf(REGIONAL_FILES[key]))),
        machineHourly,
        hasMachineSize,
        managedPrices: (cloud, service) => managed().filter((p) => p.cloud === cloud && p.service === service),
        regionalPrice: (table, region, key) => regional(table, table === "azure-vm" ? azureRegionKey(region) : region, key),
        regionsOf,
    };
}
function tryRead(readText, path) {
    try {
        return readText(path);
    }
    catch (err) {
        if (err.code === "ENOENT")
            return undefined;
        throw err;
    }
}
/**
 * A cache directory's manifest and lazy loaders for its regional files, or undefined when there is
 * no cache (no directory or no manifest) or its manifest is unusable (warned).
 */
function openCache(dir, readText, warn, bundledDate) {
    const manifestPath = join(dir, MANIFEST_FILE);
    let text;
    try {
        text = tryRead(readText, manifestPath);
    }
    catch (err) {
        warn(`ignoring the price cache ${dir}: ${err.message}`);
        return undefined;
    }
    if (text === undefined)
        return undefined;
    const manifest = parseManifest(text);
    if (typeof manifest === "string") {
        warn(`ignoring the price cache ${dir}: ${manifestPath} is not a valid manifest: ${manifest}`);
        return undefined;
    }
    const files = new Map();
    for (const key of Object.keys(REGIONAL_FILES)) {
        const name = REGIONAL_FILES[key];
        const entry = Object.hasOwn(manifest.files, name) ? manifest.files[name] : undefined;
        if (!entry)
            continue;
        if (!isIsoDate(entry.as_of)) {
            warn(`ignoring ${join(dir, name)}: its manifest as_of "${entry.as_of}" is not an ISO date`);
            continue;
        }
        // An older cache file can never take precedence; it is not even read.
        if (dateValue(entry.as_of) <= bundledDate(key))
            continue;
        const source = {
            source: `${citation(entry.source)} (cache, fetched ${entry.fetched_at?.slice(0, 10) ?? "at an unknown time"})`,
            asOf: entry.as_of,
        };
        files.set(key, {
            entry,
            load: lazy(() => {
                const path = join(dir, name);
                let body;
                try {
                    body = readText(path);
                }
                catch (err) {
                    warn(`ignoring ${path}: ${err.message}`);
                    return undefined;
                }
                if (sha256Hex(body) !== entry.sha256) {
                    warn(`ignoring ${path}: its sha256 does not match ${manifestPath}`);
                    return undefined;
                }
                let raw;
                try {
                    raw = JSON.parse(body);
                }
                catch (err) {
                    warn(`ignoring ${path}: ${err.message}`);
                    return undefined;
                }
                const data = parseRegional(key, raw, { sourceOverride: source, eager: true });
                if (typeof data === "string") {
                    warn(`ignoring ${path}: it does not have the shape of ${name}: ${data}`);
                    return undefined;
                }
                return data;
            }),
        });
    }
    return { dir, manifest, files };
}
/**
 * sha256 over the bundled manifest and the cache entries that can take precedence: cheap (no price
 * file is read) and independent of where the directories are.
 */
function catalogVersion(bundledManifestText, caches, bundledDate) {
    const parts = [bundledManifestText];
    for (const cache of caches) {
        const entries = [...cache.files]
            .filter(([key, f]) => dateValue(f.entry.as_of) > bundledDate(key))
            .map(([key, f]) => [REGIONAL_FILES[key], f.entry])
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        if (entries.length > 0)
            parts.push(JSON.stringify(entries));
    }
    return sha256Hex(parts.join("\n"));
}
function lazy(load) {
    let value;
    return () => (value ??= { v: load() }).v;
}
function managedPrices(file) {
    return file.entries.map((e) => ({
        cloud: e.provider,
        service: e.service,
        resourceType: e.resource_type,
        component: e.component,
        unit: e.unit,
        price: e.price,
        region: e.region,
        ...(e.per_1m !== undefined && { per1m: e.per_1m }),
        source: priceSource(e.source, priceDate(e.as_of, e.source, e.corroboration)),
    }));
}

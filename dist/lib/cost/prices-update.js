/**
 * `plagentic prices update`: runs the fetchers of each cloud asked for and writes what they fetched
 * into the price cache. A cloud's files are committed together and only after every fetcher of
 * that cloud finished and produced prices, so an interrupted or failed fetch leaves the cache as
 * it was. Only the CLI imports this module: plans read the cache, they never fetch.
 */
import { PlagenticError } from "../spec/errors.js";
import { commitPriceCache, defaultPriceCacheDir, readPriceCacheFile, removeStaleTempFiles, } from "./price-cache.js";
import { earliest, isRecord, sortedRecord } from "./sources/fetcher.js";
import { HttpClient, interrupted } from "./sources/http.js";
import { DEFAULT_PRICE_ENDPOINTS, PRICE_CLOUDS, PRICE_ENDPOINT_VARIABLES, PRICE_FETCHERS, } from "./sources/index.js";
export function parseCloud(value) {
    if (value === undefined)
        return [...PRICE_CLOUDS];
    const v = value.trim().toLowerCase();
    if (PRICE_CLOUDS.includes(v))
        return [v];
    throw new PlagenticError(`unknown cloud ${JSON.stringify(value)}: expected one of ${PRICE_CLOUDS.join(", ")}`);
}
export function priceEndpoint(cloud, env, config) {
    return (env[PRICE_ENDPOINT_VARIABLES[cloud]] ||
        config.prices?.endpoints?.[cloud] ||
        DEFAULT_PRICE_ENDPOINTS[cloud]);
}
export async function updatePrices(opts) {
    const clouds = parseCloud(opts.cloud);
    const regions = normalizeRegions(opts.regions);
    if (regions && clouds.length > 1) {
        throw new PlagenticError(`--region names a region of one cloud: add --cloud ${PRICE_CLOUDS.join("|")}`);
    }
    const cacheDir = defaultPriceCacheDir(opts.env, opts.config);
    if (cacheDir === undefined) {
        throw new PlagenticError("no place for the price cache: set prices.cache_dir in config.yaml, or HOME");
    }
    const http = new HttpClient({
        ...opts.http,
        ...(opts.signal && { signal: opts.signal }),
        ...(opts.progress && { progress: opts.progress }),
    });
    const now = opts.now ?? (() => new Date());
    const contexts = new Map();
    for (const cloud of clouds) {
        const ctx = {
            http,
            endpoint: priceEndpoint(cloud, opts.env, opts.config),
            regions,
            env: opts.env,
            now,
            note: opts.note ?? (() => undefined),
        };
        for (const f of PRICE_FETCHERS[cloud])
            f.check?.(ctx);
        contexts.set(cloud, ctx);
    }
    await removeStaleTempFiles(cacheDir);
    const result = { cacheDir, clouds: [] };
    for (const cloud of clouds) {
        const ctx = contexts.get(cloud);
        const fetched = [];
        try {
            for (const fetcher of PRICE_FETCHERS[cloud])
                fetched.push(...(await fetcher.fetch(ctx)));
        }
        catch (e) {
            // Each cloud is committed on its own: say which ones this run did update before the failure.
            const done = result.clouds.map((c) => c.cloud);
            if (done.length > 0)
                ctx.note(`${done.join(" and ")} prices were updated; ${cloud} was not`);
            throw e;
        }
        if (opts.signal?.aborted)
            throw interrupted();
        const fetchedAt = now().toISOString();
        const writes = [];
        const files = [];
        for (const file of fetched) {
            // A run for some regions merges into the cached file; a run for all regions replaces it.
            const older = regions ? await readPriceCacheFile(cacheDir, file.name) : undefined;
            const merged = isRecord(older) ? file.merge(older) : { ...file.content };
            const regionAsOf = sortedRecord({
                ...(isRecord(older) && isRecord(older["region_as_of"])
                    ? older["region_as_of"]
                    : {}),
                ...file.regionAsOf,
            });
            // A file mixing regions fetched at different times is only as fresh as its oldest region.
            const asOf = earliest(Object.values(regionAsOf)) ?? fetchedAt;
            const content = { ...merged, source: file.source, as_of: asOf, region_as_of: regionAsOf };
            writes.push({ name: file.name, content, asOf, source: file.source, fetchedAt });
            files.push({
                name: file.name,
                regions: Object.keys(file.regionAsOf).sort(),
                // What this run fetched; the file's own as_of may be older when it merged cached regions.
                asOf: earliest(Object.values(file.regionAsOf)) ?? fetchedAt,
                source: file.source,
            });
        }
        if (writes.length > 0)
            await commitPriceCache(cacheDir, writes);
        result.clouds.push({ cloud, files });
    }
    return result;
}
function normalizeRegions(regions) {
    const list = [
        ...new Set((regions ?? [])
            .flatMap((r) => r.split(","))
            .map((r) => r.trim())
            .filter(Boolean)),
    ];
    return list.length > 0 ? list : undefined;
}

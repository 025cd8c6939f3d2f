/**
 * Cost estimation: interprets each resource type's PricingRule against the price catalog and
 * compares live (before) with desired (after) state. Pure: the catalog is passed in.
 */
import { getResourceType } from "../spec/registry.js";
import { booleanAt, objectAt, stringAt } from "./attributes.js";
import { roundMoney, unknownComponent } from "./components.js";
import { computeDisk } from "./disks.js";
import { getEstimator } from "./estimator-registry.js";
import { machineComponent, publicIpv4 } from "./machines.js";
import { HOURS_PER_MONTH, } from "./model.js";
import { estimateUsageRange } from "./range.js";
import { DEFAULT_USAGE_RANGES } from "./usage-ranges.js";
export function estimateResource(resource, region, catalog) {
    const components = componentsOf(resource, { region, catalog });
    return { monthly: monthlyOf(components), components };
}
function componentsOf(resource, ctx) {
    const def = getResourceType(resource.type);
    if (!def)
        return [unknownComponent("Resource", "month", `resource type ${resource.type} is not registered`)];
    const rule = def.pricing;
    switch (rule.kind) {
        case "free":
            return [];
        case "compute": {
            const components = [
                machineComponent(ctx, rule.catalog, stringAt(resource.attributes, rule.sizeProperty), rule.sizeProperty),
            ];
            // Only a disk the spec declares is priced; a default root disk would be a guess.
            const disk = rule.diskProperty ? objectAt(resource.attributes, rule.diskProperty) : undefined;
            if (disk)
                components.push(computeDisk(ctx, rule.catalog, disk));
            if (rule.publicIpProperty && booleanAt(resource.attributes, rule.publicIpProperty) === true) {
                components.push(publicIpv4(ctx, rule.catalog));
            }
            return components;
        }
        case "estimator": {
            const estimator = getEstimator(rule.name);
            if (!estimator)
                return [unknownComponent("Resource", "month", `no estimator named ${rule.name}`)];
            return estimator.estimate(resource, ctx);
        }
    }
}
/** Known components summed; null when a fixed component is unknown. Usage-based ones add nothing. */
function monthlyOf(components) {
    let total = 0;
    for (const c of components) {
        if (c.usageBased)
            continue;
        if (c.monthly === null)
            return null;
        total += c.monthly;
    }
    return roundMoney(total);
}
/**
 * The cost of going from `before` to `after`, per address and in total. Totals leave unknown
 * figures out (they are listed in `unknown`); the total delta is the sum of the per-resource
 * deltas that are known, so a resource priced on one side only does not show as a saving or a rise.
 * Usage-priced components without usage figures are in no total; the desired side's are priced at
 * typical usage as a range (range.ts), reported beside the totals, never in them.
 */
export function estimateCost(input, catalog) {
    const before = byAddress(input.before);
    const after = byAddress(input.after);
    const addresses = [...before.keys()];
    for (const address of after.keys())
        if (!before.has(address))
            addresses.push(address);
    sortAddresses(addresses);
    const resources = [];
    const unknown = [];
    const unknownSeen = new Set();
    const usageBased = [];
    const sources = new Map();
    // Components share their catalog's PriceSource objects: each one's key is written once.
    const sourceKeys = new Map();
    const sourceKey = (source) => {
        let key = sourceKeys.get(source);
        if (key === undefined) {
            key = `${source.source}\u0000${source.asOf}`;
            sourceKeys.set(source, key);
        }
        return key;
    };
    let monthlyBefore = 0;
    let monthlyAfter = 0;
    let monthlyDelta = 0;
    const table = input.usageRanges ?? DEFAULT_USAGE_RANGES;
    let ranged = false;
    let usageLow = 0;
    let usageHigh = 0;
    for (const address of addresses) {
        const was = before.get(address);
        const will = after.get(address);
        const estBefore = was && estimateResource(was, input.region, catalog);
        const estAfter = will && estimateResource(will, input.region, catalog);
        // An absent side costs nothing: the resource does not exist there.
        const costBefore = estBefore ? estBefore.monthly : 0;
        const costAfter = estAfter ? estAfter.monthly : 0;
        const delta = costBefore !== null && costAfter !== null ? roundMoney(costAfter - costBefore) : null;
        const shown = (estAfter ?? estBefore)?.components ?? [];
        const range = will && estAfter && estimateUsageRange(will, estAfter.components, input.region, catalog, table);
        resources.push({
            address,
            type: (will ?? was)?.type ?? "",
            monthlyBefore: costBefore,
            monthlyAfter: costAfter,
            monthlyDelta: delta,
            components: shown,
            ...(range && { usageRange: range }),
        });
        if (range) {
            ranged = true;
            usageLow += range.low;
            usageHigh += range.high;
        }
        if (costBefore !== null)
            monthlyBefore += costBefore;
        if (costAfter !== null)
            monthlyAfter += costAfter;
        if (delta !== null)
            monthlyDelta += delta;
        const note = (c) => {
            if (c.priceSource)
                sources.set(sourceKey(c.priceSource), c.priceSource);
            if (c.unitPrice === null || (c.monthly === null && !c.usageBased)) {
                const reason = c.unknownReason ?? "price not known";
                const key = `${address}\u0000${c.name}\u0000${reason}`;
                if (!unknownSeen.has(key)) {
                    unknownSeen.add(key);
                    unknown.push({ address, component: c.name, reason });
                }
            }
        };
        if (estAfter)
            estAfter.components.forEach(note);
        if (estBefore)
            estBefore.components.forEach(note);
        const inRange = new Set(range?.components);
        for (const c of shown) {
            if (!c.usageBased)
                continue;
            const entry = {
                address,
                component: c.name,
                unit: c.unit,
                unitPrice: c.unitPrice,
            };
            if (inRange.has(c.name))
                entry.inRange = true;
            usageBased.push(entry);
        }
    }
    const usageRange = ranged ? { low: roundMoney(usageLow), high: roundMoney(usageHigh) } : undefined;
    return {
        currency: "USD",
        hoursPerMonth: HOURS_PER_MONTH,
        monthlyBefore: roundMoney(monthlyBefore),
        monthlyAfter: roundMoney(monthlyAfter),
        monthlyDelta: roundMoney(monthlyDelta),
        resources,
        unknown,
        usageBased,
        catalogVersion: catalog.version,
        ...(usageRange && {
            usageRange,
            monthlyAfterRange: {
                low: roundMoney(monthlyAfter + usageRange.low),
                high: roundMoney(monthlyAfter + usageRange.high),
            },
        }),
        sources: [...sources.values()].sort((a, b) => compareText(a.source, b.source) || compareText(a.asOf, b.asOf)),
    };
}
function byAddress(resources) {
    const map = new Map();
    for (const r of resources) {
        if (map.has(r.address))
            throw new Error(`resource address ${r.address} appears twice`);
        map.set(r.address, r);
    }
    return map;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const INDEXED = /^(.*)\[(\d+)\]$/;
function addressKey(address) {
    const m = INDEXED.exec(address);
    return m ? { base: m[1], index: Number(m[2]) } : { base: address, index: -1 };
}
function compareKeys(a, b) {
    if (a.base !== b.base)
        return compareText(a.base, b.base);
    return a.index - b.index;
}
/** By address, with counted instances in numeric order (`web[2]` before `web[10]`). */
export function compareAddresses(a, b) {
    return compareKeys(addressKey(a), addressKey(b));
}
/**
 * Sorts `addresses` in place as `compareAddresses` orders them, each read once rather than at
 * every comparison (a plan of 10,000 resources makes some 130,000).
 */
export function sortAddresses(addresses) {
    const keyed = addresses.map((address) => ({ address, key: addressKey(address) }));
    keyed.sort((a, b) => compareKeys(a.key, b.key));
    for (let i = 0; i < keyed.length; i++)
        addresses[i] = keyed[i].address;
}

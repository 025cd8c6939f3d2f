/**
 * What the two cost rules share: a limit cannot be checked against a price nobody knows. Unknown
 * prices are left out of the totals (never counted as $0, invariant 10), so a total under the
 * limit proves nothing while a resource it judges is unpriced. By default that fails the limit;
 * `unknown_prices: warn` accepts the risk and only warns, as Plagentic did before.
 *
 * Usage-priced components (requests, GB-seconds) without usage figures are never in the totals,
 * priced or not, so they do not count here; with usage figures they are fixed prices and do.
 */
import { z } from "zod";
import { fewByName } from "../words.js";
export const unknownPricesOption = z.enum(["fail", "warn"]).default("fail");
const INDEXED = /^(.*)\[(\d+)\]$/;
/** Counted instances collapse: twenty `aws_instance.big[i]` read as "aws_instance.big × 20". */
function resourceNames(addresses) {
    const groups = new Map();
    for (const address of addresses) {
        const base = INDEXED.exec(address)?.[1] ?? address;
        groups.set(base, (groups.get(base) ?? 0) + 1);
    }
    const names = [];
    const named = new Set();
    for (const address of addresses) {
        const base = INDEXED.exec(address)?.[1] ?? address;
        const n = groups.get(base) ?? 1;
        if (n === 1)
            names.push(address);
        else if (!named.has(base))
            names.push(`${base} × ${n}`);
        named.add(base);
    }
    return names;
}
function reasonsFor(cost, addresses) {
    const reasons = cost.unknown.filter((u) => addresses.has(u.address)).map((u) => u.reason);
    return [...new Set(reasons)];
}
/** One finding naming the unpriced resources and the limit they keep from being checked. */
export function unknownPriceFinding(cost, judged) {
    const { unpriced, limit, estimate, configKey, mode } = judged;
    if (unpriced.length === 0)
        return [];
    const addresses = unpriced.map((r) => r.address);
    const names = fewByName(resourceNames(addresses), 10);
    const reasons = reasonsFor(cost, new Set(addresses));
    const why = reasons.length > 0 ? ` (${fewByName(reasons, 2, "other reasons")})` : "";
    const one = addresses.length === 1;
    const prices = one ? `price of ${names} is` : `prices of ${names} are`;
    if (mode === "warn") {
        return [
            {
                level: "warn",
                message: `The ${estimate} may break ${limit}: the ${prices} unknown${why} and left out; check ${one ? "it" : "them"} before approving (unknown prices only warn because of unknown_prices: warn in ${configKey}).`,
            },
        ];
    }
    return [
        {
            message: `Cannot check ${limit}: the ${prices} unknown${why}, so the ${estimate} leaves ${one ? "it" : "them"} out. Choose sizes and a region the price catalog covers, add the missing prices, or accept the risk with unknown_prices: warn in ${configKey}.`,
        },
    ];
}

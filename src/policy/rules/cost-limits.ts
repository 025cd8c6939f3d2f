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
import type { CostReport, ResourceCost } from "../../cost/model.js";
import type { RuleFinding } from "../rule.js";
import { fewByName } from "../words.js";

export const unknownPricesOption = z.enum(["fail", "warn"]).default("fail");

export type UnknownPrices = z.output<typeof unknownPricesOption>;

const INDEXED = /^(.*)\[(\d+)\]$/;

/** Counted instances collapse: twenty `aws_instance.big[i]` read as "aws_instance.big × 20". */
function resourceNames(addresses: readonly string[]): string[] {
  const groups = new Map<string, number>();
  for (const address of addresses) {
    const base = INDEXED.exec(address)?.[1] ?? address;
    groups.set(base, (groups.get(base) ?? 0) + 1);
  }
  const names: string[] = [];
  const named = new Set<string>();
  for (const address of addresses) {
    const base = INDEXED.exec(address)?.[1] ?? address;
    const n = groups.get(base) ?? 1;
    if (n === 1) names.push(address);
    else if (!named.has(base)) names.push(`${base} × ${n}`);
    named.add(base);
  }
  return names;
}

function reasonsFor(cost: CostReport, addresses: ReadonlySet<string>): string[] {
  const reasons = cost.unknown.filter((u) => addresses.has(u.address)).map((u) => u.reason);
  return [...new Set(reasons)];
}

export interface UnpricedLimit {
  /** Resources the limit judges whose figure is unknown, in report order. */
  unpriced: ResourceCost[];
  /** "the $1,000.00 monthly limit" */
  limit: string;
  /** "monthly total of $0.00" */
  estimate: string;
  /** The config key to name in the way out, e.g. `policies.max_monthly_cost`. */
  configKey: string;
  mode: UnknownPrices;
}

/** One finding naming the unpriced resources and the limit they keep from being checked. */
export function unknownPriceFinding(cost: CostReport, judged: UnpricedLimit): RuleFinding[] {
  const { unpriced, limit, estimate, configKey, mode } = judged;
  if (unpriced.length === 0) return [];
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

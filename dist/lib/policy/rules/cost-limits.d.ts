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
export declare const unknownPricesOption: z.ZodDefault<z.ZodEnum<{
    warn: "warn";
    fail: "fail";
}>>;
export type UnknownPrices = z.output<typeof unknownPricesOption>;
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
export declare function unknownPriceFinding(cost: CostReport, judged: UnpricedLimit): RuleFinding[];

/**
 * Usage ranges: what a resource's usage-priced components would cost at typical usage when the
 * spec gives no `usage:` figures. No estimator knows about ranges: the resource's own estimator
 * runs twice more, with the missing figures filled at the low and then the high end of
 * usage-ranges.ts (figures the spec gives stay as given), and the components that were
 * "depends on usage" are read off those runs.
 */
import type { PriceCatalog } from "./catalog.js";
import { roundMoney } from "./components.js";
import { getEstimator } from "./estimator-registry.js";
import type { CostComponent, PricedResource, UsageAssumption, UsageRange } from "./model.js";
import { typicalUsage, type UsageRangeTable } from "./usage-ranges.js";
import { getResourceType } from "../spec/registry.js";

/** A component the spec's usage figures leave unpriced, though its unit price is known. */
function open(c: CostComponent): boolean {
  return c.usageBased === true && c.monthly === null && c.unitPrice !== null;
}

/**
 * The usage range of `resource`, whose estimate gave `components`; undefined when every usage
 * figure it reads is given, when no usage-priced component has a known price, or when the
 * resource is not priced by an estimator (only estimators read usage).
 */
export function estimateUsageRange(
  resource: PricedResource,
  components: readonly CostComponent[],
  region: string,
  catalog: PriceCatalog,
  table: UsageRangeTable,
): UsageRange | undefined {
  if (!components.some((c) => c.usageBased === true && c.monthly === null)) return undefined;
  const rule = getResourceType(resource.type)?.pricing;
  const estimator = rule?.kind === "estimator" ? getEstimator(rule.name) : undefined;
  if (!estimator) return undefined;

  const assumptions: UsageAssumption[] = [];
  for (const key of estimator.usage ?? []) {
    if (Object.hasOwn(resource.usage, key)) continue;
    const typical = typicalUsage(table, key);
    if (typical) assumptions.push({ key, low: typical.low, high: typical.high, unit: typical.unit });
  }
  if (assumptions.length === 0) return undefined;

  const at = (end: "low" | "high"): CostComponent[] => {
    const usage = { ...resource.usage };
    for (const a of assumptions) usage[a.key] = a[end];
    return estimator.estimate({ ...resource, usage }, { region, catalog });
  };
  const low = at("low");
  const high = at("high");
  // Same resource, same estimator: the components line up. If they ever do not, no range rather
  // than a wrong one.
  const aligned = (run: CostComponent[]) =>
    run.length === components.length && run.every((c, i) => c.name === components[i]!.name);
  if (!aligned(low) || !aligned(high)) return undefined;

  let lowTotal = 0;
  let highTotal = 0;
  const priced: string[] = [];
  const leavesOut: string[] = [];
  components.forEach((c, i) => {
    if (!(c.usageBased === true && c.monthly === null)) return;
    const l = low[i]!.monthly;
    const h = high[i]!.monthly;
    if (!open(c) || l === null || h === null) {
      leavesOut.push(c.name);
      return;
    }
    lowTotal += Math.min(l, h);
    highTotal += Math.max(l, h);
    priced.push(c.name);
  });
  if (priced.length === 0) return undefined;
  return {
    low: roundMoney(lowTotal),
    high: roundMoney(highTotal),
    assumptions,
    components: priced,
    ...(leavesOut.length > 0 && { leavesOut }),
  };
}

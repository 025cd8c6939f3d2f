/**
 * Hourly machine prices (EC2, Compute Engine, Azure VMs) as cost components, shared by the
 * `compute` pricing rule and by node groups and node pools.
 */
import { HOURS_PER_MONTH, type CostComponent } from "./model.js";
import type { MachineCatalog } from "./catalog.js";
import { fixedComponent, unknownComponent } from "./components.js";
import type { EstimateContext } from "./estimator.js";

const LABEL: Record<MachineCatalog, { cloud: string; terms: string; coverage?: string }> = {
  "aws-ec2": {
    cloud: "EC2",
    terms: "Linux, on-demand",
    coverage: "the EC2 price data covers us-east-1 only",
  },
  "gcp-compute": { cloud: "Compute Engine", terms: "on-demand" },
  "azure-vm": { cloud: "Azure VM", terms: "Linux, pay-as-you-go" },
};

/**
 * `count` machines of `size` running all month. `sizeProperty` names the attribute for the message
 * when the size is missing.
 */
export function machineComponent(
  ctx: EstimateContext,
  catalog: MachineCatalog,
  size: string | undefined,
  sizeProperty: string,
  count = 1,
): CostComponent {
  const label = LABEL[catalog];
  if (size === undefined) {
    return unknownComponent(`Instance usage (${label.terms})`, "hour", `${sizeProperty} is not set`);
  }
  const name = `Instance usage (${label.terms}, ${size})`;
  const hours = HOURS_PER_MONTH * count;
  const hourly = ctx.catalog.machineHourly(catalog, ctx.region, size);
  if (hourly) return fixedComponent(name, "hour", hourly, hours);
  const reason = ctx.catalog.hasMachineSize(catalog, size)
    ? `no ${label.cloud} price for ${size} in region ${ctx.region}${label.coverage ? `; ${label.coverage}` : ""}`
    : `${size} is not in the ${label.cloud} price data`;
  return unknownComponent(name, "hour", reason, hours);
}

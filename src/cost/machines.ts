/**
 * Hourly machine prices (EC2, Compute Engine, Azure VMs) as cost components, shared by the
 * `compute` pricing rule and by node groups and node pools.
 */
import { HOURS_PER_MONTH, type CostComponent } from "./model.js";
import type { MachineCatalog } from "./catalog.js";
import { fixedComponent, unknownComponent } from "./components.js";
import { coverage } from "./coverage.js";
import { findRegional, type EstimateContext } from "./estimator.js";
import { azureRegionKey } from "./regions.js";

const LABEL: Record<MachineCatalog, { cloud: string; terms: string }> = {
  "aws-ec2": { cloud: "EC2", terms: "Linux, on-demand" },
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
  if (!ctx.catalog.hasMachineSize(catalog, size)) {
    return unknownComponent(name, "hour", `${size} is not in the ${label.cloud} price data`, hours);
  }
  const region = catalog === "azure-vm" ? azureRegionKey(ctx.region) : ctx.region;
  const regions = ctx.catalog.regionsOf(catalog);
  const reason = regions.includes(region)
    ? `no ${label.cloud} price for ${size} in region ${ctx.region}; the price data has other types there but not this one`
    : `no ${label.cloud} price for ${size} in region ${ctx.region}; the ${label.cloud} price data ${coverage(regions, region)}`;
  return unknownComponent(name, "hour", reason, hours);
}

/** The public IPv4 address a compute resource asks for, billed by the hour while attached. */
export function publicIpv4(ctx: EstimateContext, catalog: MachineCatalog): CostComponent {
  const name = "External IPv4 address (in use)";
  const found =
    catalog === "gcp-compute"
      ? findRegional(ctx, "gcp-network", "external_ip_in_use_per_hour", "external IP")
      : `no ${LABEL[catalog].cloud} public IP price in the price data`;
  return fixedComponent(name, "hour", found, HOURS_PER_MONTH);
}

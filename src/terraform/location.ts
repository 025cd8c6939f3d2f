/**
 * Where imported resources live, as a spec states it: the region (from ARNs, zones and locations
 * in the state, since a state does not record the provider's configuration), GCP's project, and
 * Azure's subscription and resource group.
 */
import type { Cloud } from "../spec/model.js";

/** The region, from what the state's resources say of themselves. */
export function regionOf(cloud: Cloud, all: Record<string, unknown>[]): string | undefined {
  for (const a of all) {
    if (cloud === "aws") {
      const arn =
        typeof a["arn"] === "string" ? /^arn:[a-z-]+:[a-z0-9-]+:([a-z0-9-]+):/.exec(a["arn"]) : null;
      if (arn) return arn[1];
      const zone = a["availability_zone"];
      if (typeof zone === "string" && /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(zone)) return zone.slice(0, -1);
    } else {
      const v = cloud === "azure" ? a["location"] : (a["region"] ?? a["zone"]);
      if (typeof v === "string" && /^[a-z0-9-]+$/.test(v)) return v;
    }
  }
  return undefined;
}

/** GCP's project and Azure's subscription and resource group, which a spec of those clouds names. */
export function cloudFields(cloud: Cloud, all: Record<string, unknown>[]): Record<string, string> {
  const first = (key: string): string | undefined =>
    all.map((a) => a[key]).find((v): v is string => typeof v === "string" && v !== "");
  if (cloud === "gcp") {
    const project = first("project");
    return project ? { project } : {};
  }
  if (cloud === "azure") {
    const group = first("resource_group_name");
    const sub = all
      .map((a) =>
        typeof a["id"] === "string" ? /^\/subscriptions\/([^/]+)\//i.exec(a["id"])?.[1] : undefined,
      )
      .find((s) => s !== undefined);
    return { ...(sub && { subscription: sub }), ...(group && { resource_group: group }) };
  }
  return {};
}

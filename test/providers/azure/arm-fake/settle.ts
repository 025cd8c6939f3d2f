/**
 * What ARM fills in when a PUT ends well, per type, as its REST reference shows a GET afterwards:
 * the properties a spec may leave out (an AKS version, a database's size), and the read-only
 * state (a server `Ready`, a database `Online` under its DTU tier's name).
 */
import type { Wire } from "./store.js";

export const FAKE_TENANT = "72f988bf-0000-0000-0000-000000000000";

/** DTU objectives ARM reports by tier: S0 comes back as { name: Standard, capacity: 10 }. */
const DTU: Record<string, { tier: string; capacity: number }> = {
  Basic: { tier: "Basic", capacity: 5 },
  S0: { tier: "Standard", capacity: 10 },
  S1: { tier: "Standard", capacity: 20 },
  S2: { tier: "Standard", capacity: 50 },
};

export function settled(r: Wire): void {
  const type = r.type.toLowerCase();
  const p = r.properties;
  p["provisioningState"] = "Succeeded";
  if (type === "microsoft.containerservice/managedclusters") {
    p["kubernetesVersion"] ??= "1.33.2";
    p["currentKubernetesVersion"] = p["kubernetesVersion"];
    p["fqdn"] = `${String(p["dnsPrefix"])}.hcp.eastus.azmk8s.io`;
  } else if (type === "microsoft.sql/servers") {
    delete p["provisioningState"];
    p["state"] = "Ready";
    p["fullyQualifiedDomainName"] = `${r.name}.database.windows.net`;
    const admins = p["administrators"] as Record<string, unknown> | undefined;
    if (admins) admins["tenantId"] ??= FAKE_TENANT;
  } else if (type === "microsoft.sql/servers/databases") {
    delete p["provisioningState"];
    p["status"] = "Online";
    const objective = String(r.sku?.["name"] ?? "");
    p["currentServiceObjectiveName"] = objective;
    p["requestedServiceObjectiveName"] = objective;
    const dtu = DTU[objective];
    if (dtu) r.sku = { name: dtu.tier, tier: dtu.tier, capacity: dtu.capacity };
    p["maxSizeBytes"] ??= 268435456000;
    if (!dtu) p["licenseType"] ??= "LicenseIncluded";
  } else if (type === "microsoft.compute/disks") {
    p["diskState"] = "Unattached";
  } else if (type === "microsoft.web/serverfarms") {
    p["status"] = "Ready";
  } else if (type === "microsoft.web/sites") {
    p["state"] = "Running";
    p["defaultHostName"] = `${r.name}.azurewebsites.net`;
  }
}

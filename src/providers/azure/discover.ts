/**
 * Which optional Azure types (services whose SDK loads only when needed) have resources in an
 * environment the spec no longer declares: one listing of the subscription's resources carrying
 * the environment's tag, through the resources client that is loaded anyway. A plan of a spec
 * with only a VM then loads neither the AKS, SQL nor App Service SDK, yet still sees (and can
 * delete) a cluster the spec dropped.
 */
import type { ProviderTarget } from "../provider.js";
import { OWNER_TAG_ENVIRONMENT } from "../provider.js";
import { all, guarded, type AzureContext } from "./context.js";

/** ARM's resource type (lower case) of each optional handler's resources. */
const HANDLER_OF_ARM_TYPE: Readonly<Record<string, string>> = {
  "microsoft.compute/disks": "azurerm_managed_disk",
  "microsoft.containerservice/managedclusters": "azurerm_kubernetes_cluster",
  "microsoft.sql/servers": "azurerm_mssql_server",
  "microsoft.sql/servers/databases": "azurerm_mssql_database",
  "microsoft.web/serverfarms": "azurerm_service_plan",
  "microsoft.web/sites": "azurerm_linux_function_app",
};

export async function discoverAzure(
  ctx: AzureContext,
  target: ProviderTarget,
  types: readonly string[],
): Promise<ReadonlySet<string>> {
  // An optional type discovery cannot map is listed, rather than missed.
  const mapped = new Set(Object.values(HANDLER_OF_ARM_TYPE));
  const found = new Set(types.filter((t) => !mapped.has(t)));
  const env = target.environment.replace(/'/g, "''");
  const filter = `tagName eq '${OWNER_TAG_ENVIRONMENT}' and tagValue eq '${env}'`;
  const resources = await guarded(() => all(ctx.clients().resources.resources.list({ filter })));
  for (const r of resources) {
    const type = HANDLER_OF_ARM_TYPE[(r.type ?? "").toLowerCase()];
    if (type !== undefined && types.includes(type)) found.add(type);
  }
  return found;
}

import { OWNER_TAG_ENVIRONMENT } from "../provider.js";
import { all, guarded } from "./context.js";
/** ARM's resource type (lower case) of each optional handler's resources. */
const HANDLER_OF_ARM_TYPE = {
    "microsoft.compute/disks": "azurerm_managed_disk",
    "microsoft.containerservice/managedclusters": "azurerm_kubernetes_cluster",
    "microsoft.sql/servers": "azurerm_mssql_server",
    "microsoft.sql/servers/databases": "azurerm_mssql_database",
    "microsoft.web/serverfarms": "azurerm_service_plan",
    "microsoft.web/sites": "azurerm_linux_function_app",
};
export async function discoverAzure(ctx, target, types) {
    // An optional type discovery cannot map is listed, rather than missed.
    const mapped = new Set(Object.values(HANDLER_OF_ARM_TYPE));
    const found = new Set(types.filter((t) => !mapped.has(t)));
    const env = target.environment.replace(/'/g, "''");
    const filter = `tagName eq '${OWNER_TAG_ENVIRONMENT}' and tagValue eq '${env}'`;
    const resources = await guarded(() => all(ctx.clients().resources.resources.list({ filter })));
    for (const r of resources) {
        const type = HANDLER_OF_ARM_TYPE[(r.type ?? "").toLowerCase()];
        if (type !== undefined && types.includes(type))
            found.add(type);
    }
    return found;
}

import { armHandler } from "../arm-handler.js";
import { locationOf, unusableState } from "../context.js";
import { untilDone } from "../long-operation.js";
import { canonicalId } from "../names.js";
import { webClient } from "../services.js";
const STORAGE = "AzureWebJobsStorage__accountName";
const RUNTIME = "FUNCTIONS_EXTENSION_VERSION";
/** The settings a PUT writes: `current` (kept, since a PUT replaces them all) with ours over it. */
function settings(attrs, current) {
    const ours = {
        [STORAGE]: String(attrs["storage_account_name"] ?? ""),
        [RUNTIME]: String(attrs["functions_extension_version"] ?? "~4"),
    };
    return Object.entries({ ...current, ...ours }).map(([name, value]) => ({ name, value }));
}
export function functionAppBody(location, attrs, tags, current = {}) {
    return {
        location,
        tags,
        kind: "functionapp,linux",
        identity: { type: "SystemAssigned" },
        serverFarmId: String(attrs["service_plan"] ?? ""),
        reserved: true,
        httpsOnly: attrs["https_only"] !== false,
        siteConfig: { appSettings: settings(attrs, current) },
    };
}
export function functionAppAttributes(s) {
    return {
        location: s.location ?? "",
        service_plan: canonicalId(s.serverFarmId),
        https_only: s.httpsOnly ?? false,
    };
}
async function appSettings(c, group, name) {
    return (await c.webApps.listApplicationSettings(group, name)).properties ?? {};
}
export const linuxFunctionApp = armHandler({
    type: "azurerm_linux_function_app",
    optional: true,
    writeOnly: ["storage_account_name", "functions_extension_version"],
    client: (ctx, subscription) => ctx.service(webClient, subscription),
    list: (c, group) => c.webApps.listByResourceGroup(group),
    get: (c, group, name) => c.webApps.get(group, name),
    async put(ctx, c, at, op, tags) {
        const current = at.existing ? await appSettings(c, at.group, at.name) : {};
        const body = functionAppBody(locationOf(op), op.attributes, tags, current);
        return ((await untilDone(ctx, `${op.address} (${at.name}) to be written`, () => c.webApps.beginCreateOrUpdate(at.group, at.name, body))) ?? c.webApps.get(at.group, at.name));
    },
    remove: (_ctx, c, group, name) => c.webApps.delete(group, name),
    attributes: functionAppAttributes,
    // A site has no provisioningState; a failed or deleted one says so in `state`.
    state: (s) => unusableState(s) ?? (/^(failed|deleting|canceled)$/i.test(s.state ?? "") ? s.state : undefined),
});

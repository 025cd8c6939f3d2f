import { armHandler } from "../arm-handler.js";
import { locationOf } from "../context.js";
import { untilDone } from "../long-operation.js";
import { webClient } from "../services.js";
export function planBody(location, attrs, tags) {
    const os = attrs["os_type"];
    return {
        location,
        tags,
        kind: os === "Linux" ? "linux" : "app",
        sku: { name: String(attrs["sku_name"] ?? "") },
        reserved: os === "Linux",
        hyperV: os === "WindowsContainer",
    };
}
export function planAttributes(p) {
    return {
        location: p.location ?? "",
        os_type: p.reserved ? "Linux" : p.hyperV ? "WindowsContainer" : "Windows",
        sku_name: p.sku?.name ?? "",
    };
}
export const servicePlan = armHandler({
    type: "azurerm_service_plan",
    optional: true,
    client: (ctx, subscription) => ctx.service(webClient, subscription),
    list: (c, group) => c.appServicePlans.listByResourceGroup(group),
    get: (c, group, name) => c.appServicePlans.get(group, name),
    put: async (ctx, c, at, op, tags) => (await untilDone(ctx, `${op.address} (${at.name}) to be written`, () => c.appServicePlans.beginCreateOrUpdate(at.group, at.name, planBody(locationOf(op), op.attributes, tags)))) ?? c.appServicePlans.get(at.group, at.name),
    remove: (_ctx, c, group, name) => c.appServicePlans.delete(group, name),
    attributes: planAttributes,
});

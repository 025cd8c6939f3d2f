import { armHandler } from "../arm-handler.js";
import { locationOf } from "../context.js";
import { untilDone } from "../long-operation.js";
import { containerServiceClient } from "../services.js";
const obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
export function clusterBody(location, attrs, tags) {
    const pool = obj(attrs["default_node_pool"]);
    const version = attrs["kubernetes_version"];
    return {
        location,
        tags,
        identity: { type: "SystemAssigned" },
        sku: { name: "Base", tier: String(attrs["sku_tier"] ?? "Free") },
        dnsPrefix: String(attrs["dns_prefix"] ?? ""),
        ...(typeof version === "string" && { kubernetesVersion: version }),
        agentPoolProfiles: [
            {
                name: String(pool["name"] ?? ""),
                vmSize: String(pool["vm_size"] ?? ""),
                count: typeof pool["node_count"] === "number" ? pool["node_count"] : 1,
                mode: "System",
                osType: "Linux",
                type: "VirtualMachineScaleSets",
            },
        ],
    };
}
export function clusterAttributes(m) {
    const pools = m.agentPoolProfiles ?? [];
    const pool = pools.find((p) => p.mode === "System") ?? pools[0];
    return {
        location: m.location ?? "",
        dns_prefix: m.dnsPrefix ?? "",
        ...(m.kubernetesVersion && { kubernetes_version: m.kubernetesVersion }),
        sku_tier: m.sku?.tier ?? "Free",
        default_node_pool: {
            name: pool?.name ?? "",
            vm_size: pool?.vmSize ?? "",
            node_count: pool?.count ?? 0,
        },
    };
}
export const kubernetesCluster = armHandler({
    type: "azurerm_kubernetes_cluster",
    optional: true,
    client: (ctx, subscription) => ctx.service(containerServiceClient, subscription),
    list: (c, group) => c.managedClusters.listByResourceGroup(group),
    get: (c, group, name) => c.managedClusters.get(group, name),
    put: async (ctx, c, at, op, tags) => (await untilDone(ctx, `${op.address} (${at.name}) to be provisioned`, () => c.managedClusters.beginCreateOrUpdate(at.group, at.name, clusterBody(locationOf(op), op.attributes, tags)))) ?? c.managedClusters.get(at.group, at.name),
    remove: (ctx, c, group, name) => untilDone(ctx, `AKS cluster ${name} to be deleted`, () => c.managedClusters.beginDelete(group, name)),
    attributes: clusterAttributes,
});

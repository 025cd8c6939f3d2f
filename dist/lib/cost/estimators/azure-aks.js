/** AKS: the cluster management tier and the default node pool's VMs. */
import { numberAt, stringAt } from "../attributes.js";
import { fixedComponent } from "../components.js";
import { findManaged } from "../estimator.js";
import { machineComponent } from "../machines.js";
import { HOURS_PER_MONTH } from "../model.js";
export const azureAksEstimators = {
    azurerm_kubernetes_cluster: {
        estimate: (resource, ctx) => {
            const attrs = resource.attributes;
            const tier = stringAt(attrs, "sku_tier") ?? "Free";
            const nodes = numberAt(attrs, "default_node_pool.node_count") ?? 1;
            return [
                fixedComponent(`Cluster management (${tier} tier)`, "hour", findManaged(ctx, "azure", "aks", (p) => p.resourceType.includes(`(sku_tier=${tier}`), `AKS ${tier} tier`), HOURS_PER_MONTH),
                machineComponent(ctx, "azure-vm", stringAt(attrs, "default_node_pool.vm_size"), "default_node_pool.vm_size", nodes),
            ];
        },
    },
};

/**
 * `azurerm_kubernetes_cluster`: an AKS cluster with a system-assigned identity (no service
 * principal secret to keep) and its one default node pool. Its create takes 5-10 minutes, so it is
 * polled with a bound and progress lines (long-operation.ts). The SDK loads only when a spec uses
 * the type or discovery finds a cluster.
 */
import type { ManagedCluster } from "@azure/arm-containerservice";
import type { Attributes } from "../../../spec/model.js";
export declare function clusterBody(location: string, attrs: Attributes, tags: Record<string, string>): ManagedCluster;
export declare function clusterAttributes(m: ManagedCluster): Attributes;
export declare const kubernetesCluster: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, ManagedCluster>;

/**
 * `google_container_cluster` on GKE v1. The create writes the ownership marker into the cluster's
 * `description` (immutable, full strings) and the ownership labels into `resourceLabels`; see
 * service-ownership.ts. Settings GKE keeps nowhere readable are labels too: the requested
 * `min_master_version` (GKE reports the version it runs, which moves up on its own) and
 * `deletion_protection`, which, as in Terraform, is Plagentic's own guard: GKE has no such field,
 * so the delete refuses while it is on. As Terraform, `remove_default_node_pool` creates the
 * cluster with its default pool and then deletes that pool; a cluster still holding other node
 * pools is not deleted (its owned pools are deleted first by the apply, anything else is not ours).
 */
import type { Attributes } from "../../../spec/model.js";
import { type ResourceHandler } from "../../provider.js";
import type { GcpApiContext } from "../api-context.js";
import { type ICluster } from "./container-api.js";
export declare function clusterAttributes(c: ICluster): Attributes;
export declare const containerCluster: ResourceHandler<GcpApiContext, ICluster>;

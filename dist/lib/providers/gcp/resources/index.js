import { cloudfunctionsFunction } from "./cloudfunctions-function.js";
import { containerCluster } from "./container-cluster.js";
import { containerNodePool } from "./container-node-pool.js";
import { disk } from "./disk.js";
import { firewall } from "./firewall.js";
import { instance } from "./instance.js";
import { network } from "./network.js";
import { sqlDatabaseInstance } from "./sql-database-instance.js";
import { subnetwork } from "./subnetwork.js";
/** Compute Engine's types, whose client every GCP provider loads. */
export const COMPUTE_HANDLERS = {
    google_compute_network: network,
    google_compute_subnetwork: subnetwork,
    google_compute_firewall: firewall,
    google_compute_instance: instance,
    google_compute_disk: disk,
};
/**
 * Every type the GCP provider applies. The services beyond Compute Engine are optional handlers
 * whose SDK loads on first use. GCP has no tagging API to ask cheaply whether an environment
 * holds any of them, so a plan lists them even when its spec does not use them (a cluster dropped
 * from the spec must still be found to be deleted).
 */
export const GCP_HANDLERS = {
    ...COMPUTE_HANDLERS,
    google_container_cluster: containerCluster,
    google_container_node_pool: containerNodePool,
    google_sql_database_instance: sqlDatabaseInstance,
    google_cloudfunctions_function: cloudfunctionsFunction,
};

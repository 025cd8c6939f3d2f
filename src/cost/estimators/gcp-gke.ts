/** GKE: the cluster management fee and node pools. */
import { booleanAt, listAt, numberAt, stringAt } from "../attributes.js";
import { fixedComponent, unknownComponent, usageComponent } from "../components.js";
import { persistentDiskStorage } from "../disks.js";
import { findManaged, type Estimator } from "../estimator.js";
import { machineComponent } from "../machines.js";
import { HOURS_PER_MONTH, type CostComponent } from "../model.js";

export const gcpGkeEstimators: Record<string, Estimator> = {
  google_container_cluster: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const components: CostComponent[] = [
        fixedComponent(
          "Cluster management fee",
          "hour",
          findManaged(ctx, "gcp", "gke", (p) => p.component === "Cluster management fee", "GKE cluster fee"),
          HOURS_PER_MONTH,
        ),
      ];
      if (booleanAt(attrs, "enable_autopilot") === true) {
        components.push(
          usageComponent(
            "Autopilot pod resources",
            "vCPU-hour",
            "Autopilot pod prices are not in the price data",
            undefined,
          ),
        );
      } else if (booleanAt(attrs, "remove_default_node_pool") === false) {
        // The default pool's nodes are real but unpriced: nothing in the spec says their machine type.
        components.push(
          unknownComponent(
            "Default node pool",
            "hour",
            "the default node pool is not priced; set remove_default_node_pool and use google_container_node_pool",
          ),
        );
      }
      return components;
    },
  },

  google_container_node_pool: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const machineType = stringAt(attrs, "machine_type");
      const perZone = numberAt(attrs, "node_count") ?? 1;
      // node_count is per zone; without node_locations we price one zone's worth.
      const zones = listAt(attrs, "node_locations")?.length || 1;
      const nodes = perZone * zones;
      const components: CostComponent[] = [];
      if (booleanAt(attrs, "spot") === true) {
        components.push(
          unknownComponent(
            `Instance usage (spot, ${machineType ?? "?"})`,
            "hour",
            "spot prices are not in the price data",
            HOURS_PER_MONTH * nodes,
          ),
        );
      } else {
        components.push(machineComponent(ctx, "gcp-compute", machineType, "machine_type", nodes));
      }
      const diskSize = numberAt(attrs, "disk_size_gb");
      if (diskSize !== undefined) {
        const disk = persistentDiskStorage(ctx, diskSize * nodes, stringAt(attrs, "disk_type"));
        components.push({ ...disk, name: `Node boot disks (${nodes} × ${diskSize} GB)` });
      }
      return components;
    },
  },
};

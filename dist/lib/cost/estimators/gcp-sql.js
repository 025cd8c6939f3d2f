/** Cloud SQL: custom-tier vCPU and memory hours, plus storage. Zonal only; other tiers are unknown. */
import { numberAt, stringAt } from "../attributes.js";
import { fixedComponent, unknownComponent } from "../components.js";
import { findManaged } from "../estimator.js";
import { HOURS_PER_MONTH } from "../model.js";
const CUSTOM_TIER = /^db-custom-(\d+)-(\d+)$/;
export const gcpSqlEstimators = {
    google_sql_database_instance: {
        estimate: (resource, ctx) => {
            const attrs = resource.attributes;
            const tier = stringAt(attrs, "tier");
            const regional = stringAt(attrs, "availability_type") === "REGIONAL";
            const availability = regional ? "regional" : "zonal";
            const sql = (component, what) => findManaged(ctx, "gcp", "cloud_sql", (p) => p.component === component, what);
            const components = [];
            const custom = tier ? CUSTOM_TIER.exec(tier) : null;
            if (!custom) {
                components.push(unknownComponent(`Instance (${tier ?? "?"})`, "hour", tier ? `only db-custom-<vCPUs>-<memory MB> tiers are priced` : "tier is not set", HOURS_PER_MONTH));
            }
            else if (regional) {
                components.push(unknownComponent(`Instance (${tier}, regional)`, "hour", "regional (HA) prices are not in the price data"));
            }
            else {
                const vcpus = Number(custom[1]);
                const memoryGb = Number(custom[2]) / 1024;
                components.push(fixedComponent(`vCPUs (${vcpus}, zonal)`, "vCPU-hour", sql("vCPUs (zonal)", "Cloud SQL vCPU"), vcpus * HOURS_PER_MONTH), fixedComponent(`Memory (${memoryGb} GB, zonal)`, "GB-hour", sql("Memory (zonal)", "Cloud SQL memory"), memoryGb * HOURS_PER_MONTH));
            }
            const diskType = stringAt(attrs, "disk_type") ?? "PD_SSD";
            const diskSize = numberAt(attrs, "disk_size") ?? 10;
            const storageName = `Storage (${diskType === "PD_HDD" ? "HDD" : "SSD"}, ${availability})`;
            if (diskType !== "PD_SSD" || regional) {
                components.push(unknownComponent(storageName, "GB-month", `${storageName} prices are not in the price data`, diskSize));
            }
            else {
                components.push(fixedComponent(storageName, "GB-month", sql("Storage (SSD, zonal)", "Cloud SQL storage"), diskSize));
            }
            return components;
        },
    },
};

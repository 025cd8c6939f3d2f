/** Persistent disks: size × GB-month price of the disk type. */
import { numberAt, stringAt } from "../attributes.js";
import { persistentDiskStorage } from "../disks.js";
export const gcpDiskEstimators = {
    google_compute_disk: {
        estimate: (resource, ctx) => [
            persistentDiskStorage(ctx, numberAt(resource.attributes, "size"), stringAt(resource.attributes, "type") ?? "pd-standard"),
        ],
    },
};

/** Persistent disks: size × GB-month price of the disk type. */
import { numberAt, stringAt } from "../attributes.js";
import { persistentDiskStorage } from "../disks.js";
import type { Estimator } from "../estimator.js";

export const gcpDiskEstimators: Record<string, Estimator> = {
  google_compute_disk: {
    estimate: (resource, ctx) => [
      persistentDiskStorage(
        ctx,
        numberAt(resource.attributes, "size"),
        stringAt(resource.attributes, "type") ?? "pd-standard",
      ),
    ],
  },
};

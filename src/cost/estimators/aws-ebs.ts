/** EBS volumes: size × GB-month price of the volume type. */
import { numberAt, stringAt } from "../attributes.js";
import { unknownComponent } from "../components.js";
import { ebsStorage } from "../disks.js";
import type { Estimator } from "../estimator.js";

/** gp3 includes 3,000 IOPS and 125 MiB/s; more is billed separately and is not in the price data. */
const GP3_BASELINE = { iops: 3000, throughput: 125 };

export const awsEbsEstimators: Record<string, Estimator> = {
  aws_ebs_volume: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const type = stringAt(attrs, "type") ?? "gp2";
      const components = [ebsStorage(ctx, numberAt(attrs, "size"), type)];
      const iops = numberAt(attrs, "iops");
      const throughput = numberAt(attrs, "throughput");
      if (type === "gp3" && iops !== undefined && iops > GP3_BASELINE.iops) {
        components.push(
          unknownComponent(
            "Provisioned IOPS above 3,000",
            "IOPS-month",
            "no gp3 IOPS price in the price data",
          ),
        );
      }
      if (type === "gp3" && throughput !== undefined && throughput > GP3_BASELINE.throughput) {
        components.push(
          unknownComponent(
            "Provisioned throughput above 125 MiB/s",
            "MiBps-month",
            "no gp3 throughput price in the price data",
          ),
        );
      }
      return components;
    },
  },
};

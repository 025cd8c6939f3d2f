/** EKS control plane and managed node groups. */
import { numberAt, stringAt } from "../attributes.js";
import { fixedComponent, unknownComponent } from "../components.js";
import { findManaged, type Estimator } from "../estimator.js";
import { machineComponent } from "../machines.js";
import { HOURS_PER_MONTH } from "../model.js";

export const awsEksEstimators: Record<string, Estimator> = {
  aws_eks_cluster: {
    // Priced at standard support; a version past standard support costs more (extended support).
    estimate: (_resource, ctx) => [
      fixedComponent(
        "EKS cluster control plane (standard support)",
        "hour",
        findManaged(
          ctx,
          "aws",
          "eks",
          (p) => p.component === "EKS cluster control plane (standard support)",
          "EKS control plane",
        ),
        HOURS_PER_MONTH,
      ),
    ],
  },

  aws_eks_node_group: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const instanceType = stringAt(attrs, "instance_type");
      const nodes = numberAt(attrs, "scaling_config.desired_size");
      if (nodes === undefined) {
        return [
          unknownComponent(
            "Instance usage (Linux, on-demand)",
            "hour",
            "scaling_config.desired_size is not set",
          ),
        ];
      }
      if (stringAt(attrs, "capacity_type") === "SPOT") {
        return [
          unknownComponent(
            `Instance usage (Linux, spot, ${instanceType ?? "?"})`,
            "hour",
            "spot prices are not in the price data",
            HOURS_PER_MONTH * nodes,
          ),
        ];
      }
      return [machineComponent(ctx, "aws-ec2", instanceType, "instance_type", nodes)];
    },
  },
};

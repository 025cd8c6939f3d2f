/** Elastic IPs, NAT gateways and load balancers. */
import { numberAt, stringAt } from "../attributes.js";
import { fixedComponent, unknownComponent, usageComponent } from "../components.js";
import { findManaged, type Estimator } from "../estimator.js";
import { HOURS_PER_MONTH } from "../model.js";

export const awsNetworkEstimators: Record<string, Estimator> = {
  aws_eip: {
    // AWS bills every public IPv4 address by the hour, but the price data has no such price.
    estimate: () => [
      unknownComponent(
        "Public IPv4 address",
        "hour",
        "no Elastic IP / public IPv4 price in the price data",
        HOURS_PER_MONTH,
      ),
    ],
  },

  aws_nat_gateway: {
    usage: ["monthly_data_processed_gb"],
    estimate: (resource, ctx) => [
      fixedComponent(
        "NAT gateway",
        "hour",
        findManaged(ctx, "aws", "vpc", (p) => p.component === "NAT gateway", "NAT gateway"),
        HOURS_PER_MONTH,
      ),
      usageComponent(
        "Data processed",
        "GB",
        findManaged(
          ctx,
          "aws",
          "vpc",
          (p) => p.component === "NAT gateway data processed",
          "NAT data processed",
        ),
        resource.usage.monthly_data_processed_gb,
      ),
    ],
  },

  aws_lb: {
    /** Average load balancer capacity units (LCU or NLCU) used per hour. */
    usage: ["average_lcus"],
    estimate: (resource, ctx) => {
      const type = stringAt(resource.attributes, "load_balancer_type") ?? "application";
      const label = type === "network" ? "Network load balancer" : `${capitalise(type)} load balancer`;
      const ofType = `load_balancer_type=${type}`;
      const lcus = numberAt(resource.usage, "average_lcus");
      return [
        fixedComponent(
          label,
          "hour",
          findManaged(ctx, "aws", "elb", (p) => p.resourceType.includes(ofType) && p.unit === "hour", label),
          HOURS_PER_MONTH,
        ),
        usageComponent(
          "Load balancer capacity units",
          "LCU-hour",
          findManaged(
            ctx,
            "aws",
            "elb",
            (p) => p.resourceType.includes(ofType) && p.unit === "LCU-hour",
            `${label} capacity unit`,
          ),
          lcus === undefined ? undefined : lcus * HOURS_PER_MONTH,
        ),
      ];
    },
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

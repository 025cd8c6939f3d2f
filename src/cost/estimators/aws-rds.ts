/** RDS instances: instance hours by engine, class and deployment, plus allocated storage. */
import { booleanAt, numberAt, stringAt } from "../attributes.js";
import { fixedComponent, unknownComponent } from "../components.js";
import {
  escapeRegExp,
  findManaged,
  findRegional,
  managedFound,
  newest,
  type Estimator,
} from "../estimator.js";
import { HOURS_PER_MONTH, type CostComponent } from "../model.js";

/** Engines the RDS price data has (open-source engines, no license). */
const PRICED_ENGINES = new Set(["postgres", "mysql", "mariadb"]);

/** The data's storage key for Terraform's storage_type ("standard" is magnetic). */
const STORAGE_KEY: Readonly<Record<string, string>> = {
  gp2: "gp2",
  gp3: "gp3",
  io1: "io1",
  io2: "io2",
  standard: "magnetic",
};

export const awsRdsEstimators: Record<string, Estimator> = {
  aws_db_instance: {
    estimate: (resource, ctx) => {
      const attrs = resource.attributes;
      const engine = stringAt(attrs, "engine");
      const instanceClass = stringAt(attrs, "instance_class");
      const multiAz = booleanAt(attrs, "multi_az") ?? false;
      const deployment = multiAz ? "Multi-AZ" : "Single-AZ";
      const deploymentKey = multiAz ? "multi_az" : "single_az";
      const components: CostComponent[] = [];

      const instanceName = `Database instance (on-demand, ${deployment}, ${engine ?? "?"}, ${instanceClass ?? "?"})`;
      if (engine === undefined || instanceClass === undefined) {
        components.push(unknownComponent(instanceName, "hour", "engine and instance_class must both be set"));
      } else if (!PRICED_ENGINES.has(engine)) {
        components.push(
          unknownComponent(
            instanceName,
            "hour",
            `RDS ${engine} prices are not in the price data (it has postgres, mysql and mariadb)`,
            HOURS_PER_MONTH,
          ),
        );
      } else {
        const what = `RDS ${engine} ${instanceClass} ${deployment}`;
        const regional = findRegional(
          ctx,
          "rds-instance",
          `${engine}/${instanceClass}/${deploymentKey}`,
          what,
        );
        // managed-services.json has a few us-east-1 Single-AZ classes; the newer source wins.
        const classPattern = new RegExp(`Single-AZ, ${escapeRegExp(instanceClass)}\\)`);
        const managed = multiAz
          ? regional
          : managedFound(
              findManaged(
                ctx,
                "aws",
                "rds",
                (p) =>
                  p.resourceType === `aws_db_instance (engine=${engine})` && classPattern.test(p.component),
                what,
              ),
            );
        components.push(fixedComponent(instanceName, "hour", newest(regional, managed), HOURS_PER_MONTH));
      }

      const storageType = stringAt(attrs, "storage_type") ?? "gp2";
      const storageName = `Storage (${storageType}, ${deployment})`;
      const allocated = numberAt(attrs, "allocated_storage");
      const storageKey = Object.hasOwn(STORAGE_KEY, storageType) ? STORAGE_KEY[storageType] : undefined;
      if (allocated === undefined) {
        components.push(unknownComponent(storageName, "GB-month", "allocated_storage is not set"));
      } else if (storageKey === undefined) {
        components.push(
          unknownComponent(
            storageName,
            "GB-month",
            `no RDS ${storageType} storage price in the price data`,
            allocated,
          ),
        );
      } else {
        const what = `RDS ${storageType} ${deployment} storage`;
        const variant = `aws_db_instance (storage_type=${storageType}${multiAz ? ", multi_az=true" : ""})`;
        const found = newest(
          findRegional(ctx, "rds-storage", `${storageKey}_${deploymentKey}`, what),
          managedFound(
            findManaged(ctx, "aws", "rds", (p) => p.resourceType === variant && p.unit === "GB-month", what),
          ),
        );
        components.push(fixedComponent(storageName, "GB-month", found, allocated));
      }
      return components;
    },
  },
};

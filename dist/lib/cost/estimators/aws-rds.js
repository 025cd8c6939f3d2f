/** RDS instances: instance hours by engine and class, plus allocated storage. */
import { booleanAt, numberAt, stringAt } from "../attributes.js";
import { fixedComponent, unknownComponent } from "../components.js";
import { escapeRegExp, findManaged } from "../estimator.js";
import { HOURS_PER_MONTH } from "../model.js";
export const awsRdsEstimators = {
    aws_db_instance: {
        estimate: (resource, ctx) => {
            const attrs = resource.attributes;
            const engine = stringAt(attrs, "engine");
            const instanceClass = stringAt(attrs, "instance_class");
            const multiAz = booleanAt(attrs, "multi_az") ?? false;
            const deployment = multiAz ? "Multi-AZ" : "Single-AZ";
            const components = [];
            const instanceName = `Database instance (on-demand, ${deployment}, ${engine ?? "?"}, ${instanceClass ?? "?"})`;
            if (engine === undefined || instanceClass === undefined) {
                components.push(unknownComponent(instanceName, "hour", "engine and instance_class must both be set"));
            }
            else if (multiAz) {
                // A Multi-AZ instance is not simply twice the Single-AZ price; the data has none.
                components.push(unknownComponent(instanceName, "hour", "Multi-AZ instance prices are not in the price data", HOURS_PER_MONTH));
            }
            else {
                const classPattern = new RegExp(`Single-AZ, ${escapeRegExp(instanceClass)}\\)`);
                const found = findManaged(ctx, "aws", "rds", (p) => p.resourceType === `aws_db_instance (engine=${engine})` && classPattern.test(p.component), `RDS ${engine} ${instanceClass}`);
                components.push(fixedComponent(instanceName, "hour", found, HOURS_PER_MONTH));
            }
            const storageType = stringAt(attrs, "storage_type") ?? "gp2";
            const storageName = `Storage (${storageType}, ${deployment})`;
            const allocated = numberAt(attrs, "allocated_storage");
            if (allocated === undefined) {
                components.push(unknownComponent(storageName, "GB-month", "allocated_storage is not set"));
            }
            else {
                const variant = `aws_db_instance (storage_type=${storageType}${multiAz ? ", multi_az=true" : ""})`;
                const found = findManaged(ctx, "aws", "rds", (p) => p.resourceType === variant && p.unit === "GB-month", `RDS ${storageType} ${deployment} storage`);
                components.push(fixedComponent(storageName, "GB-month", found, allocated));
            }
            return components;
        },
    },
};

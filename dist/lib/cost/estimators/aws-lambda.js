/** Lambda: requests and compute duration, both billed by usage. */
import { listAt, numberAt } from "../attributes.js";
import { usageComponent } from "../components.js";
import { findManaged, findRegional, managedFound, newest } from "../estimator.js";
export const awsLambdaEstimators = {
    aws_lambda_function: {
        usage: ["monthly_requests", "average_duration_ms"],
        estimate: (resource, ctx) => {
            const memoryMb = numberAt(resource.attributes, "memory_size") ?? 128;
            const arch = listAt(resource.attributes, "architectures")?.[0] === "arm64" ? "arm64" : "x86_64";
            const requests = resource.usage.monthly_requests;
            const durationMs = resource.usage.average_duration_ms;
            const gbSeconds = requests !== undefined && durationMs !== undefined
                ? requests * (durationMs / 1000) * (memoryMb / 1024)
                : undefined;
            // aws-lambda.json is undated, so in us-east-1 the dated managed-services.json entry wins.
            return [
                usageComponent("Requests", "1M requests", newest(findRegional(ctx, "lambda", "requests_per_1m", "Lambda requests"), managedFound(findManaged(ctx, "aws", "lambda", (p) => p.component === "Requests", "Lambda requests"))), requests === undefined ? undefined : requests / 1_000_000),
                usageComponent(`Duration (${arch})`, "GB-second", newest(findRegional(ctx, "lambda", arch === "arm64" ? "duration_arm_per_gb_second" : "duration_x86_per_gb_second", `Lambda ${arch} duration`), managedFound(findManaged(ctx, "aws", "lambda", (p) => p.resourceType.includes(`architectures ${arch}`) && p.component.startsWith("Duration"), `Lambda ${arch} duration`))), gbSeconds),
            ];
        },
    },
};

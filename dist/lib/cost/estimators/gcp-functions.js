/** Cloud Functions (1st gen): invocations, compute time and outbound data, all billed by usage. */
import { numberAt } from "../attributes.js";
import { usageComponent } from "../components.js";
import { findManaged } from "../estimator.js";
/** 1st-gen functions get CPU in proportion to memory: MB → GHz. */
const CPU_GHZ_BY_MEMORY_MB = new Map([
    [128, 0.2],
    [256, 0.4],
    [512, 0.8],
    [1024, 1.4],
    [2048, 2.4],
    [4096, 4.8],
    [8192, 4.8],
]);
export const gcpFunctionsEstimators = {
    google_cloudfunctions_function: {
        usage: ["monthly_requests", "average_duration_ms", "monthly_outbound_data_gb"],
        estimate: (resource, ctx) => {
            const memoryMb = numberAt(resource.attributes, "available_memory_mb") ?? 256;
            const ghz = CPU_GHZ_BY_MEMORY_MB.get(memoryMb);
            const requests = resource.usage.monthly_requests;
            const durationMs = resource.usage.average_duration_ms;
            // Compute time is billed in 100 ms increments, rounded up.
            const seconds = requests !== undefined && durationMs !== undefined
                ? (requests * (Math.ceil(durationMs / 100) * 100)) / 1000
                : undefined;
            const fn = (component, what) => findManaged(ctx, "gcp", "cloud_functions", (p) => p.component === component, what);
            const invocations = fn("Invocations", "Cloud Functions invocations");
            return [
                usageComponent("Invocations", "1M invocations", typeof invocations === "string"
                    ? invocations
                    : { price: invocations.per1m ?? invocations.price * 1_000_000, source: invocations.source }, requests === undefined ? undefined : requests / 1_000_000),
                usageComponent("CPU", "GHz-second", ghz === undefined ? `no CPU allocation known for ${memoryMb} MB` : fn("CPU", "Cloud Functions CPU"), seconds === undefined || ghz === undefined ? undefined : seconds * ghz),
                usageComponent("Memory", "GB-second", fn("Memory", "Cloud Functions memory"), seconds === undefined ? undefined : seconds * (memoryMb / 1024)),
                usageComponent("Outbound data transfer", "GB", fn("Outbound data transfer", "Cloud Functions outbound data"), resource.usage.monthly_outbound_data_gb),
            ];
        },
    },
};

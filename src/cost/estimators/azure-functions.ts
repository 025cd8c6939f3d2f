/**
 * App Service plans and function apps. A Consumption plan (Y1) costs nothing by itself: its function
 * apps are billed by executions and execution time, which is what the price data has.
 */
import { stringAt } from "../attributes.js";
import { unknownComponent, usageComponent } from "../components.js";
import { findManaged, type Estimator } from "../estimator.js";
import { HOURS_PER_MONTH } from "../model.js";

/** Consumption billing rounds memory up to 128 MB steps and bills at least 100 ms per execution. */
const MEMORY_STEP_MB = 128;
const MIN_DURATION_MS = 100;

export const azureFunctionsEstimators: Record<string, Estimator> = {
  azurerm_service_plan: {
    estimate: (resource) => {
      const sku = stringAt(resource.attributes, "sku_name");
      if (sku === "Y1") return [];
      return [
        unknownComponent(
          `App Service plan (${sku ?? "?"})`,
          "hour",
          "only the Consumption plan (Y1) is priced; other plan prices are not in the price data",
          HOURS_PER_MONTH,
        ),
      ];
    },
  },

  azurerm_linux_function_app: {
    usage: ["monthly_requests", "average_duration_ms", "average_memory_mb"],
    estimate: (resource, ctx) => {
      const {
        monthly_requests: requests,
        average_duration_ms: durationMs,
        average_memory_mb: memoryMb,
      } = resource.usage;
      const gbSeconds =
        requests !== undefined && durationMs !== undefined && memoryMb !== undefined
          ? requests *
            (Math.max(durationMs, MIN_DURATION_MS) / 1000) *
            ((Math.ceil(memoryMb / MEMORY_STEP_MB) * MEMORY_STEP_MB) / 1024)
          : undefined;
      const fn = (component: string, what: string) =>
        findManaged(ctx, "azure", "functions", (p) => p.component === component, what);
      return [
        usageComponent(
          "Execution time",
          "GB-second",
          fn("Execution time", "Functions execution time"),
          gbSeconds,
        ),
        usageComponent(
          "Executions",
          "1M executions",
          fn("Executions", "Functions executions"),
          requests === undefined ? undefined : requests / 1_000_000,
        ),
      ];
    },
  },
};

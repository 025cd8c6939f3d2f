/**
 * Estimators by name, for PricingRule `{ kind: "estimator", name }`. Pricing a new service means
 * adding an estimator to its family's file under `estimators/` (or a new file listed here).
 */
import type { Estimator } from "./estimator.js";
export declare function getEstimator(name: string): Estimator | undefined;
export declare function estimatorNames(): string[];
/** The `usage:` keys a resource of this estimator reads, e.g. Lambda's monthly_requests. */
export declare function usageKeys(name: string): readonly string[];

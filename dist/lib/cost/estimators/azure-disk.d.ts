import type { Estimator } from "../estimator.js";
export declare const azureDiskEstimators: Record<string, Estimator>;

import type { Estimator } from "../estimator.js";
export declare const gcpDiskEstimators: Record<string, Estimator>;

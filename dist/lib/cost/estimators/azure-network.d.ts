import type { Estimator } from "../estimator.js";
export declare const azureNetworkEstimators: Record<string, Estimator>;

import { type Estimator } from "../estimator.js";
export declare const azureAksEstimators: Record<string, Estimator>;

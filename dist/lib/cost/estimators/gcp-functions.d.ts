import { type Estimator } from "../estimator.js";
export declare const gcpFunctionsEstimators: Record<string, Estimator>;

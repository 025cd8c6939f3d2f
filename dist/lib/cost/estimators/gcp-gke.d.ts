import { type Estimator } from "../estimator.js";
export declare const gcpGkeEstimators: Record<string, Estimator>;

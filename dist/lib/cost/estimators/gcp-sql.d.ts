import { type Estimator } from "../estimator.js";
export declare const gcpSqlEstimators: Record<string, Estimator>;

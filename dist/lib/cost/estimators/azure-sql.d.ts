import { type Estimator } from "../estimator.js";
export declare const azureSqlEstimators: Record<string, Estimator>;

import { type Estimator } from "../estimator.js";
export declare const azureFunctionsEstimators: Record<string, Estimator>;

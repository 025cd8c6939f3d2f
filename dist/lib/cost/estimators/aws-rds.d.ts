import { type Estimator } from "../estimator.js";
export declare const awsRdsEstimators: Record<string, Estimator>;

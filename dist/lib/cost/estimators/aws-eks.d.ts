import { type Estimator } from "../estimator.js";
export declare const awsEksEstimators: Record<string, Estimator>;

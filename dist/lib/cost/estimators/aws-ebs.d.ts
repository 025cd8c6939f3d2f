import { type Estimator } from "../estimator.js";
export declare const awsEbsEstimators: Record<string, Estimator>;

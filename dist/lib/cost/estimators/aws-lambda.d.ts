import { type Estimator } from "../estimator.js";
export declare const awsLambdaEstimators: Record<string, Estimator>;

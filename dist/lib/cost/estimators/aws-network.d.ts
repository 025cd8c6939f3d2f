import { type Estimator } from "../estimator.js";
export declare const awsNetworkEstimators: Record<string, Estimator>;

import { type AwsHandler } from "../context.js";
import { type LoadBalancerState } from "./lb-api.js";
export declare const loadBalancer: AwsHandler<LoadBalancerState>;

import { type AwsHandler } from "../context.js";
import { type LambdaFunction } from "./lambda-code.js";
export declare const lambdaFunction: AwsHandler<LambdaFunction>;

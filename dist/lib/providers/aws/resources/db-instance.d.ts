import type { DBInstance } from "@aws-sdk/client-rds";
import { type AwsHandler } from "../context.js";
export declare const dbInstance: AwsHandler<DBInstance>;

/** `aws_vpc`: CreateVpc, found again by its token tag; DNS settings are VPC attributes. */
import { type Vpc } from "@aws-sdk/client-ec2";
import { type AwsHandler } from "../context.js";
export declare const vpc: AwsHandler<Vpc>;

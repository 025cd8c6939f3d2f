/** `aws_vpc`: CreateVpc, found again by its token tag; DNS settings are VPC attributes. */
import { type Vpc } from "@aws-sdk/client-ec2";
import type { ResourceHandler } from "../../provider.js";
import { type AwsContext } from "../context.js";
export declare const vpc: ResourceHandler<AwsContext, Vpc>;

/** `aws_subnet`: CreateSubnet, found again by its token tag; the zone is AWS's when left out. */
import { type Subnet } from "@aws-sdk/client-ec2";
import type { ResourceHandler } from "../../provider.js";
import { type AwsContext } from "../context.js";
export declare const subnet: ResourceHandler<AwsContext, Subnet>;

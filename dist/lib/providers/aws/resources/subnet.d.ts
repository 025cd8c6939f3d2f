/** `aws_subnet`: CreateSubnet, found again by its token tag; the zone is AWS's when left out. */
import { type Subnet } from "@aws-sdk/client-ec2";
import { type AwsHandler } from "../context.js";
export declare const subnet: AwsHandler<Subnet>;

/**
 * `aws_internet_gateway`: CreateInternetGateway, found again by its token tag, attached to its
 * VPC after the create (EC2 takes no VPC in the create) and detached before it is deleted.
 */
import { type InternetGateway } from "@aws-sdk/client-ec2";
import type { LiveResource } from "../../provider.js";
import { type AwsHandler } from "../context.js";
export declare const internetGateway: AwsHandler<InternetGateway>;
export declare function gatewayLive(g: InternetGateway): LiveResource | undefined;

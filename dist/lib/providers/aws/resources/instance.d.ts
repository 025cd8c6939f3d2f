/**
 * `aws_instance`: RunInstances with the create's token as ClientToken (EC2 dedupes a retry), its
 * root volume tagged with the instance's identity so that one bulk read finds every root volume.
 */
import { type Instance } from "@aws-sdk/client-ec2";
import { type ResourceHandler } from "../../provider.js";
import { type AwsContext } from "../context.js";
export declare const instance: ResourceHandler<AwsContext, Instance>;

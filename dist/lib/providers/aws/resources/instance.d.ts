/**
 * `aws_instance`: RunInstances with the create's token as ClientToken (EC2 dedupes a retry), its
 * root volume tagged with the instance's identity so that one bulk read finds every root volume.
 */
import { type Instance } from "@aws-sdk/client-ec2";
import { type AwsHandler } from "../context.js";
export declare const instance: AwsHandler<Instance>;

/**
 * `aws_security_group`: CreateSecurityGroup, found again by its token tag, then its rules made
 * exactly the spec's.
 */
import { type SecurityGroup } from "@aws-sdk/client-ec2";
import { type AwsHandler } from "../context.js";
export declare const securityGroup: AwsHandler<SecurityGroup>;

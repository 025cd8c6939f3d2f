/**
 * `aws_security_group`: CreateSecurityGroup, found again by its token tag, then its rules made
 * exactly the spec's.
 */
import { type SecurityGroup } from "@aws-sdk/client-ec2";
import type { ResourceHandler } from "../../provider.js";
import { type AwsContext } from "../context.js";
export declare const securityGroup: ResourceHandler<AwsContext, SecurityGroup>;

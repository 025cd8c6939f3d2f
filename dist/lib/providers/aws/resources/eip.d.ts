/**
 * `aws_eip`: AllocateAddress with its tags, found again by its token tag (EC2 takes no token
 * here), associated with its instance, disassociated from it and released on delete. The id is
 * the allocation id, what a NAT gateway's `allocation` names.
 */
import { type Address } from "@aws-sdk/client-ec2";
import type { LiveResource } from "../../provider.js";
import { type AwsHandler } from "../context.js";
export declare const eip: AwsHandler<Address>;
export declare function addressLive(a: Address): LiveResource | undefined;

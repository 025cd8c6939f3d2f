/** An `aws_instance` operation's attributes in EC2's words, for RunInstances and updates. */
import { type BlockDeviceMapping, type HttpTokensState, type InstanceMetadataEndpointState } from "@aws-sdk/client-ec2";
import type { Value } from "../../../spec/model.js";
import { type ResourceOperation } from "../../provider.js";
import { type AwsContext } from "../context.js";
/**
 * Dotted paths of properties the spec leaves to AWS, recorded on the instance (UNSET_TAG).
 * An empty security group list means "the VPC's default group", which EC2 then reports.
 */
export declare function instanceUnset(op: ResourceOperation): string | undefined;
/** The spec's `metadata_options` in EC2's words, or undefined when the spec leaves them to AWS. */
export declare function metadataOptions(a: ResourceOperation["attributes"]): {
    HttpTokens?: HttpTokensState;
    HttpEndpoint?: InstanceMetadataEndpointState;
    HttpPutResponseHopLimit?: number;
} | undefined;
/** The root device of `ami` with the spec's `root_block_device` settings. */
export declare function rootDeviceMapping(ctx: AwsContext, ami: string, root: Record<string, Value>): Promise<BlockDeviceMapping[]>;

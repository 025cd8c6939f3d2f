/**
 * EC2 descriptions as LiveResources, with attributes under the spec's names and in the shapes
 * the parser produces after applying defaults, so an unchanged resource diffs clean.
 */
import type { Instance, SecurityGroup, Subnet, Tag, Volume, Vpc } from "@aws-sdk/client-ec2";
import type { Attributes } from "../../spec/model.js";
import { type LiveResource } from "../provider.js";
export interface VpcDns {
    support: boolean;
    hostnames: boolean;
}
export declare function live(type: string, id: string, tags: Tag[] | undefined, attributes: Attributes): LiveResource | undefined;
/**
 * What the spec left for AWS to choose (see UNSET_TAG) is reported as the spec left it: the
 * property's default when it has one, otherwise absent.
 */
export declare function withoutUnset(type: string, attributes: Attributes, unset: Set<string>): Attributes;
export declare function vpcLive(vpc: Vpc, dns: VpcDns): LiveResource | undefined;
export declare function subnetLive(s: Subnet): LiveResource | undefined;
export declare function securityGroupLive(g: SecurityGroup): LiveResource | undefined;
/** The id of the instance's root EBS volume, if it has one. */
export declare function rootVolumeId(i: Instance): string | undefined;
/**
 * `volumes` holds the environment's root volumes by id (one DescribeVolumes by tag for all
 * instances); without an entry the instance's root_block_device is not reported.
 */
export declare function instanceLive(i: Instance, volumes: ReadonlyMap<string, Volume>): LiveResource | undefined;

/**
 * Bulk reads of an environment: one paginated Describe call per resource kind, filtered on the
 * server by the ownership tag, so API calls grow with pages and not with resources.
 */
import { type EC2Client, type Instance, type NatGateway, type SecurityGroup, type Subnet, type Volume, type Vpc } from "@aws-sdk/client-ec2";
/** Largest page EC2 serves for these calls (DescribeVolumes stops at 500). */
export declare const PAGE_SIZE = 1000;
export declare const VOLUME_PAGE_SIZE = 500;
/** States an instance no longer counts as live in. */
export declare const LIVE_INSTANCE_STATES: string[];
export declare function allPages<T>(what: string, fetch: (nextToken: string | undefined) => Promise<{
    items: T[] | undefined;
    next: string | undefined;
}>): Promise<T[]>;
export declare function listVpcs(client: EC2Client, environment: string): Promise<Vpc[]>;
export declare function listSubnets(client: EC2Client, environment: string): Promise<Subnet[]>;
export declare function listSecurityGroups(client: EC2Client, environment: string): Promise<SecurityGroup[]>;
export declare function listInstances(client: EC2Client, environment: string): Promise<Instance[]>;
export declare function listVolumes(client: EC2Client, environment: string): Promise<Volume[]>;
/**
 * The instances among `ids` EC2 lists now, in any state. A filter rather than InstanceIds: an id
 * EC2 does not know yet (just launched) is then left out instead of failing the whole call.
 */
export declare function describeInstancesById(client: EC2Client, ids: readonly string[]): Promise<Instance[]>;
/** The volumes among `ids` EC2 lists now (a filter, for the same reason as above). */
export declare function describeVolumesById(client: EC2Client, ids: readonly string[]): Promise<Volume[]>;
/** The NAT gateways among `ids` EC2 lists now (a filter, for the same reason as above). */
export declare function describeNatGatewaysById(client: EC2Client, ids: readonly string[]): Promise<NatGateway[]>;

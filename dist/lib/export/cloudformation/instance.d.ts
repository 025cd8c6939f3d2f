/**
 * The EC2 parts of the CloudFormation export that need more than a renaming: security group rules
 * (one per CIDR) and instances (network interface, root device, IMDS settings by launch template).
 */
import type { Attributes, Value } from "../../spec/model.js";
import { type CfnContext, type CfnExtra } from "./model.js";
/** One CloudFormation rule per CIDR: a spec rule carries lists, CloudFormation one range each. */
export declare function rules(value: Value | undefined): Record<string, unknown>[];
/**
 * A group with no egress rules: CloudFormation keeps EC2's default allow-all rule unless the
 * template lists one, so an empty list becomes AWS's documented "nothing" rule (all protocols to
 * 127.0.0.1/32), which is what Plagentic's empty `egress` means.
 */
export declare const NO_EGRESS: {
    IpProtocol: string;
    CidrIp: string;
    Description: string;
}[];
export declare function instance(a: Attributes, ctx: CfnContext): Record<string, unknown>;
export declare function metadataTemplate(a: Attributes): CfnExtra[];

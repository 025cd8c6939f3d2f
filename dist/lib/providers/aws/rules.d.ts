/**
 * Security group rules between the spec's shape (Terraform's ingress/egress blocks) and EC2's
 * IpPermissions. Both sides are reduced to atoms (one protocol, port range, CIDR and description)
 * so that rules can be compared, and the difference authorised or revoked, whatever way the
 * rules happen to be grouped.
 */
import type { IpPermission } from "@aws-sdk/client-ec2";
import type { Value } from "../../spec/model.js";
export interface Rule {
    from_port: number;
    to_port: number;
    protocol: string;
    cidr_blocks: string[];
    ipv6_cidr_blocks: string[];
    description?: string;
}
/**
 * The canonical rule list: one rule per (protocol, ports, description), CIDRs sorted, rules sorted
 * by protocol, ports, CIDRs and description. Order carries no meaning in EC2.
 */
export declare function rulesFromPermissions(perms: readonly IpPermission[] | undefined): Rule[];
/** A spec's rules in the same canonical form, e.g. to compare with live state. */
export declare function canonicalSpecRules(rules: readonly Rule[]): Rule[];
/** What to revoke and what to authorise so that `current` becomes `desired`. */
export declare function ruleChanges(current: readonly IpPermission[] | undefined, desired: readonly Rule[]): {
    revoke: IpPermission[];
    authorize: IpPermission[];
};
/** Rules from a resolved spec attribute; the parser has checked the shape and applied defaults. */
export declare function rulesFromValue(value: Value | undefined): Rule[];
export declare function rulesToValue(rules: readonly Rule[]): Value;

/**
 * Inbound rules read from each cloud's firewall resources and brought to one shape: where the rule
 * sits, the ports it opens and every source it admits. Adding a firewall type means adding a reader
 * to `readers`.
 */
import { type DesiredResource } from "../spec/model.js";
import type { Source } from "./world.js";
export interface PortRange {
    from: number;
    to: number;
}
export declare const ALL_PORTS: PortRange;
export interface IngressRule {
    /** Where in the resource the rule sits, e.g. `ingress[0]` or `security_rule[1] "ssh"`. */
    where: string;
    /** Ports the rule opens; empty when the protocol has no ports (ICMP, ESP...). */
    ports: PortRange[];
    /** Every source as written; service tags and group ids come with no address ranges. */
    sources: Source[];
}
export interface Firewall {
    /**
     * Firewalls with the same scope guard the same traffic, so their sources add up: a security
     * group and the standalone rules that name it, or every firewall rule of one GCP network
     * (whatever its target tags, which errs towards reporting an exposure).
     */
    scope: string;
    rules: IngressRule[];
}
/**
 * One port expression: "22", "1000-2000", "*", or a comma list of those. Text that is not a port
 * expression yields nothing; spec validation reports it, and guessing here would mislead.
 */
export declare function parsePorts(text: string): PortRange[];
/** The inbound rules of `resource`, or undefined for a type that is not a firewall. */
export declare function readFirewall(resource: Pick<DesiredResource, "type" | "attributes" | "address">): Firewall | undefined;
/** The firewall scopes `resource` is attached to through its security group references. */
export declare function attachedScopes(resource: Pick<DesiredResource, "attributes">): string[];

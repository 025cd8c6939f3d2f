/**
 * Inbound rules that admit traffic from anywhere, read from each cloud's firewall resources and
 * brought to one shape. Adding a firewall type means adding a reader to `readers`.
 */
import type { DesiredResource } from "../spec/model.js";
export interface PortRange {
    from: number;
    to: number;
}
export declare const ALL_PORTS: PortRange;
export interface WorldIngress {
    /** Where in the resource the rule sits, e.g. `ingress[0]` or `security_rule "ssh"`. */
    where: string;
    /** Ports the rule opens; empty when the protocol has no ports (ICMP, ESP...). */
    ports: PortRange[];
    /** The sources that mean "anyone", as written in the spec. */
    sources: string[];
}
/** "*", "Internet", "Any" and any /0 prefix: `10.0.0.0/0` covers the world just as `0.0.0.0/0`. */
export declare function isWorldSource(source: string): boolean;
/**
 * One port expression: "22", "1000-2000", "*", or a comma list of those. Text that is not a port
 * expression yields nothing; spec validation reports it, and guessing here would mislead.
 */
export declare function parsePorts(text: string): PortRange[];
/** Inbound rules of `resource` open to the world; empty for types that are not firewalls. */
export declare function worldIngress(resource: Pick<DesiredResource, "type" | "attributes">): WorldIngress[];

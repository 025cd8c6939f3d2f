/**
 * no_world_open_admin_ports (on by default, fail): no admin or database port open to the world.
 *
 * The rule judges the union of sources, not one CIDR at a time: everything a firewall scope (a
 * security group with the standalone rules that name it, an NSG, all the firewall rules of one GCP
 * network) admits to a port, over all its rules, all their CIDRs and both address families, and
 * again over the security groups that one AWS resource wears together. A union that admits
 * `world_fraction` (default 1%) or more of the IPv4 or the IPv6 internet counts as the world, so
 * `0.0.0.0/1` plus `128.0.0.0/1`, or 256 /8s, fail just as `0.0.0.0/0` does. Deny rules and
 * priorities are not read, which errs towards reporting an exposure.
 *
 * Checkov: CKV_AWS_24 and CKV_AWS_25 (security groups, SSH and RDP), CKV_GCP_2 and CKV_GCP_3
 * (firewalls), CKV_AZURE_10 and CKV_AZURE_9 (NSGs); each of those looks for `0.0.0.0/0` in one rule.
 */
import { z } from "zod";
export declare const DEFAULT_ADMIN_PORTS: number[];
export declare const noWorldOpenAdminPorts: import("../rule.js").RuleDef<"no_world_open_admin_ports", {
    ports: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    world_fraction: z.ZodDefault<z.ZodNumber>;
}>;

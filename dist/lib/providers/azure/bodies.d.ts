/**
 * The Azure types Plagentic applies, as mappings between the spec's attributes
 * (src/spec/types/azure.ts) and the ARM SDK models, both ways. The network SDK flattens each
 * resource's `properties`; the compute SDK wants VM profiles at the top level (a nested
 * `properties` would be dropped without a word).
 */
import type { VirtualMachine } from "@azure/arm-compute";
import type { NetworkInterface, NetworkSecurityGroup, PublicIPAddress, Subnet, VirtualNetwork } from "@azure/arm-network";
import type { Attributes } from "../../spec/model.js";
export declare const OMITTABLE: Readonly<Record<string, readonly string[]>>;
export declare function virtualNetworkBody(location: string, attrs: Attributes, tags: Record<string, string>): VirtualNetwork;
export declare function virtualNetworkAttributes(v: VirtualNetwork): Attributes;
export declare function subnetBody(attrs: Attributes): Subnet;
export declare function subnetAttributes(sn: Subnet, vnetId: string): Attributes;
export declare function securityGroupBody(location: string, attrs: Attributes, tags: Record<string, string>): NetworkSecurityGroup;
export declare function securityGroupAttributes(g: NetworkSecurityGroup): Attributes;
export declare function publicIpBody(location: string, attrs: Attributes, tags: Record<string, string>): PublicIPAddress;
export declare function publicIpAttributes(p: PublicIPAddress): Attributes;
export declare function networkInterfaceBody(location: string, attrs: Attributes, tags: Record<string, string>): NetworkInterface;
export declare function networkInterfaceAttributes(n: NetworkInterface): Attributes;
export declare function virtualMachineBody(name: string, location: string, attrs: Attributes, tags: Record<string, string>): VirtualMachine;
export declare function virtualMachineAttributes(vm: VirtualMachine): Attributes;

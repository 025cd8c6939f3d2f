/**
 * The GCE types Plagentic applies, each as a mapping between the spec's attributes
 * (src/spec/types/gcp.ts) and the Compute API's resource bodies, in both directions.
 */
import type { protos } from "@google-cloud/compute";
import type { Attributes } from "../../spec/model.js";
export type INetwork = protos.google.cloud.compute.v1.INetwork;
export type ISubnetwork = protos.google.cloud.compute.v1.ISubnetwork;
export type IFirewall = protos.google.cloud.compute.v1.IFirewall;
export type IInstance = protos.google.cloud.compute.v1.IInstance;
export type IDisk = protos.google.cloud.compute.v1.IDisk;
/** Optional properties GCE fills in when the spec leaves them out (see omitted.ts). */
export declare const OMITTABLE: Readonly<Record<string, readonly string[]>>;
export declare function str(attrs: Attributes, key: string): string | undefined;
export declare function networkBody(name: string, attrs: Attributes, description: string): INetwork;
export declare function networkAttributes(n: INetwork, userDescription: string | undefined): Attributes;
export declare function subnetworkBody(name: string, attrs: Attributes, description: string): ISubnetwork;
export declare function subnetworkAttributes(s: ISubnetwork): Attributes;
export declare function firewallBody(name: string, attrs: Attributes, description: string): IFirewall;
export declare function firewallAttributes(f: IFirewall, userDescription: string | undefined): Attributes;
export interface BootDisk {
    image: string;
    size?: number;
    type?: string;
}
export declare function bootDiskOf(attrs: Attributes): BootDisk;
/**
 * `debian-cloud/debian-12` names an image family (the newest image in it), as in Terraform;
 * a name with a date stamp (`-v20240110`) names one image. Paths and URLs pass through.
 */
export declare function sourceImage(image: string): string;
export declare function instanceBody(name: string, zone: string, attrs: Attributes, labels: Record<string, string>, metadata: Record<string, string>): IInstance;
export declare function metadataOf(i: IInstance): Record<string, string>;
/** Normalised instance; `requestedDisk` is the boot disk as asked for (the API cannot report the image family). */
export declare function instanceAttributes(i: IInstance, requestedDisk: BootDisk | undefined): Attributes;

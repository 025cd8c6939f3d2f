/**
 * Names of resources whose API takes no idempotency token of its own (RDS) or keys everything by
 * name (EKS). The name is the create's identity: derived from the environment, the address and
 * the create's token, so that a retry of one create finds its first attempt at the same name,
 * while a replacement (created before its predecessor is deleted) or a fresh apply after a destroy
 * (whose predecessor may still be deleting) gets a name of its own.
 */
import type { ResourceOperation } from "../provider.js";
/**
 * `<environment>-<address name>-<token digits>`, lower case, in at most `maxLength` characters of
 * letters, digits and single hyphens, starting with a letter and not ending with a hyphen: valid
 * as an RDS DBInstanceIdentifier (63), an EKS cluster name (100) and a node group name (63).
 */
export declare function resourceName(op: Pick<ResourceOperation, "target" | "address" | "token">, maxLength: number): string;
/** A node group is known by its cluster and its own name, as Terraform writes it: `cluster:group`. */
export declare function nodegroupId(clusterName: string, nodegroupName: string): string;
/** The cluster and node group names of a node group id, or undefined when it is not one. */
export declare function splitNodegroupId(id: string): {
    cluster: string;
    nodegroup: string;
} | undefined;
/** Whether `name` can be an EKS cluster name (ids are read from the cloud and from plans). */
export declare function isEksName(name: string): boolean;

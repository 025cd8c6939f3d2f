import { nameFromAddress } from "./attributes.js";
/** Hex digits of the token kept in the name: 32 bits, unique among one environment's creates. */
const TOKEN_DIGITS = 8;
/**
 * `<environment>-<address name>-<token digits>`, lower case, in at most `maxLength` characters of
 * letters, digits and single hyphens, starting with a letter and not ending with a hyphen: valid
 * as an RDS DBInstanceIdentifier (63), an EKS cluster name (100) and a node group name (63).
 */
export function resourceName(op, maxLength) {
    const suffix = op.token
        .replace(/[^0-9a-fA-F]/g, "")
        .slice(0, TOKEN_DIGITS)
        .toLowerCase();
    if (suffix.length < TOKEN_DIGITS)
        throw new Error(`token of ${op.address} is too short to name a resource`);
    let readable = `${op.target.environment}-${nameFromAddress(op.address)}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+/, "");
    // RDS identifiers must start with a letter; environments may start with a digit.
    if (!/^[a-z]/.test(readable))
        readable = `p-${readable}`;
    readable = readable.slice(0, maxLength - TOKEN_DIGITS - 1).replace(/-+$/, "");
    return `${readable}-${suffix}`;
}
/** A node group is known by its cluster and its own name, as Terraform writes it: `cluster:group`. */
export function nodegroupId(clusterName, nodegroupName) {
    return `${clusterName}:${nodegroupName}`;
}
const EKS_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/;
/** The cluster and node group names of a node group id, or undefined when it is not one. */
export function splitNodegroupId(id) {
    const [cluster, nodegroup, ...rest] = id.split(":");
    if (rest.length > 0 || !cluster || !nodegroup)
        return undefined;
    return EKS_NAME.test(cluster) && EKS_NAME.test(nodegroup) ? { cluster, nodegroup } : undefined;
}
/** Whether `name` can be an EKS cluster name (ids are read from the cloud and from plans). */
export function isEksName(name) {
    return EKS_NAME.test(name);
}

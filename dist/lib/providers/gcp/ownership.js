/**
 * How a GCE resource says it is Plagentic's (invariant 3). Instances carry labels (escaped, see
 * names.ts) plus the full address in metadata; networks, subnetworks and firewalls take no labels,
 * so their `description` holds a JSON marker, with the user's own description inside it.
 *
 * Both also record which optional properties the spec left out at create (`omitted`): GCE fills
 * those in (a zone, a disk size, a source range), and reporting the filled-in value would show a
 * difference from a spec that never mentioned it.
 */
import { OWNER_TAG_ADDRESS, OWNER_TAG_ENVIRONMENT } from "../provider.js";
import { decodeLabel, encodeLabel, shortHash } from "./names.js";
export const LABEL_ENVIRONMENT = "plagentic-environment";
export const LABEL_ADDRESS = "plagentic-address";
export const METADATA_ADDRESS = "plagentic-address";
export const METADATA_OMITTED = "plagentic-omitted";
export const METADATA_BOOT_DISK = "plagentic-boot-disk";
const HASHED = "h_";
export function describeOwned(marker) {
    return JSON.stringify({
        [OWNER_TAG_ENVIRONMENT]: marker.environment,
        [OWNER_TAG_ADDRESS]: marker.address,
        ...(marker.omitted.length > 0 && { "plagentic:omitted": marker.omitted }),
        ...(marker.description !== undefined && { description: marker.description }),
    });
}
/** The marker of an owned resource, or undefined for anything else (never touched). */
export function readDescription(description) {
    if (!description || !description.startsWith("{"))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(description);
    }
    catch {
        return undefined;
    }
    if (parsed === null || typeof parsed !== "object")
        return undefined;
    const o = parsed;
    const environment = o[OWNER_TAG_ENVIRONMENT];
    const address = o[OWNER_TAG_ADDRESS];
    if (typeof environment !== "string" || typeof address !== "string")
        return undefined;
    const omitted = Array.isArray(o["plagentic:omitted"])
        ? o["plagentic:omitted"].filter((x) => typeof x === "string")
        : [];
    const description_ = typeof o["description"] === "string" ? o["description"] : undefined;
    return { environment, address, omitted, ...(description_ !== undefined && { description: description_ }) };
}
/** Ownership labels for an instance; the environment must fit a label value, the address may be hashed. */
export function ownerLabels(environment, address) {
    const env = environmentLabel(environment);
    return {
        [LABEL_ENVIRONMENT]: env,
        [LABEL_ADDRESS]: encodeLabel(address) ?? `${HASHED}${shortHash(address, 40)}`,
    };
}
export function environmentLabel(environment) {
    const env = encodeLabel(environment);
    if (env === undefined) {
        throw new Error(`environment name ${JSON.stringify(environment)} does not fit a GCE label value`);
    }
    return env;
}
/**
 * The address an instance's labels and metadata agree on, or undefined when they do not (a label
 * copied onto a hand-made instance is not enough to make it owned).
 */
export function instanceAddress(labels, metadataAddress) {
    const label = labels[LABEL_ADDRESS];
    if (label === undefined || metadataAddress === undefined)
        return undefined;
    const expected = label.startsWith(HASHED) ? undefined : decodeLabel(label);
    if (expected !== undefined)
        return expected === metadataAddress ? expected : undefined;
    return `${HASHED}${shortHash(metadataAddress, 40)}` === label ? metadataAddress : undefined;
}
export function instanceEnvironment(labels) {
    const label = labels[LABEL_ENVIRONMENT];
    return label === undefined ? undefined : decodeLabel(label);
}
export function isOwnerLabel(key) {
    return key === LABEL_ENVIRONMENT || key === LABEL_ADDRESS;
}

/**
 * How a GCE resource says it is Plagentic's (invariant 3). Instances carry labels (escaped, see
 * names.ts) plus the full address in metadata; networks, subnetworks and firewalls take no labels,
 * so their `description` holds a JSON marker with the ownership tags as every other cloud writes
 * them (full repository names included), and the user's own description inside it.
 *
 * Label values cannot hold a repository name (`/`, `.`, up to 140 characters), so labels carry
 * `repositoryLabel`: a readable prefix plus the name's repositoryKey, which is what makes it
 * unique. Ownership of an instance is decided on those values, with the same rules as `ownedBy`.
 *
 * Both also record which optional properties the spec left out at create (`omitted`): GCE fills
 * those in (a zone, a disk size, a source range), and reporting the filled-in value would show a
 * difference from a spec that never mentioned it.
 */
import { type ProviderTarget } from "../provider.js";
export declare const LABEL_ENVIRONMENT = "plagentic-environment";
export declare const LABEL_ADDRESS = "plagentic-address";
export declare const LABEL_REPOSITORY = "plagentic-repository";
/** `plagentic-share-<repositoryKey(other)>` = `repositoryLabel(other)`, as the share tags say. */
export declare const LABEL_SHARE_PREFIX = "plagentic-share-";
export declare const METADATA_ADDRESS = "plagentic-address";
export declare const METADATA_OMITTED = "plagentic-omitted";
export declare const METADATA_BOOT_DISK = "plagentic-boot-disk";
export interface DescriptionMarker {
    /** The ownership tags (`ownershipTags`), address included. */
    tags: Record<string, string>;
    omitted: string[];
    /** The user's description, kept inside the marker. */
    description?: string;
}
export declare function describeOwned(marker: DescriptionMarker): string;
/** The marker of a resource Plagentic made, or undefined for anything else (never touched). */
export declare function readDescription(description: string | null | undefined): DescriptionMarker | undefined;
/**
 * A repository as a label value: its name with `/` and `.` as `-`, cut so that `-` and its
 * 16-digit repositoryKey still fit in 63 characters (`octo-payments-0123456789abcdef`).
 */
export declare function repositoryLabel(repository: string): string;
/** The ownership labels of an instance `target` creates at `address`. */
export declare function ownerLabels(target: ProviderTarget, address: string): Record<string, string>;
/**
 * `ownedBy` on labels: the environment label matches, and the repository label is the target's,
 * or the owner's share label for the target says so. No repository label: nobody's.
 */
export declare function labelsOwnedBy(labels: Readonly<Record<string, string>>, target: ProviderTarget): boolean;
/**
 * `identityTagsAfterUpdate` on labels: the owner writes its current share labels, a repository
 * the instance is shared with keeps the owner's.
 */
export declare function ownerLabelsAfterUpdate(current: Readonly<Record<string, string>>, target: ProviderTarget, address: string): Record<string, string>;
export declare function environmentLabel(environment: string): string;
/**
 * The address an instance's labels and metadata agree on, or undefined when they do not (a label
 * copied onto a hand-made instance is not enough to make it owned).
 */
export declare function instanceAddress(labels: Record<string, string>, metadataAddress: string | undefined): string | undefined;
export declare function instanceEnvironment(labels: Readonly<Record<string, string>>): string | undefined;
export declare function isOwnerLabel(key: string): boolean;

export declare const LABEL_ENVIRONMENT = "plagentic-environment";
export declare const LABEL_ADDRESS = "plagentic-address";
export declare const LABEL_REPOSITORY = "plagentic-repository";
/** `plagentic-share-<repositoryKey(other)>` = `repositoryLabel(other)`, as the share tags say. */
export declare const LABEL_SHARE_PREFIX = "plagentic-share-";
/** An instance's marker: its ownership tags as JSON. */
export declare const METADATA_OWNERSHIP = "plagentic-ownership";
export declare const METADATA_OMITTED = "plagentic-omitted";
/** Where instances made before the marker kept their address (read only; see instance.ts). */
export declare const LEGACY_METADATA_ADDRESS = "plagentic-address";
export declare const METADATA_BOOT_DISK = "plagentic-boot-disk";
export interface DescriptionMarker {
    /** The ownership tags (`ownershipTags`), address included. */
    tags: Record<string, string>;
    omitted: string[];
    /** The user's description, kept inside the marker. */
    description?: string;
    /** The image a disk was made from as the spec named it (GCE reports only the resolved image). */
    image?: string;
}
export declare function describeOwned(marker: DescriptionMarker): string;
/** The marker of a resource Plagentic made, or undefined for anything else (never touched). */
export declare function readDescription(description: string | null | undefined): DescriptionMarker | undefined;
/**
 * A repository as a label value: its name with `/` and `.` as `-`, cut so that `-` and its
 * 16-digit repositoryKey still fit in 63 characters (`octo-payments-0123456789abcdef`).
 */
export declare function repositoryLabel(repository: string): string;
export declare function environmentLabel(environment: string): string;
/** The label filter of an environment's labelled resources in a list call. */
export declare function environmentFilter(environment: string): string;
/** The labels a resource carrying ownership `tags` is written with (ownershipTags, in label form). */
export declare function ownershipLabels(tags: Readonly<Record<string, string>>): Record<string, string>;
/**
 * The ownership tags of a marker that its resource's labels agree with: none at all when the
 * environment, repository or address labels differ (a label copied onto a hand-made resource, or
 * a marker without labels, is nobody's), and only the shares both name.
 */
export declare function agreedOwnership(tags: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): Record<string, string>;
export declare function isOwnerLabel(key: string): boolean;

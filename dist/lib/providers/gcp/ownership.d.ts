export declare const LABEL_ENVIRONMENT = "plagentic-environment";
export declare const LABEL_ADDRESS = "plagentic-address";
export declare const METADATA_ADDRESS = "plagentic-address";
export declare const METADATA_OMITTED = "plagentic-omitted";
export declare const METADATA_BOOT_DISK = "plagentic-boot-disk";
export interface Ownership {
    environment: string;
    address: string;
    omitted: string[];
}
export interface DescriptionMarker extends Ownership {
    /** The user's description, kept inside the marker. */
    description?: string;
}
export declare function describeOwned(marker: DescriptionMarker): string;
/** The marker of an owned resource, or undefined for anything else (never touched). */
export declare function readDescription(description: string | null | undefined): DescriptionMarker | undefined;
/** Ownership labels for an instance; the environment must fit a label value, the address may be hashed. */
export declare function ownerLabels(environment: string, address: string): Record<string, string>;
export declare function environmentLabel(environment: string): string;
/**
 * The address an instance's labels and metadata agree on, or undefined when they do not (a label
 * copied onto a hand-made instance is not enough to make it owned).
 */
export declare function instanceAddress(labels: Record<string, string>, metadataAddress: string | undefined): string | undefined;
export declare function instanceEnvironment(labels: Record<string, string>): string | undefined;
export declare function isOwnerLabel(key: string): boolean;

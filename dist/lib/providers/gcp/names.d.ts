export type GcpKind = "network" | "subnetwork" | "firewall" | "instance" | "disk";
/** Where a resource lives: the operation to wait on is global, regional or zonal accordingly. */
export type GcpScope = {
    kind: "global";
} | {
    kind: "region";
    region: string;
} | {
    kind: "zone";
    zone: string;
};
export interface GcpResourceRef {
    project: string;
    kind: GcpKind;
    scope: GcpScope;
    name: string;
}
/** `staging` → `staging-`; what every generated name of the environment starts with. */
export declare function namePrefix(environment: string): string;
/**
 * A name from environment and address, with a short digest of the idempotency token: a retried
 * create gets the same name, while a replacement (created before the old one is deleted) gets its own.
 */
export declare function resourceName(environment: string, address: string, token: string): string;
/** Server-side list filter for the names `namePrefix` starts (GCE's `eq` takes a regular expression). */
export declare function nameFilter(environment: string): string;
export declare function shortHash(text: string, length?: number): string;
/**
 * Reversible label-value escaping: `[a-z0-9_]` stay, every other ASCII character becomes `-` and
 * two hex digits (`google_compute_instance.web[1]` → `google_compute_instance-2eweb-5b1-5d`).
 * Undefined when the result would not fit a label value.
 */
export declare function encodeLabel(text: string): string | undefined;
export declare function decodeLabel(label: string): string | undefined;
/** Label keys and values GCE accepts. */
export declare function isLabelKey(key: string): boolean;
export declare function isLabelValue(value: string): boolean;
/**
 * The id Plagentic uses for a GCE resource: its path relative to the API root
 * (`projects/p/zones/z/instances/n`). GCE accepts it wherever a resource URL is expected, and
 * references in API responses (full URLs) reduce to it, so ids and references compare equal.
 */
export declare function resourcePath(ref: GcpResourceRef): string;
/** A URL (`https://www.googleapis.com/compute/v1/projects/...`) or path reduced to the path form. */
export declare function relativePath(urlOrPath: string): string;
/** The last segment of a URL: a zone, region or machine type name. */
export declare function lastSegment(url: string): string;
export declare function parseResourcePath(id: string): GcpResourceRef | undefined;

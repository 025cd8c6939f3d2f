/**
 * Address arithmetic for firewall sources: CIDRs, bare addresses and the "anyone" keywords parsed
 * into inclusive BigInt intervals, merged, and measured against the internet. Policy judges how
 * much of the internet a set of sources admits, not how each source is spelt, so `0.0.0.0/1` plus
 * `128.0.0.0/1` counts the same as `0.0.0.0/0`. No address library is installed, and the
 * arithmetic is small enough to keep here.
 */
export type Family = 4 | 6;
/** Inclusive bounds, so a /0 fits without a 2^128 sentinel. */
export interface AddressRange {
    family: Family;
    first: bigint;
    last: bigint;
}
export declare const FAMILIES: readonly Family[];
/** Every address of its family: what `0.0.0.0/0`, `::/0` and `*` admit. */
export declare function isWholeSpace(range: AddressRange): boolean;
/**
 * What each family's internet is. IPv4: every address (the unroutable blocks together are under
 * 1%, too little to matter). IPv6: 2000::/3, the only global unicast space IANA allocates from, so
 * `2000::/3` alone counts as the whole IPv6 internet and `8000::/1` as none of it.
 */
export declare const INTERNET: Record<Family, AddressRange>;
/**
 * The addresses a source admits: a CIDR (host bits ignored, as clouds do: `10.0.0.0/0` is
 * everyone), a bare address, or one of the "anyone" keywords. A source made only of address
 * characters that still does not parse (`0/0`, `0.0.0.0/0.0.0.0`) fails closed: it counts as
 * everyone, since a cloud may read it more generously than this does. Anything else (a service
 * tag such as `VirtualNetwork`, a security group id) is not an address range: `undefined`.
 */
export declare function parseSource(text: string): AddressRange[] | undefined;
/** A CIDR or bare address as one inclusive range, or undefined when it is not one. */
export declare function parseAddressRange(s: string): AddressRange[] | undefined;
/** Sorted, with overlapping and adjacent ranges joined. */
export declare function mergeRanges(ranges: readonly AddressRange[], family: Family): AddressRange[];
export interface InternetShare {
    family: Family;
    /** Addresses of the family's internet that the ranges admit, counting each once. */
    covered: bigint;
    size: bigint;
    /** covered / size, for comparing with a threshold. */
    fraction: number;
}
/** How much of one family's internet the union of `ranges` admits. */
export declare function internetShare(ranges: readonly AddressRange[], family: Family): InternetShare;

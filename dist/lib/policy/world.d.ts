/**
 * When a set of sources counts as "the whole internet", for the rules that judge exposure
 * (admin ports, database networks). A source list is judged by the union of what it admits, so
 * splitting `0.0.0.0/0` into halves, or into 256 /8s, changes nothing.
 */
import { z } from "zod";
import { type AddressRange, type Family, type InternetShare } from "./cidr.js";
/**
 * 1%: the private and shared IPv4 ranges all together (10/8, 172.16/12, 192.168/16, 100.64/10)
 * are about 0.5%, private IPv6 (fc00::/7) lies outside 2000::/3, and no office or VPN range comes
 * near it. Anything wider (a /6 of IPv4, a cloud provider's whole address pool) admits so many
 * strangers that it is as good as the world.
 */
export declare const DEFAULT_WORLD_FRACTION = 0.01;
/**
 * Sources that together admit at least this fraction of the IPv4 internet, or of the IPv6 internet
 * (2000::/3), count as open to the world. 1 means only the whole space does.
 */
export declare const worldFractionOption: z.ZodDefault<z.ZodNumber>;
/** One source as written and the addresses it admits (empty for a service tag or a group id). */
export interface Source {
    text: string;
    ranges: AddressRange[];
}
export declare function rangesIn(sources: readonly Source[], family: Family): AddressRange[];
export declare function isWorldOpen(sources: readonly Source[], family: Family, fraction: number): boolean;
/** "all", "50%", "1.6%": never rounds a share that misses addresses up to "all" or "100%". */
export declare function describeShare(share: InternetShare): string;
/**
 * The sources behind an exposure, as a reader can check them: the ones that are wide on their own
 * when there are any (`0.0.0.0/0`), otherwise all of them, a few by name, with how much of the
 * internet they add up to whenever that is not plain from the text.
 */
export declare function describeSources(sources: readonly Source[], fraction: number, families?: readonly Family[]): string;

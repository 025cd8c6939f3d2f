/**
 * When a set of sources counts as "the whole internet", for the rules that judge exposure
 * (admin ports, database networks). A source list is judged by the union of what it admits, so
 * splitting `0.0.0.0/0` into halves, or into 256 /8s, changes nothing.
 */
import { z } from "zod";
import { FAMILIES, internetShare, isWholeSpace, } from "./cidr.js";
import { fewByName, joinWords } from "./words.js";
/**
 * 1%: the private and shared IPv4 ranges all together (10/8, 172.16/12, 192.168/16, 100.64/10)
 * are about 0.5%, private IPv6 (fc00::/7) lies outside 2000::/3, and no office or VPN range comes
 * near it. Anything wider (a /6 of IPv4, a cloud provider's whole address pool) admits so many
 * strangers that it is as good as the world.
 */
export const DEFAULT_WORLD_FRACTION = 0.01;
/**
 * Sources that together admit at least this fraction of the IPv4 internet, or of the IPv6 internet
 * (2000::/3), count as open to the world. 1 means only the whole space does.
 */
export const worldFractionOption = z.number().gt(0).max(1).default(DEFAULT_WORLD_FRACTION);
export function rangesIn(sources, family) {
    return sources.flatMap((s) => s.ranges.filter((r) => r.family === family));
}
export function isWorldOpen(sources, family, fraction) {
    const share = internetShare(rangesIn(sources, family), family);
    return share.covered > 0n && share.fraction >= fraction;
}
/** "all", "50%", "1.6%": never rounds a share that misses addresses up to "all" or "100%". */
export function describeShare(share) {
    if (share.covered === share.size)
        return "all";
    const percent = share.fraction * 100;
    if (percent >= 99.95)
        return "nearly all";
    return `${Number(percent.toPrecision(percent >= 10 ? 3 : 2))}%`;
}
const SHOWN = 4;
/**
 * The sources behind an exposure, as a reader can check them: the ones that are wide on their own
 * when there are any (`0.0.0.0/0`), otherwise all of them, a few by name, with how much of the
 * internet they add up to whenever that is not plain from the text.
 */
export function describeSources(sources, fraction, families = FAMILIES) {
    const parts = [];
    const seen = new Set();
    for (const family of FAMILIES.filter((f) => families.includes(f))) {
        const inFamily = sources.filter((s) => s.ranges.some((r) => r.family === family));
        if (!isWorldOpen(inFamily, family, fraction))
            continue;
        const wide = inFamily.filter((s) => isWorldOpen([s], family, fraction));
        const listed = wide.length > 0 ? wide : inFamily;
        const texts = [...new Set(listed.map((s) => s.text.trim()))].filter((t) => !seen.has(t));
        texts.forEach((t) => seen.add(t));
        if (texts.length === 0)
            continue;
        const share = internetShare(rangesIn(listed, family), family);
        // "0.0.0.0/0" and "*" speak for themselves; "::/1" or a list of /8s needs saying.
        const plain = listed.some((s) => s.ranges.some((r) => r.family === family && isWholeSpace(r)));
        const note = plain
            ? ""
            : ` (${listed.length > 1 ? "together " : ""}${describeShare(share)} of the IPv${family} internet)`;
        parts.push(`${fewByName(texts, SHOWN)}${note}`);
    }
    return joinWords(parts);
}

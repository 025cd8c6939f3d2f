/**
 * What the price data covers, in words for unknown-price reasons. Derived from the data itself,
 * so the messages stay true when a file gains regions.
 */

/** "covers us-east-1 only", "covers us-east-1 and eastus only", "covers 34 regions, not mars-1". */
export function coverage(regions: readonly string[], region: string): string {
  if (regions.length === 0) return "has no prices at all";
  if (regions.length <= 3) {
    const list =
      regions.length === 1 ? regions[0]! : `${regions.slice(0, -1).join(", ")} and ${regions.at(-1)!}`;
    return `covers ${list} only`;
  }
  return regions.includes(region)
    ? `covers ${regions.length} regions`
    : `covers ${regions.length} regions, not ${region}`;
}

/**
 * Turns the price data's long provenance notes into a PriceSource: a short citation a comment can
 * print, and the date of the data. The full notes stay in `data/prices/`.
 */
import type { PriceSource } from "./model.js";

/** Where a citation ends: after these, the data's notes quote or explain rather than cite. */
const CITATION_ENDS = ["; ", ". ", ", e.g.", ", key ", ": '"];

export function citation(text: string): string {
  let short = text;
  // Parenthesised asides (filters, dates, quoted lines) are detail, not citation; innermost first.
  for (let prev = ""; prev !== short;) {
    prev = short;
    short = short.replace(/\s*\([^()]*\)/g, "");
  }
  // A URL in the middle of a citation ("price map https://..., as committed in <repo>") is detail;
  // a citation that is only a URL keeps it.
  short = short.replace(/(\S)\s+https?:\/\/\S+?(?=,|\s|$)/g, "$1");
  const golden = short.indexOf(".golden:");
  if (golden >= 0) short = short.slice(0, golden + ".golden".length);
  const ends = CITATION_ENDS.map((end) => short.indexOf(end)).filter((at) => at > 0);
  if (ends.length > 0) short = short.slice(0, Math.min(...ends));
  return short.trim();
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}Z)?\b/;

/**
 * The date of a price: the entry's own `as_of`, else the first date its source (then its
 * corroboration) names, else "undated" so the gap shows instead of a guess.
 */
export function priceDate(asOf: string | undefined, ...texts: (string | undefined)[]): string {
  if (asOf) return asOf;
  for (const text of texts) {
    const found = text ? ISO_DATE.exec(text) : null;
    if (found) return found[0];
  }
  return "undated";
}

export function priceSource(source: string, asOf: string): PriceSource {
  return { source: citation(source), asOf };
}

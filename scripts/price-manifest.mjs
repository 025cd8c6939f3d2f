// Regenerates data/prices/manifest.json: for every price file its sha256, the date of its prices
// (ISO; "undated" where the file gives none) and its source. Run it after replacing a price file;
// test/cost/manifest.test.ts fails while the manifest is out of date.
//
//   node scripts/price-manifest.mjs [dir]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? new URL("../data/prices/", import.meta.url).pathname;

/** The file's as_of as an ISO date; "Thu Jul 30 06:13:17 2026" (GCP, no zone) is read as UTC. */
function isoAsOf(asOf) {
  if (asOf === undefined || asOf === "undated") return "undated";
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/.test(asOf)) return asOf;
  const parsed = Date.parse(`${asOf} UTC`);
  if (Number.isNaN(parsed)) throw new Error(`cannot read the date "${asOf}"`);
  return new Date(parsed).toISOString().replace(".000Z", "Z");
}

const files = {};
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith(".json") && f !== "manifest.json")
  .sort()) {
  const bytes = readFileSync(join(dir, name));
  const data = JSON.parse(bytes.toString("utf8"));
  files[name] = {
    sha256: createHash("sha256").update(bytes).digest("hex"),
    as_of: isoAsOf(data.as_of),
    // managed-services.json dates and sources each entry instead.
    source: data.source ?? "per entry: see entries[].source and entries[].as_of",
  };
}
writeFileSync(join(dir, "manifest.json"), JSON.stringify({ format: 1, files }, null, 2) + "\n");
console.log(`wrote ${join(dir, "manifest.json")} (${Object.keys(files).length} files)`);

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledPriceDir } from "../../src/cost/catalog-loader.js";
import { manifestSchema } from "../../src/cost/price-manifest.js";

const dir = bundledPriceDir();
const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")));
const priceFiles = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "manifest.json");

describe("data/prices/manifest.json", () => {
  it("lists exactly the price files", () => {
    expect(Object.keys(manifest.files).sort()).toEqual([...priceFiles].sort());
  });

  it.each(priceFiles)("has the sha256 of %s (else run node scripts/price-manifest.mjs)", (file) => {
    const sha = createHash("sha256")
      .update(readFileSync(join(dir, file)))
      .digest("hex");
    expect(manifest.files[file]?.sha256).toBe(sha);
  });

  it.each(priceFiles)("dates %s as the file does, in ISO form", (file) => {
    const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as { as_of?: string };
    const entry = manifest.files[file]!;
    if (data.as_of === undefined || data.as_of === "undated") {
      expect(entry.as_of).toBe("undated");
    } else {
      expect(entry.as_of).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/);
      expect(Date.parse(entry.as_of)).toBe(
        Date.parse(/\d{4}-/.test(data.as_of) ? data.as_of : `${data.as_of} UTC`),
      );
    }
    expect(entry.fetched_at).toBeUndefined();
  });
});

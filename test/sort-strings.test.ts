import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortStrings } from "../src/sort-strings.js";

describe("sortStrings", () => {
  it("sorts as Array.prototype.sort does, in place, short lists and long", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 40 }), (values) => {
        const copy = [...values];
        expect(sortStrings(copy)).toBe(copy);
        expect(copy).toEqual([...values].sort());
      }),
      { numRuns: 2_000 },
    );
  });

  it("orders by UTF-16 code units, as the built-in sort does", () => {
    expect(sortStrings(["b", "a", "B", "\ud83d\ude00", "\uff61", "10", "9"])).toEqual(
      ["b", "a", "B", "\ud83d\ude00", "\uff61", "10", "9"].sort(),
    );
  });
});

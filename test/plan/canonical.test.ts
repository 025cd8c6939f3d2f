/**
 * Canonical JSON is what plan hashes are computed over, so its text must never change: a plan
 * approved before an upgrade must hash the same after it. The fast serializer is checked against
 * the straightforward definition, and the hashes of the fixture plans are pinned.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { canonicalJson, canonicalSha256, sameValue } from "../../src/plan/canonical.js";
import { planHash } from "../../src/plan/engine.js";
import type { Plan } from "../../src/plan/model.js";

/** The definition: keys sorted by UTF-16 code units, `undefined` dropped, nothing else changed. */
function reference(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value))
      throw new Error("cannot hash a non-finite number");
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : reference(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(",")}}`;
}

describe("canonicalJson", () => {
  it.each([
    ["sorted keys", { b: 1, a: [true, null, "x"] }],
    ["integer-like keys, which objects order first", { "10": 1, "9": 2, a: 3, "01": 4 }],
    ["an own __proto__ key", JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as unknown],
    ["undefined in objects and arrays", { a: undefined, b: [undefined, 1] }],
    ["functions and symbols", { f: () => 1, s: Symbol("s"), l: [() => 1] }],
    ["negative zero, escapes and lone surrogates", { z: -0, s: 'a"\\\n\u0001\ud800' }],
    ["a Date, as a plain object", { d: new Date(0) }],
    ["scalars at the top", "x"],
    ["undefined at the top", undefined],
  ])("writes %s as the definition does", (_name, value) => {
    expect(canonicalJson(value)).toBe(reference(value));
  });

  it("refuses non-finite numbers", () => {
    expect(() => canonicalJson({ a: [1, Infinity] })).toThrow("cannot hash a non-finite number");
    expect(() => canonicalJson({ "1": NaN })).toThrow("cannot hash a non-finite number");
  });

  it("agrees with the definition on any JSON value", () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom("0", "1", "10", "4294967294", "4294967295", "__proto__"),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { maxDepth: 4 },
        fc.string(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.array(tie("value"), { maxLength: 5 }),
        fc.dictionary(key, tie("value"), { maxKeys: 5 }),
      ),
    }));
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 2_000 },
    );
  });

  it("hashes the text it writes", () => {
    const value = { b: [1, "x".repeat(100_000), { d: 2, c: [3] }], a: "é\u0001" };
    expect(canonicalSha256(value)).toBe(createHash("sha256").update(reference(value)).digest("hex"));
  });

  it("compares as the texts do, on any JSON value", () => {
    const key = fc.constantFrom("a", "b", "0", "10", "__proto__");
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { maxDepth: 3 },
        fc.constantFrom("x", "", 0, -0, 1, 1.5, true, false, null, undefined),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(key, tie("value"), { maxKeys: 3 }),
      ),
    }));
    // Pairs built alike are often equal, with keys in another order; unrelated ones rarely are.
    const reordered = value.map((v) => [v, JSON.parse(canonicalJson(v)) as unknown] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(value, value), reordered), ([a, b]) => {
        // At the top, scalars are compared as they are (sameValue(null, undefined) is false).
        expect(sameValue({ v: a }, { v: b })).toBe(reference({ v: a }) === reference({ v: b }));
      }),
      { numRuns: 2_000 },
    );
    expect(sameValue({ a: [undefined, () => 1], b: undefined }, { a: [null, null] })).toBe(true);
    expect(sameValue({ a: () => 1 }, { a: undefined })).toBe(false);
    expect(sameValue({ d: new Date(0) }, { d: {} })).toBe(true);
  });

  it("refuses non-finite numbers when comparing, as when writing", () => {
    expect(() => sameValue({ a: 1 }, { a: 1, b: [NaN] })).toThrow("cannot hash a non-finite number");
    expect(() => sameValue({ a: Infinity }, { a: Infinity })).toThrow("cannot hash a non-finite number");
  });

  it("compares values regardless of key order", () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
  });

  it.each([
    ["mixed", "c238b687b20978e775b35bf7b115d0d31b3bf847fb3ece12af26ebd46236d7f2"],
    ["no-changes", "4728d2bf4ffbfe543ae208ecbf5ce72a45b3b312192ffc8d5ae0381ed8b3f699"],
    ["unknown-usage-fail", "6001fc1e5aa4c0abe2e04facd3764e529f246daa4cb728ff34394b419f05ebbd"],
  ])("hashes the %s fixture plan as it always has", (name, hash) => {
    const plan = JSON.parse(
      readFileSync(new URL(`../fixtures/plans/${name}.json`, import.meta.url), "utf8"),
    ) as Plan;
    const { hash: _stored, ...body } = plan;
    expect(planHash(body)).toBe(hash);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatUnitPrice, formatUsd, formatUsdDelta } from "../../src/cost/money.js";

describe("formatUsd", () => {
  it.each([
    [147.75, "$147.75"],
    [3.1, "$3.10"],
    [-3.1, "-$3.10"],
    [0, "$0.00"],
    [-0.001, "$0.00"],
    [0.005, "$0.01"],
    [1147.75, "$1,147.75"],
    [1234567.891, "$1,234,567.89"],
    [null, "unknown"],
    [Number.NaN, "unknown"],
  ])("%s -> %s", (amount, text) => {
    expect(formatUsd(amount)).toBe(text);
  });
});

describe("formatUsdDelta", () => {
  it.each([
    [3.1, "+$3.10"],
    [-3.1, "-$3.10"],
    [0, "$0.00"],
    [0.004, "$0.00"],
    [30.37, "+$30.37"],
    [-1500, "-$1,500.00"],
    [null, "unknown"],
  ])("%s -> %s", (amount, text) => {
    expect(formatUsdDelta(amount)).toBe(text);
  });
});

describe("formatUnitPrice", () => {
  it.each([
    [0.2, "1M requests", "$0.20 per 1M requests"],
    [0.0104, "hour", "$0.0104 per hour"],
    [0.0000166667, "GB-second", "$0.0000166667 per GB-second"],
    [1.5, "GB-month", "$1.50 per GB-month"],
    [1250, "month", "$1,250.00 per month"],
    [null, "hour", "unknown price per hour"],
  ])("%s per %s", (price, unit, text) => {
    expect(formatUnitPrice(price, unit)).toBe(text);
  });
});

describe("formatUsd and formatUsdDelta agree with toFixed(2) on any amount", () => {
  /** The figures as toFixed(2) writes them, the definition the quicker arithmetic must match. */
  function byToFixed(amount: number, sign: (c: number) => string): string {
    const c = Math.round(amount * 100);
    if (c === 0) return "$0.00";
    const [whole = "0", cents = "00"] = (Math.abs(c) / 100).toFixed(2).split(".");
    return `${sign(c)}$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
  }

  it("for amounts of every size", () => {
    const amount = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((c) => c / 100),
      fc.constantFrom(9_999_999_999_999.99, 10_000_000_000_000.01, 1e15, 1e21, -1e22),
    );
    fc.assert(
      fc.property(amount, (a) => {
        expect(formatUsd(a)).toBe(byToFixed(a, (c) => (c < 0 ? "-" : "")));
        expect(formatUsdDelta(a)).toBe(byToFixed(a, (c) => (c < 0 ? "-" : "+")));
      }),
      { numRuns: 5_000 },
    );
  });
});

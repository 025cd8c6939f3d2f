import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/loader.js";
import { SpecError } from "../../src/spec/errors.js";

function errorOf(fn: () => unknown): SpecError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SpecError);
    return e as SpecError;
  }
  throw new Error("expected a SpecError");
}

describe("config: cost.usage_ranges", () => {
  it("is empty when absent", () => {
    expect(parseConfig("{}", "c.yaml", {}).cost).toEqual({ usageRanges: {} });
  });

  it("reads low and high per usage key", () => {
    const text = "cost:\n  usage_ranges:\n    monthly_requests: { low: 10000000, high: 50000000 }\n";
    expect(parseConfig(text, "c.yaml", {}).cost.usageRanges).toEqual({
      monthly_requests: { low: 10_000_000, high: 50_000_000 },
    });
  });

  it("refuses a key no estimator reads, at its line", () => {
    const text = "cost:\n  usage_ranges:\n    monthly_request: { low: 1, high: 2 }\n";
    expect(errorOf(() => parseConfig(text, "c.yaml", {})).message).toBe(
      'c.yaml:3:5: cost.usage_ranges.monthly_request: unknown field "monthly_request"',
    );
  });

  it("refuses low above high and negative figures", () => {
    const inverted = "cost:\n  usage_ranges:\n    average_lcus: { low: 5, high: 1 }\n";
    expect(errorOf(() => parseConfig(inverted, "c.yaml", {})).message).toMatch(/low must not be above high/);
    const negative = "cost:\n  usage_ranges:\n    average_lcus: { low: -1, high: 1 }\n";
    expect(errorOf(() => parseConfig(negative, "c.yaml", {})).message).toMatch(/average_lcus\.low/);
    // A figure that would turn a price into an infinite amount of money.
    const huge = "cost:\n  usage_ranges:\n    monthly_requests: { low: 1, high: 1e308 }\n";
    expect(errorOf(() => parseConfig(huge, "c.yaml", {})).message).toMatch(/monthly_requests\.high/);
  });
});

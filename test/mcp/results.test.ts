import { describe, expect, it } from "vitest";
import { redactValue, toolError, toolResult } from "../../src/mcp/results.js";
import { createRedactor } from "../../src/render/redact.js";
import { NotFoundError } from "../../src/spec/errors.js";

const redact = createRedactor(["s3cr3t-value", "9876543210"]);

describe("MCP results", () => {
  it("masks secrets in the text and in structured content, keeping its shape", () => {
    const out = toolResult(
      { text: "token s3cr3t-value", structured: { a: ["x s3cr3t-value y"], b: { "s3cr3t-value": 1 } } },
      redact,
    );
    expect(out.content).toEqual([{ type: "text", text: "token ***" }]);
    expect(out.structuredContent).toEqual({ a: ["x *** y"], b: { "***": 1 } });
  });

  it("masks strings one by one when masking the JSON text would break it", () => {
    // A secret that is also a number in the value: masked as text it would leave invalid JSON.
    const value = { n: 9876543210, s: "id 9876543210" };
    expect(redactValue(value, redact)).toEqual({ n: 9876543210, s: "id ***" });
  });

  it("turns a user's mistake into the CLI's line and anything else into an internal error without a stack", () => {
    expect(toolError(new NotFoundError("environment", "prod", ["staging"]), redact)).toEqual({
      isError: true,
      content: [{ type: "text", text: 'Error: unknown environment "prod"; valid environments: staging' }],
    });
    const internal = toolError(new TypeError("boom at s3cr3t-value"), redact);
    expect(internal.content).toEqual([{ type: "text", text: "Internal error: boom at ***" }]);
  });
});

import { describe, expect, it } from "vitest";
import { defaultRunner } from "../../src/app/server.js";
import { PlagenticError } from "../../src/spec/errors.js";

describe("the server's worker settings", () => {
  it.each([
    ["PLAGENTIC_WORKERS", "two", /PLAGENTIC_WORKERS must be a whole number, not "two"/],
    ["PLAGENTIC_WORKERS", "-1", /PLAGENTIC_WORKERS must be a whole number, not "-1"/],
    ["PLAGENTIC_PLAN_TIMEOUT", "0", /PLAGENTIC_PLAN_TIMEOUT must be a whole number above 0, not "0"/],
    ["PLAGENTIC_WORKER_MEMORY_MB", "1.5", /PLAGENTIC_WORKER_MEMORY_MB must be a whole number above 0/],
  ])("refuses %s=%s before the server starts", (name, value, message) => {
    const err = (() => {
      try {
        defaultRunner({ [name]: value });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(PlagenticError);
    expect((err as Error).message).toMatch(message);
  });

  it("keeps plans in-process with PLAGENTIC_WORKERS=0", () => {
    expect(defaultRunner({ PLAGENTIC_WORKERS: "0", PLAGENTIC_PLAN_TIMEOUT: "30" }).pooled).toBe(false);
  });
});

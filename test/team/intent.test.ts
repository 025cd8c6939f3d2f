import { describe, expect, it } from "vitest";
import { parseIntent } from "../../src/team/intent.js";

describe("parseIntent", () => {
  it.each([
    ["Provision staging environment", { kind: "plan", environment: "staging" }],
    ["provision the staging environment.", { kind: "plan", environment: "staging" }],
    ["plan staging", { kind: "plan", environment: "staging" }],
    ["  Plan   prod-eu ", { kind: "plan", environment: "prod-eu" }],
    ["deploy production env", { kind: "plan", environment: "production" }],
    ["destroy staging", { kind: "destroy", environment: "staging" }],
    ["Tear down the staging environment", { kind: "destroy", environment: "staging" }],
    ["check drift in staging", { kind: "drift", environment: "staging" }],
    ["drift staging", { kind: "drift", environment: "staging" }],
    ["Check staging for drift", { kind: "drift", environment: "staging" }],
  ])("%s", (task, expected) => {
    expect(parseIntent(task)).toEqual(expected);
  });

  it.each([
    "add two t3.small workers to staging",
    "provision staging and production",
    "destroy",
    "plan staging; rm -rf /",
    "",
  ])("leaves %j to a model", (task) => {
    expect(parseIntent(task).kind).toBe("request");
  });
});

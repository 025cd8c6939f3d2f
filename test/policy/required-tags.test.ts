import { describe, expect, it } from "vitest";
import { requiredTags } from "../../src/policy/rules/required-tags.js";
import { context, resource } from "./context.js";

const options = { tags: ["owner", "cost-center"] };

describe("required_tags", () => {
  it.each<[string, string, Record<string, string>, string | null]>([
    ["all present", "aws_instance.web", { owner: "payments", "cost-center": "42" }, null],
    ["extra tags are fine", "aws_instance.web", { owner: "a", "cost-center": "b", env: "x" }, null],
    ["one missing", "aws_instance.web", { owner: "payments" }, "tag cost-center; add it"],
    ["both missing", "aws_instance.web", {}, "tags owner, cost-center; add them"],
    ["empty value counts as missing", "aws_instance.web", { owner: " ", "cost-center": "42" }, "tag owner;"],
    ["case matters", "aws_instance.web", { Owner: "a", "cost-center": "b" }, "tag owner;"],
    ["untaggable type is skipped", "google_compute_network.vpc", {}, null],
    ["unregistered type is skipped", "made_up_thing.x", {}, null],
    ["GCP labels count", "google_compute_instance.vm", { owner: "a", "cost-center": "b" }, null],
  ])("%s", (_name, address, tags, expected) => {
    const findings = requiredTags.evaluate(context({ desired: [resource(address, {}, { tags })] }), options);
    if (expected === null) expect(findings).toEqual([]);
    else {
      expect(findings).toHaveLength(1);
      expect(findings[0]?.address).toBe(address);
      expect(findings[0]?.message).toContain(`${address} is missing ${expected}`);
    }
  });

  it("checks every desired resource, one finding each", () => {
    const desired = [
      resource("aws_instance.a", {}, { tags: {} }),
      resource("aws_instance.b", {}, { tags: { owner: "x", "cost-center": "y" } }),
      resource("aws_instance.c[0]", {}, { tags: { owner: "x" } }),
    ];
    const findings = requiredTags.evaluate(context({ desired }), options);
    expect(findings.map((f) => f.address)).toEqual(["aws_instance.a", "aws_instance.c[0]"]);
  });
});

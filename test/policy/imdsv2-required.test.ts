import { describe, expect, it } from "vitest";
import { evaluatePolicies } from "../../src/policy/evaluate.js";
import { imdsv2Required } from "../../src/policy/rules/imdsv2-required.js";
import type { Attributes } from "../../src/spec/model.js";
import { change, context, creating, resource } from "./context.js";

function check(attributes: Attributes, address = "aws_instance.web") {
  return imdsv2Required.evaluate(creating(resource(address, attributes)), {});
}

describe("imdsv2_required", () => {
  it.each<[string, Attributes, RegExp[]]>([
    ["no metadata_options", {}, [/allows IMDSv1 \(no metadata_options\.http_tokens\)/]],
    ["tokens optional", { metadata_options: { http_tokens: "optional" } }, [/http_tokens is "optional"/]],
    ["tokens required", { metadata_options: { http_tokens: "required" } }, []],
    ["tokens required, in capitals", { metadata_options: { http_tokens: "REQUIRED" } }, []],
    ["metadata service off", { metadata_options: { http_endpoint: "disabled" } }, []],
    ["metadata service on, tokens optional", { metadata_options: { http_endpoint: "enabled" } }, [/IMDSv1/]],
  ])("%s", (_name, attributes, expected) => {
    const findings = check(attributes);
    expect(findings).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(findings[i]?.message).toMatch(pattern));
  });

  it("says why and what to set", () => {
    expect(check({})[0]?.message).toBe(
      "aws_instance.web allows IMDSv1 (no metadata_options.http_tokens), so a request forgery in anything it runs can read its role credentials; set metadata_options.http_tokens: required.",
    );
  });

  it("looks only at EC2 instances", () => {
    expect(check({}, "google_compute_instance.web")).toEqual([]);
  });

  it("warns by default and fails with level: fail, for instances the plan creates or changes", () => {
    const created = creating(resource("aws_instance.web", {}));
    const levels = (ctx: typeof created, config = {}) =>
      evaluatePolicies(ctx, config)
        .findings.filter((f) => f.rule === "imdsv2_required")
        .map((f) => f.level);
    expect(levels(created)).toEqual(["warn"]);
    expect(levels(created, { imdsv2_required: { level: "fail" } })).toEqual(["fail"]);
    const updated = context({
      desired: [resource("aws_instance.web", {})],
      changes: [change("aws_instance.web", "update", { changedAttributes: ["instance_type"] })],
    });
    expect(levels(updated, { imdsv2_required: { level: "fail" } })).toEqual(["fail"]);
    const untouched = context({ desired: [resource("aws_instance.web", {})] });
    expect(levels(untouched, { imdsv2_required: { level: "fail" } })).toEqual(["warn"]);
  });
});

import { describe, expect, it } from "vitest";
import { protectedEnvironments } from "../../src/policy/rules/protected-environments.js";
import { protectedResources } from "../../src/policy/rules/protected-resources.js";
import type { Action, Change } from "../../src/plan/model.js";
import { change, context, resource, spec } from "./context.js";

describe("protected_resources", () => {
  it.each<[string, Action, boolean, boolean, boolean]>([
    // name, action, Change.protected, desired protected, fails
    ["delete of a protected resource", "delete", true, false, true],
    ["replace of a protected resource", "replace", true, false, true],
    ["replace, protected in the spec only", "replace", false, true, true],
    ["update of a protected resource", "update", true, true, false],
    ["create of a protected resource", "create", true, true, false],
    ["delete of an unprotected resource", "delete", false, false, false],
    ["replace of an unprotected resource", "replace", false, false, false],
  ])("%s", (_name, action, changeProtected, desiredProtected, fails) => {
    const address = "aws_db_instance.main";
    const desired = action === "delete" ? [] : [resource(address, {}, { protected: desiredProtected })];
    const ctx = context({ desired, changes: [change(address, action, { protected: changeProtected })] });
    const findings = protectedResources.evaluate(ctx, {});
    expect(findings.length > 0).toBe(fails);
    for (const f of findings) expect(f.address).toBe(address);
  });

  it("explains what forces a replacement", () => {
    const ctx = context({
      changes: [change("aws_db_instance.main", "replace", { protected: true, replaceReasons: ["engine"] })],
    });
    expect(protectedResources.evaluate(ctx, {})[0]?.message).toBe(
      "aws_db_instance.main is protected and this plan would replace it (forced by engine); revert that change, or first remove protected: true in a separate, reviewed change.",
    );
  });

  it("takes no options", () => {
    expect(protectedResources.options.safeParse({ anything: 1 }).success).toBe(false);
  });
});

describe("protected_environments", () => {
  const changes: Change[] = [
    change("aws_instance.a", "create"),
    change("aws_instance.b", "update"),
    change("aws_instance.c", "replace", { replaceReasons: ["ami"] }),
    change("aws_instance.d", "delete"),
  ];

  it.each<[string, string, boolean | undefined, string[], string[]]>([
    ["listed environment", "production", undefined, ["production"], ["aws_instance.c", "aws_instance.d"]],
    ["protected in its spec", "production", true, [], ["aws_instance.c", "aws_instance.d"]],
    ["listed and in its spec", "production", true, ["production"], ["aws_instance.c", "aws_instance.d"]],
    ["another environment listed", "staging", undefined, ["production"], []],
    ["nothing protected", "staging", false, [], []],
    ["names are exact", "production-eu", undefined, ["production"], []],
  ])("%s", (_name, environment, specProtected, environments, failing) => {
    const ctx = context({ spec: spec({ environment, protected: specProtected }), changes });
    const findings = protectedEnvironments.evaluate(ctx, { environments });
    expect(findings.map((f) => f.address)).toEqual(failing);
  });

  it("says why the environment is protected", () => {
    const ctx = context({ spec: spec({ environment: "production", protected: true }), changes });
    const messages = protectedEnvironments.evaluate(ctx, { environments: [] }).map((f) => f.message);
    expect(messages).toEqual([
      'Environment "production" is protected (protected: true in its spec), so aws_instance.c may not be replaced (forced by ami); make a change that can be applied in place, or lift the protection in a separate, reviewed change.',
      'Environment "production" is protected (protected: true in its spec), so aws_instance.d may not be deleted; keep it in the spec, or lift the protection in a separate, reviewed change.',
    ]);
  });

  it("defaults to no listed environments", () => {
    expect(protectedEnvironments.options.parse({})).toEqual({ environments: [] });
  });
});

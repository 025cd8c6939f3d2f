import { describe, expect, it } from "vitest";
import { mcpToolVerdict, type ExternalTool } from "../../../src/team/mcp/rule.js";

const t = (name: string, annotations?: ExternalTool["annotations"]): ExternalTool => ({
  server: "docs",
  name,
  prefixed: `docs__${name}`,
  annotations,
});

describe("the plan-mode rule for external MCP tools", () => {
  const cases: [string, ExternalTool, string[], string[] | undefined, boolean | string][] = [
    ["read-only, not destructive", t("lookup", { readOnlyHint: true }), [], undefined, true],
    [
      "read-only, explicitly not destructive",
      t("lookup", { readOnlyHint: true, destructiveHint: false }),
      [],
      undefined,
      true,
    ],
    ["no annotations", t("lookup"), [], undefined, "not marked read-only"],
    [
      "read-only but destructive",
      t("wipe", { readOnlyHint: true, destructiveHint: true }),
      [],
      undefined,
      "marked destructive",
    ],
    ["destructive only", t("wipe", { destructiveHint: true }), [], undefined, "marked destructive"],
    [
      "readOnlyHint as a string is not true",
      t("lookup", { readOnlyHint: "true" }),
      [],
      undefined,
      "not marked read-only",
    ],
    ["readOnlyHint false", t("lookup", { readOnlyHint: false }), [], undefined, "not marked read-only"],
    ["allowlisted as server.tool", t("wipe", { destructiveHint: true }), ["docs.wipe"], undefined, true],
    ["allowlisted by prefixed name", t("wipe"), ["docs__wipe"], undefined, true],
    ["a bare name in config allows nothing", t("wipe"), ["wipe"], undefined, "not marked read-only"],
    ["another server's entry allows nothing", t("wipe"), ["other.wipe"], undefined, "not marked read-only"],
    [
      "the team file narrows a read-only tool away",
      t("lookup", { readOnlyHint: true }),
      [],
      ["other"],
      "team file",
    ],
    ["the team file names it by its bare name", t("lookup", { readOnlyHint: true }), [], ["lookup"], true],
    [
      "the team file cannot widen past the rule",
      t("wipe", { destructiveHint: true }),
      [],
      ["wipe"],
      "marked destructive",
    ],
    ["both lists agree", t("wipe"), ["docs.wipe"], ["docs.wipe"], true],
  ];
  it.each(cases)("%s", (_label, tool, allowlist, teamAllowed, expected) => {
    const verdict = mcpToolVerdict(tool, { allowlist, teamAllowed });
    if (expected === true) expect(verdict).toEqual({ offered: true });
    else {
      expect(verdict.offered).toBe(false);
      expect(!verdict.offered && verdict.reason).toContain(expected);
    }
  });
});

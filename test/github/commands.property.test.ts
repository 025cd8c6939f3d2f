/**
 * Properties of the comment grammar and of the neutralizer, over arbitrary text (fast-check):
 * - the parser never throws and never runs long, whatever the body;
 * - a command is recognised only from ASCII: any verb it returns is spelled, in the comment, in
 *   ASCII letters (no look-alike folds into one);
 * - the App's parser and the Action's pre-filter agree on every body;
 * - neutralized text never parses as a command and never holds an HTML comment opener.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isForPlagentic } from "../../src/action/event-filter.js";
import { parseComment, VERBS } from "../../src/github/commands.js";
import { neutralize } from "../../src/github/neutralize.js";

const verbWords = [...VERBS, "provision"];
/** Text biased towards what matters: the prefix, verbs, look-alikes, blank lines and markers. */
const pieces = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "/plagentic",
    "/PLAGENTIC",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\u00a0",
    "\u200b",
    "\u212a",
    "\u017f",
    "\u0130",
    "<!--",
    "-->",
    "<!-- plagentic:plan:staging -->",
    "> ",
    "staging",
    "--env",
    "-e",
    "--verbose",
    ...verbWords,
  ),
);
const bodies = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(""));

describe("the comment grammar, for any body", () => {
  it("never throws, and a command's verb is spelled in ASCII in the comment", () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const parsed = parseComment(body);
        if (parsed.kind !== "command") return;
        const firstLine = body.split("\n").find((l) => l.trim() !== "") ?? "";
        const words = firstLine.trim().split(/[ \t]+/);
        expect(words[0]!.toLowerCase()).toBe("/plagentic");
        expect(words[0]).toMatch(/^[\x21-\x7e]+$/);
        if (words.length > 1) expect(words[1]).toMatch(/^[A-Za-z]+$/);
      }),
      { numRuns: 2_000 },
    );
  });

  it("the Action's pre-filter answers as the App's parser does", () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const app = parseComment(body).kind !== "none";
        const action = isForPlagentic("issue_comment", { action: "created", comment: { body } }, "");
        expect(action).toBe(app);
      }),
      { numRuns: 2_000 },
    );
  });

  it("neutralized text never parses as anything but nothing, and never opens an HTML comment", () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const safe = neutralize(body);
        expect(parseComment(safe)).toEqual({ kind: "none" });
        expect(safe).not.toContain("<!--");
      }),
      { numRuns: 2_000 },
    );
  });

  it("stays fast on a megabyte of hostile text", () => {
    const body = `/plagentic ${"plan ".repeat(200_000)}`;
    const started = performance.now();
    parseComment(body);
    parseComment(`${"\n".repeat(500_000)}/plagentic plan`);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

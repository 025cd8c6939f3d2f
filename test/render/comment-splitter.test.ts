import { describe, expect, it } from "vitest";
import { splitIntoParts } from "../../src/render/comment-splitter.js";
import type { PartSlice } from "../../src/render/comment-splitter.js";

function render(slice: PartSlice): string {
  const head = `<!-- m -->\nPart ${slice.index + 1} of ${slice.total}${slice.index === 0 ? "\nSUMMARY" : ""}`;
  const note = slice.omitted > 0 ? `\n${slice.omitted} lines omitted` : "";
  return `${head}\n${slice.lines.join("\n")}${note}\n`;
}

const lines = Array.from({ length: 400 }, (_, i) => `line ${i} `.padEnd(40 + (i % 17), "."));

describe("splitIntoParts", () => {
  it("returns one part when everything fits", () => {
    const parts = splitIntoParts(lines.slice(0, 3), render, { limit: 1_000 });
    expect(parts).toEqual([`<!-- m -->\nPart 1 of 1\nSUMMARY\n${lines.slice(0, 3).join("\n")}\n`]);
  });

  it("splits on whole lines, keeping order, within the limit", () => {
    const parts = splitIntoParts(lines, render, { limit: 4_000, maxParts: 20 });
    expect(parts.length).toBeGreaterThan(3);
    const joined: string[] = [];
    parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(4_000);
      expect(p).toContain(`Part ${i + 1} of ${parts.length}`);
      joined.push(...p.split("\n").filter((l) => l.startsWith("line ")));
    });
    expect(joined).toEqual(lines);
    expect(parts[0]).toContain("SUMMARY");
  });

  it("trims to maxParts and reports the omitted lines on the last part", () => {
    const parts = splitIntoParts(lines, render, { limit: 2_000, maxParts: 3 });
    expect(parts).toHaveLength(3);
    const shown = parts.flatMap((p) => p.split("\n").filter((l) => l.startsWith("line ")));
    expect(shown).toEqual(lines.slice(0, shown.length));
    expect(parts[2]).toContain(`${lines.length - shown.length} lines omitted`);
    expect(parts[0]).not.toContain("omitted");
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(2_000);
  });

  it("shortens a line that could never fit a part", () => {
    const parts = splitIntoParts(["short", "y".repeat(10_000), "tail"], render, { limit: 3_000 });
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(3_000);
    expect(parts.join("")).toContain("(10000 characters, shortened)");
    expect(parts.at(-1)).toContain("tail");
  });
});

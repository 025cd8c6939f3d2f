import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvRecords, parseCsvLine } from "../../src/cost/sources/csv-lines.js";

async function all(chunks: string[], keep: (line: string) => boolean = () => true): Promise<string[][]> {
  const out: string[][] = [];
  for await (const r of csvRecords(Readable.from(chunks.map((c) => Buffer.from(c))), keep)) out.push(r);
  return out;
}

describe("offer CSV reader", () => {
  it("parses quoted, doubled-quote, empty and unquoted fields", () => {
    expect(parseCsvLine('"a","b ""c"", d",,e,"",f\r')).toEqual(["a", 'b "c", d', "", "e", "", "f"]);
    expect(parseCsvLine("")).toEqual([""]);
  });

  it("splits records across chunk boundaries, keeps a quoted newline, drops a BOM", async () => {
    const text = '\ufeff"FormatVersion","v1.0"\n"SKU","Price"\n"A1","0.1"\n"A2","multi\nline"\n"A3","0.3"';
    const chunks = [text.slice(0, 7), text.slice(7, 31), text.slice(31, 50), text.slice(50)];
    expect(await all(chunks)).toEqual([
      ["FormatVersion", "v1.0"],
      ["SKU", "Price"],
      ["A1", "0.1"],
      ["A2", "multi\nline"],
      ["A3", "0.3"],
    ]);
  });

  it("skips records the raw-text test rejects, unparsed", async () => {
    expect(await all(['"x","1"\n"y","2"\n"x","3"\n'], (l) => l.startsWith('"x"'))).toEqual([
      ["x", "1"],
      ["x", "3"],
    ]);
  });

  it("a file that ends inside a quoted field is an error", async () => {
    await expect(all(['"a","b\n'])).rejects.toThrow(/quoted field/);
  });
});

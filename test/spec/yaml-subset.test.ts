/**
 * The fast reader must never disagree with the `yaml` library: where it answers, the value is the
 * library's; where it is unsure, it must decline. Checked on hand-picked cases, on every YAML file
 * in the repository, and on generated documents (random values in random styles, then mutated).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseYamlSubset } from "../../src/spec/yaml-subset.js";

/** The library's reading, or undefined when it reports an error. */
function library(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  return doc.toJS({ maxAliasCount: 100 });
}

/** The property: declining is always allowed, answering differently never. */
function agrees(text: string): boolean {
  const fast = parseYamlSubset(text);
  if (fast === undefined) return true;
  const expected = library(text);
  expect(expected, `the library rejects what the fast reader accepted:\n${text}`).not.toBeUndefined();
  expect(fast, text).toStrictEqual(expected);
  return true;
}

describe("parseYamlSubset", () => {
  it.each([
    ["a: 1\nb: two\n"],
    ["environment: staging # comment\nprovider: sandbox\n"],
    ["a:\n  b:\n    c: d\n"],
    ["list:\n- a\n- b\nnext: 1\n"],
    ["list:\n  - a\n  -   b\n"],
    ["r:\n  - type: x\n    name: y\n    properties: { a: 1, b: [ref(x.y), 'q'], c: {} }\n  - type: z\n"],
    ["r:\n  -\n    a: 1\n  -\n  - b\n"],
    ["a: [{ from_port: 443, cidr_blocks: [0.0.0.0/0] }]\n"],
    ["n: ~\nm: null\no:\np: Null\n"],
    // YAML's white space is the space and the tab only: a no-break space is content.
    ["a: \u00a0b\n"],
    ["a: b\u00a0\n"],
    ["a: [x\u3000, \u00a0y]\n"],
    ["- \u00a0x\n"],
    ["t: true\nf: False\ns: 'true'\nd: \"1\"\n"],
    ["i: 12\nj: -3\nk: +4\no: 0o17\nh: 0x1F\nx: 08\n"],
    ["f: 1.5\ng: .5\nh: 1e3\nk: 1.\ninf: .inf\nninf: -.Inf\nnan: .NaN\nbig: 123456789012345678901234\n"],
    ["q: 'it''s'\nr: \"a # b\"\ns: a#b\nt: a # b\n"],
    ["url: http://example.com:8080/x\nv6: 2001:db8::/32\n"],
    ["tags: { kubernetes.io/role: web, cost-center: '1234' }\n"],
    ["a: 1\r\nb:\r\n  - c\r\n"],
    ["# leading comment\n\n   # indented comment\na: 1\n\n\nb: 2\n"],
    ["a: b c  d  \n"],
    ["a: -1\nb: -x\nc: ?x\nd: x?\n"],
    ["a: [ ]\nb: { }\nc: []\n"],
    ["a:\n  - - x\n"],
  ])("agrees with the library on %j", (text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ["anchors and aliases", "a: &x 1\nb: *x\n"],
    ["tags", "a: !!str 1\n"],
    ["block scalars", "a: |\n  text\n"],
    ["folded plain scalars", "a: one\n  two\n"],
    ["multi-line flows", "a: [1,\n  2]\n"],
    ["escapes", 'a: "x\\ty"\n'],
    ["tabs", "a:\t1\n"],
    ["document markers", "---\na: 1\n"],
    ["duplicate keys", "a: 1\na: 2\n"],
    ["duplicate flow keys", "a: { b: 1, b: 2 }\n"],
    ["non-string keys", "true: 1\n"],
    ["numeric keys", "80: http\n"],
    ["quoted keys", '"a": 1\n'],
    ["a prototype key", "__proto__: { polluted: true }\n"],
    ["a nested compact mapping", "a: b: c\n"],
    ["a trailing comma", "a: [1, 2, ]\n"],
    ["a top-level sequence", "- a\n"],
    ["a top-level scalar", "hello\n"],
    ["an empty document", "\n# only a comment\n"],
    ["a BOM", "\ufeffa: 1\n"],
    ["a lone carriage return", "a: 1\rb: 2\n"],
    ["a colon inside a flow scalar", "a: [x:y]\n"],
    ["odd indentation", "a:\n    b: 1\n  c: 2\n"],
    ["a sequence item in a mapping", "a: 1\n- b\n"],
  ])("declines %s", (_name, text) => {
    expect(parseYamlSubset(text)).toBeUndefined();
  });

  it("agrees with the library on every YAML file in the repository", () => {
    const root = resolve(import.meta.dirname, "../..");
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        if (f === "node_modules" || f.startsWith(".") || f === "dist") continue;
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(f)) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(5);
    let answered = 0;
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      agrees(text);
      if (parseYamlSubset(text) !== undefined) answered++;
    }
    // Most real files are in the subset; otherwise the fast path would be pointless.
    expect(answered).toBeGreaterThan(files.length / 2);
  });

  // Scalars drawn from characters that mean something to YAML, so the edges get exercised.
  const scalarText = fc
    .array(
      fc.constantFrom(
        ..."aAbzZ09_-.:/#&*!|>'\"%@`[]{},?~ ()+eExXoO=<\\\t".split(""),
        "true",
        "null",
        "Null",
        ".inf",
        ".NaN",
        "0x",
        "0o",
        "1e",
        " #",
        ": ",
        "é",
        "\u2028",
        "\u00a0",
        "\u3000",
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(""));
  const scalar = fc.oneof(
    scalarText,
    fc.integer(),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constant(null),
  );
  const key = fc.oneof(
    fc.constantFrom("a", "b", "type", "name", "cost-center", "k8s.io/role", "true", "1", "x y", "_"),
    scalarText,
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { maxDepth: 4 },
      scalar,
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(key, tie("value"), { maxKeys: 4 }),
    ),
  }));

  type Style = { flow: boolean; quote: "none" | "single" | "double"; indent: number; comment: boolean };
  const style = fc.record({
    flow: fc.boolean(),
    quote: fc.constantFrom("none", "single", "double"),
    indent: fc.integer({ min: 1, max: 4 }),
    comment: fc.boolean(),
  });

  function scalarOut(v: unknown, s: Style): string {
    const text = typeof v === "number" && Object.is(v, -0) ? "-0" : String(v);
    if (s.quote === "single") return `'${text.replace(/'/g, "''")}'`;
    if (s.quote === "double") return `"${text}"`;
    return text;
  }

  function flowOut(v: unknown, s: Style): string {
    if (Array.isArray(v)) return `[${v.map((x) => flowOut(x, s)).join(", ")}]`;
    if (v !== null && typeof v === "object")
      return `{ ${Object.entries(v)
        .map(([k, x]) => `${k}: ${flowOut(x, s)}`)
        .join(", ")} }`;
    return scalarOut(v, s);
  }

  function blockOut(v: unknown, depth: number, s: Style): string[] {
    const pad = " ".repeat(depth * s.indent);
    const tail = s.comment ? " # note" : "";
    const isCollection = (x: unknown): boolean => x !== null && typeof x === "object";
    const entry = (head: string, x: unknown): string[] => {
      if (!isCollection(x) || s.flow) return [`${pad}${head} ${flowOut(x, s)}${tail}`];
      return [`${pad}${head}`, ...blockOut(x, depth + 1, s)];
    };
    if (Array.isArray(v)) return v.flatMap((x) => entry("-", x));
    if (isCollection(v)) return Object.entries(v as object).flatMap(([k, x]) => entry(`${k}:`, x));
    return [`${pad}${scalarOut(v, s)}${tail}`];
  }

  it("never disagrees with the library on generated documents", () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), style, (doc, s) => {
        agrees(`${blockOut(doc, 0, s).join("\n")}\n`);
      }),
      { numRuns: 3_000 },
    );
  });

  it("never disagrees with the library on mutated documents", () => {
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }),
        style,
        fc.array(
          fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(..." -:#\n'\"[]{},&*!|>?\t".split(""))),
          { minLength: 1, maxLength: 4 },
        ),
        (doc, s, edits) => {
          let text = `${blockOut(doc, 0, s).join("\n")}\n`;
          for (const [at, cut, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + cut);
          }
          agrees(text);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("reads a 3,000-resource spec in a fraction of the library's time", () => {
    const lines = ["environment: bench", "provider: sandbox", "region: us-east-1", "resources:"];
    for (let i = 0; i < 3_000; i++) {
      lines.push(
        "  - type: aws_instance",
        `    name: i${i}`,
        "    properties:",
        "      instance_type: t3.micro",
        `      subnet: ref(aws_subnet.s${i % 50})`,
        `      security_groups: [ref(aws_security_group.g${i % 10})]`,
      );
    }
    const text = lines.join("\n");
    const t0 = performance.now();
    const fast = parseYamlSubset(text);
    const fastMs = performance.now() - t0;
    const t1 = performance.now();
    const expected = library(text);
    const libraryMs = performance.now() - t1;
    expect(fast).toStrictEqual(expected);
    // A ratio rather than a time, so that a busy machine slows both sides alike.
    expect(fastMs * 4).toBeLessThan(libraryMs);
  });
});

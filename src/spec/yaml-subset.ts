/**
 * A fast reader for the plain subset of YAML that specs are written in: block mappings and
 * sequences, one-line flow collections, plain and one-line quoted scalars, comments. The `yaml`
 * library spends about 100 µs per spec line building a node tree with source ranges, so a
 * 10,000-resource spec took a second of event loop; this reads the same text in a few
 * milliseconds.
 *
 * It answers only when it is sure: anything outside the subset (anchors, tags, block scalars,
 * multi-line scalars or flows, escapes, tabs, odd keys, duplicate keys, document markers...)
 * makes it return `undefined`, and the caller parses with the `yaml` library, which also reports
 * every syntax error. Where it answers, the value equals what `yaml` gives with its defaults
 * (YAML 1.2, core schema); test/spec/yaml-subset.test.ts checks that against the library.
 */
import type { Value } from "./model.js";

class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset();

function outside(): never {
  throw OUTSIDE;
}

/**
 * Control characters, tabs, a BOM and Unicode line separators change how YAML reads a line or are
 * errors; a lone carriage return is a line break. None of it appears in a spec written by hand.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSUAL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\r(?!\n)/;

/**
 * Keys that need nothing but a plain string: YAML would read `true`, `null` or `1` as another
 * type, and `__proto__` would set an object's prototype.
 */
const KEY = /^[A-Za-z_][A-Za-z0-9_./-]{0,999}$/;
const NON_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

function checkKey(key: string, into: Record<string, Value>): void {
  if (!KEY.test(key) || NON_STRING_KEY.test(key) || key === "__proto__" || Object.hasOwn(into, key))
    outside();
}

/** The core schema's resolution of a plain scalar, in the library's order (first match wins). */
export function resolvePlain(s: string): Value {
  const c = s.charCodeAt(0);
  // Most scalars start with a letter that no other type can start with.
  if ((c >= 0x61 && c <= 0x7a && c !== 0x6e && c !== 0x74 && c !== 0x66) || c === 0x2f) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === "t" || s[0] === "T";
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    if (s.slice(-3).toLowerCase() === "nan") return NaN;
    return s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

/** Characters that cannot start a plain scalar (they start a flow, quote, tag, alias...). */
const INDICATOR = /^[[\]{},#&*!|>'"%@`]|^[-?:](?: |$)/;

/** A plain scalar in block context, from `s` (a line's rest, comment included); checks it ends the line. */
function blockPlain(s: string): Value {
  if (INDICATOR.test(s)) outside();
  const hash = s.indexOf(" #");
  const text = trimEndWhite(hash === -1 ? s : s.slice(0, hash));
  // "a: b" inside a value is a nested mapping (an error); a trailing ":" makes it a key.
  if (text.includes(": ") || text.endsWith(":")) outside();
  return resolvePlain(text);
}

/** What may follow a complete value on its line: spaces, then maybe a comment. */
function restIsEmpty(s: string, from: number): boolean {
  let i = from;
  while (s.charCodeAt(i) === 0x20) i++;
  return i === s.length || (s[i] === "#" && i > from);
}

/** A quoted scalar starting at `s[i]`; returns the string and the index after the closing quote. */
function quoted(s: string, i: number): { value: string; end: number } {
  const q = s[i]!;
  if (q === '"') {
    const close = s.indexOf('"', i + 1);
    if (close === -1) outside();
    const value = s.slice(i + 1, close);
    if (value.includes("\\")) outside();
    return { value, end: close + 1 };
  }
  let value = "";
  let from = i + 1;
  for (;;) {
    const close = s.indexOf("'", from);
    if (close === -1) outside();
    value += s.slice(from, close);
    if (s[close + 1] !== "'") return { value, end: close + 1 };
    value += "'";
    from = close + 2;
  }
}

/** Deeper nesting is left to the library, which limits it; recursion here must not overflow the stack. */
const MAX_DEPTH = 64;

function skipSpaces(s: string, i: number): number {
  while (s.charCodeAt(i) === 0x20) i++;
  return i;
}

/** A flow collection or scalar at `s[i]` inside a flow; returns the value and where it ends. */
function flowValue(s: string, i: number, depth: number): { value: Value; end: number } {
  const c = s[i];
  if (c === "[" || c === "{") return flowCollection(s, i, depth + 1);
  if (c === '"' || c === "'") return quoted(s, i);
  let end = i;
  while (end < s.length) {
    const ch = s[end]!;
    if (ch === "," || ch === "[" || ch === "]" || ch === "{" || ch === "}") break;
    if (ch === "#" && s[end - 1] === " ") outside();
    end++;
  }
  const text = trimEndWhite(s.slice(i, end));
  // A ":" in a flow can be a key indicator, even without a space after it.
  if (text === "" || INDICATOR.test(text) || text.includes(":")) outside();
  return { value: resolvePlain(text), end };
}

/** `[a, b]` or `{ k: v }` starting at `s[i]`, closed on the same line. */
function flowCollection(s: string, start: number, depth: number): { value: Value; end: number } {
  if (depth > MAX_DEPTH) outside();
  const isMap = s[start] === "{";
  const close = isMap ? "}" : "]";
  const items: Value[] = [];
  const map: Record<string, Value> = {};
  let i = skipSpaces(s, start + 1);
  if (s[i] === close) return { value: isMap ? map : items, end: i + 1 };
  for (;;) {
    if (isMap) {
      const colon = s.indexOf(": ", i);
      if (colon === -1) outside();
      const key = s.slice(i, colon);
      checkKey(key, map);
      const v = flowValue(s, skipSpaces(s, colon + 2), depth);
      map[key] = v.value;
      i = v.end;
    } else {
      const v = flowValue(s, i, depth);
      items.push(v.value);
      i = v.end;
    }
    i = skipSpaces(s, i);
    if (s[i] === close) return { value: isMap ? map : items, end: i + 1 };
    if (s[i] !== ",") outside();
    i = skipSpaces(s, i + 1);
    // A trailing comma is valid YAML, but rare enough to leave to the library.
    if (s[i] === close || i >= s.length) outside();
  }
}

/** A value that ends its line: a scalar, a quoted string or a one-line flow collection. */
function inlineValue(s: string, depth: number): Value {
  const c = s[0];
  if (c === "[" || c === "{" || c === '"' || c === "'") {
    const { value, end } = c === "[" || c === "{" ? flowCollection(s, 0, depth + 1) : quoted(s, 0);
    if (!restIsEmpty(s, end)) outside();
    return value;
  }
  return blockPlain(s);
}

interface Line {
  indent: number;
  /** The line after its indentation; never blank, never a comment. */
  text: string;
}

/** `key:` at the start of `text`, with what follows it ("" for nothing, undefined if not a key). */
function splitKey(text: string): { key: string; rest: string } | undefined {
  const colon = text.indexOf(":");
  if (colon <= 0) return undefined;
  const after = text.charCodeAt(colon + 1);
  if (colon + 1 < text.length && after !== 0x20) return undefined;
  return { key: text.slice(0, colon), rest: trimStartWhite(text.slice(colon + 1)) };
}

const isSeqItem = (text: string): boolean => text === "-" || text.startsWith("- ");
const isEmptyRest = (rest: string): boolean => rest === "" || rest[0] === "#";

class Reader {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  done(): boolean {
    return this.i >= this.lines.length;
  }

  private peek(): Line | undefined {
    return this.lines[this.i];
  }

  /** A block node whose first line is the current one, at `indent`. */
  node(indent: number, depth: number): Value {
    const line = this.peek()!;
    if (line.indent !== indent || depth > MAX_DEPTH) outside();
    if (isSeqItem(line.text)) return this.sequence(indent, depth);
    if (splitKey(line.text) === undefined) outside();
    return this.mapping(indent, depth);
  }

  /** The value of a `key:` or `-` with nothing after it on its line. */
  private nested(parentIndent: number, sequenceMayAlign: boolean, depth: number): Value {
    const next = this.peek();
    if (next === undefined || next.indent < parentIndent) return null;
    if (next.indent > parentIndent) return this.node(next.indent, depth + 1);
    return sequenceMayAlign && isSeqItem(next.text) ? this.sequence(parentIndent, depth + 1) : null;
  }

  /** After a value that ended its line, the next line must not be more indented (a continuation). */
  private endOfValue(indent: number): void {
    const next = this.peek();
    if (next !== undefined && next.indent > indent) outside();
  }

  private mapping(indent: number, depth: number): Record<string, Value> {
    const out: Record<string, Value> = {};
    for (let line = this.peek(); line !== undefined && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent || isSeqItem(line.text)) outside();
      const entry = splitKey(line.text);
      if (entry === undefined) outside();
      checkKey(entry.key, out);
      this.i++;
      if (isEmptyRest(entry.rest)) {
        out[entry.key] = this.nested(indent, true, depth);
      } else {
        out[entry.key] = inlineValue(entry.rest, depth);
        this.endOfValue(indent);
      }
    }
    return out;
  }

  private sequence(indent: number, depth: number): Value[] {
    const out: Value[] = [];
    for (let line = this.peek(); line !== undefined && line.indent === indent; line = this.peek()) {
      if (!isSeqItem(line.text)) break;
      const rest = trimStartWhite(line.text.slice(1));
      if (isEmptyRest(rest)) {
        this.i++;
        out.push(this.nested(indent, false, depth));
        continue;
      }
      if (isSeqItem(rest)) outside();
      if (splitKey(rest) !== undefined && !/^["'[{]/.test(rest)) {
        // "- key: value" opens a mapping whose keys line up with this first one.
        const column = indent + line.text.length - rest.length;
        this.lines[this.i] = { indent: column, text: rest };
        out.push(this.mapping(column, depth + 1));
        const next = this.peek();
        if (next !== undefined && next.indent > indent) outside();
        continue;
      }
      this.i++;
      out.push(inlineValue(rest, depth));
      this.endOfValue(indent);
    }
    return out;
  }
}

/**
 * The document's value when `text` is a single YAML mapping written in the subset, else
 * `undefined` (parse it with the library instead).
 */
export function parseYamlSubset(text: string): Record<string, Value> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    // The line is text[start, end) without its break; only what follows the indentation is copied.
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    let first = start;
    while (first < end && text.charCodeAt(first) === 0x20) first++;
    const indent = first - start;
    start = next;
    if (first === end || text.charCodeAt(first) === 0x23) continue; // blank, or a comment
    // Directives and document markers; the subset is one implicit document. (A line break is
    // neither "-" nor ".", so a marker found here lies within the line.)
    if (
      indent === 0 &&
      (text[first] === "%" || text.startsWith("---", first) || text.startsWith("...", first))
    )
      return undefined;
    lines.push({ indent, text: text.slice(first, end) });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0 || isSeqItem(lines[0]!.text)) return undefined;
  try {
    const reader = new Reader(lines);
    const value = reader.node(0, 0);
    return reader.done() ? (value as Record<string, Value>) : undefined;
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}

// YAML's white space is the space and the tab only; JavaScript's trim would also take a no-break
// space (U+00A0) or an ideographic space, which YAML keeps as content.
function trimEndWhite(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === " " || s[end - 1] === "\t")) end--;
  return end === s.length ? s : s.slice(0, end);
}

function trimStartWhite(s: string): string {
  let start = 0;
  while (start < s.length && (s[start] === " " || s[start] === "\t")) start++;
  return start === 0 ? s : s.slice(start);
}

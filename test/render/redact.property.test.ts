/**
 * The redactor as a property: any secret long enough to mask, embedded in any text and put
 * through any of the encodings the renderers (and common tooling) apply, never survives
 * redaction; and text that holds no secret comes out unchanged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capLine, CUT_MARK, escapeInline } from "../../src/render/markdown.js";
import { createRedactor, MIN_SECRET_LENGTH, secretForms } from "../../src/render/redact.js";
import { scrubControls } from "../../src/render/values.js";

const RUNS = { numRuns: 200 };

/** Characters renderers treat specially, mixed with any Unicode and plain ASCII. */
const char = fc.oneof(
  fc.constantFrom(
    '"',
    "'",
    "\\",
    "\n",
    "\r",
    "\t",
    "<",
    ">",
    "&",
    "|",
    "@",
    "%",
    "+",
    "/",
    "=",
    " ",
    "*",
    "\u0007",
  ),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }),
);
const secret = fc
  .string({ unit: char, minLength: MIN_SECRET_LENGTH, maxLength: 24 })
  .filter((s) => s.trim().length >= MIN_SECRET_LENGTH);
const text = fc.string({ unit: char, maxLength: 60 });

const json = (s: string) => JSON.stringify(s).slice(1, -1);
const html = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Each encoding: what it makes of the whole text, and what it makes of the secret inside it. */
const ENCODINGS: Record<string, { whole: (t: string) => string; secret: (s: string) => string }> = {
  raw: { whole: (t) => t, secret: (s) => s },
  "JSON.stringify": { whole: (t) => JSON.stringify(t), secret: json },
  "scrubbed, then JSON (plan diffs)": {
    whole: (t) => JSON.stringify(scrubControls(t)),
    secret: (s) => json(scrubControls(s)),
  },
  "escapeInline (comment lines, tables)": { whole: escapeInline, secret: (s) => escapeInline(s).trim() },
  "JSON, then escapeInline (drift lines)": {
    whole: (t) => escapeInline(JSON.stringify(t)),
    secret: (s) => escapeInline(json(s)),
  },
  "HTML entities": { whole: html, secret: html },
  encodeURIComponent: { whole: encodeURIComponent, secret: encodeURIComponent },
};

describe("redaction, for any secret and any text", () => {
  for (const [name, enc] of Object.entries(ENCODINGS)) {
    it(`never lets the secret through ${name}`, () => {
      fc.assert(
        fc.property(secret, text, text, (s, before, after) => {
          const out = createRedactor([s])(enc.whole(before + s + after));
          const encoded = enc.secret(s);
          if (encoded.trim().length >= MIN_SECRET_LENGTH) expect(out).not.toContain(encoded);
        }),
        RUNS,
      );
    });
  }

  it("never lets the secret through base64 at any offset, in either alphabet", () => {
    fc.assert(
      fc.property(
        secret,
        text,
        text,
        fc.constantFrom("base64", "base64url" as const),
        (s, before, after, enc) => {
          const out = createRedactor([s])(Buffer.from(before + s + after).toString(enc));
          // Where the secret starts decides its bytes' alignment; what depends only on the secret
          // is the encoding of its bytes from the next 3-byte boundary, less the last partial character.
          const skip = (3 - (Buffer.byteLength(before) % 3)) % 3;
          const bytes = Buffer.from(s).subarray(skip);
          const core = bytes.toString(enc).slice(0, Math.floor((bytes.length * 8) / 6));
          expect(out).not.toContain(core);
        },
      ),
      RUNS,
    );
  });

  it("never lets the start of a secret through where a long line was cut", () => {
    fc.assert(
      fc.property(secret, text, fc.nat(), (s, before, at) => {
        const line = before + s + "x".repeat(50);
        // Cut somewhere inside the secret, as capLine does to a line longer than its limit.
        const max = before.length + 3 + (at % Math.max(1, s.length - 3));
        const out = createRedactor([s])(capLine(line, max));
        const kept = out.slice(0, out.indexOf(CUT_MARK));
        for (let k = 3; k < s.length; k++) expect(kept.endsWith(s.slice(0, k)), s.slice(0, k)).toBe(false);
      }),
      RUNS,
    );
  });

  it("leaves text that holds no form of the secret unchanged", () => {
    fc.assert(
      fc.property(secret, fc.string({ unit: char, maxLength: 200 }), (s, t) => {
        fc.pre(!secretForms(s).some((f) => t.includes(f)));
        expect(createRedactor([s])(t)).toBe(t);
      }),
      RUNS,
    );
  });
});

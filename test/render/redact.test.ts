/**
 * The redactor matches a secret in every form the renderers give it (hole 7 of the adversarial
 * review: a secret with a `"` leaked JSON-escaped, because redaction runs after rendering).
 */
import { describe, expect, it } from "vitest";
import { escapeInline } from "../../src/render/markdown.js";
import {
  createRedactor,
  MASK,
  MIN_SECRET_LENGTH,
  redactError,
  secretValuesFromEnv,
} from "../../src/render/redact.js";

const SECRET = 'pa"ss<wo>rd&|@1';

describe("createRedactor", () => {
  const redact = createRedactor([SECRET]);

  it("masks the value as written", () => {
    expect(redact(`token ${SECRET} end`)).toBe(`token ${MASK} end`);
  });

  it("masks the JSON-escaped form that plan diffs and --json print", () => {
    const text = JSON.stringify({ tags: { note: SECRET } });
    expect(text).toContain('pa\\"ss');
    expect(redact(text)).toBe(`{"tags":{"note":"${MASK}"}}`);
  });

  it("masks the Markdown-escaped form of comment lines and tables", () => {
    const line = escapeInline(`drift: note: ${JSON.stringify(SECRET)}`);
    expect(line).toContain("&lt;wo&gt;rd&amp;\\|&#64;1");
    expect(redact(line)).not.toMatch(/ss|wo|rd/);
    expect(redact(escapeInline(`reason: ${SECRET}`))).toBe(`reason: ${MASK}`);
  });

  it("masks HTML entities and backslash escapes", () => {
    expect(redact("pa&quot;ss&lt;wo&gt;rd&amp;|@1")).toBe(MASK);
    expect(redact('pa"ss\\<wo\\>rd&\\|@1')).toBe(MASK);
  });

  it("masks the URL-encoded form", () => {
    expect(redact(`https://x.test/?k=${encodeURIComponent(SECRET)}&b=1`)).toBe(
      `https://x.test/?k=${MASK}&b=1`,
    );
  });

  it("masks base64 at every alignment inside a longer text, in both alphabets", () => {
    for (const prefix of ["", "a", "ab", "abc", "abcd"]) {
      const plain = `${prefix}${SECRET}tail`;
      for (const enc of ["base64", "base64url"] as const) {
        const encoded = Buffer.from(plain).toString(enc);
        const out = redact(`data: ${encoded}`);
        expect(out).toContain(MASK);
        // What is left around the mask decodes to no more than two bytes of the secret.
        expect(Buffer.from(out.replace("data: ", "").split(MASK).join(""), enc).toString()).not.toContain(
          SECRET.slice(2, -2),
        );
      }
    }
  });

  it("leaves short and blank values alone, so they do not mask everything", () => {
    const r = createRedactor(["abc", "12345", " ".repeat(10), "\n\n\n\n\n\n"]);
    const text = "abc 12345          \n\n\n\n\n\nend";
    expect(r(text)).toBe(text);
    expect(MIN_SECRET_LENGTH).toBeGreaterThanOrEqual(6);
  });

  it("masks every form with the same token", () => {
    const text = [
      SECRET,
      JSON.stringify(SECRET),
      encodeURIComponent(SECRET),
      Buffer.from(SECRET).toString("base64"),
    ];
    expect(redact(text.join(" "))).toBe([MASK, `"${MASK}"`, MASK, MASK].join(" "));
  });

  it("masks a secret that masking itself would bring back", () => {
    const r = createRedactor(["xx***yy"]);
    expect(r("xxxx***yyyy")).toBe(MASK);
  });

  it("leaves text without secrets unchanged", () => {
    const text = 'Plan: 2 to add, 0 to change.\n```diff\n+ tags = { team = "web" }\n```\n';
    expect(redact(text)).toBe(text);
  });

  it("learns secrets later, and tells of each new one once", () => {
    const told: string[] = [];
    const r = createRedactor(["first-secret"], { onSecret: (s) => told.push(s) });
    expect(r("later-secret")).toBe("later-secret");
    r.add(["later-secret", "later-secret", "abc"]);
    expect(r("first-secret later-secret")).toBe(`${MASK} ${MASK}`);
    expect(told).toEqual(["first-secret", "later-secret"]);
  });

  it("finds the secret-bearing text it would mask", () => {
    const r = createRedactor([SECRET]);
    expect(r.secretsIn(`a ${JSON.stringify(SECRET)} b`)).toEqual(['pa\\"ss<wo>rd&|@1']);
    expect(r.secretsIn("nothing here")).toEqual([]);
  });

  it("accepts any string as a secret, even one with no URL encoding", () => {
    expect(createRedactor(["lone-\ud800-surrogate"])("x lone-\ud800-surrogate")).toBe(`x ${MASK}`);
  });

  it("still masks credential shapes nobody declared", () => {
    expect(createRedactor([])(`key AKIAABCDEFGHIJKLMNOP`)).toBe(`key ${MASK}`);
  });
});

describe("redactError", () => {
  it("masks the message, stack and causes in place, keeping the class", () => {
    class Custom extends Error {}
    const e = new Custom(`failed with ${SECRET}`, { cause: new Error(`because ${JSON.stringify(SECRET)}`) });
    const same = redactError(e, createRedactor([SECRET]));
    expect(same).toBe(e);
    expect(same).toBeInstanceOf(Custom);
    expect(e.message).toBe(`failed with ${MASK}`);
    expect(e.stack).not.toContain("wo>rd");
    expect((e.cause as Error).message).toBe(`because "${MASK}"`);
  });
});

describe("secretValuesFromEnv", () => {
  it("takes credential-like variables with values long enough to mask", () => {
    expect(
      secretValuesFromEnv({ GITHUB_TOKEN: "ghs_0123456789", DB_PASSWORD: "short", REGION: "us-east-1-long" }),
    ).toEqual(["ghs_0123456789"]);
  });
});

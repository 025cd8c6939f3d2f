/**
 * Secret redaction, applied wherever text leaves the process (CLI output, comments, logs, job
 * summaries, prompts). Known secret values are replaced, and so are common credential shapes in
 * case a secret arrives by a path config does not know about.
 *
 * Redaction runs on rendered text, after a value has been JSON-quoted, escaped for Markdown,
 * URL-encoded or base64-encoded, so each secret is matched in every form the renderers and
 * common tooling give it, not only as written.
 */
import { CUT_MARK, escapeInline } from "./markdown.js";
import { scrubControls } from "./values.js";

/** What every form of every secret becomes. */
export const MASK = "***";

/** Shapes of credentials that must never be printed even when nobody declared them. */
const CREDENTIAL_PATTERNS: RegExp[] = [
  /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key id
  /\bASIA[0-9A-Z]{16}\b/g, // AWS temporary access key id
  /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/g, // OpenAI / Anthropic keys
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

/**
 * Values with fewer non-blank characters than this are too likely to appear by chance to be
 * masked by value (a six-space "password" would erase every indentation).
 */
export const MIN_SECRET_LENGTH = 6;

/**
 * A form shorter than this is never masked. Base64 forms are a little shorter than their secret
 * (five characters for a six-byte one); anything shorter would match ordinary text by chance.
 */
const MIN_FORM_LENGTH = 5;

export interface Redactor {
  /** The text with every form of every secret, and every credential shape, replaced by MASK. */
  (text: string): string;
  /**
   * Adds secrets learnt after the redactor was built: a repository's config is read once per
   * event, after the client that posts comments already exists.
   */
  add(secrets: readonly string[]): void;
  /** The secret-bearing substrings of `text`, for checks that must refuse rather than mask. */
  secretsIn(text: string): string[];
}

export interface RedactorOptions {
  /** Told of each secret as it becomes known (the Action registers them with the runner). */
  onSecret?: (secret: string) => void;
}

export function createRedactor(secrets: readonly string[] = [], opts: RedactorOptions = {}): Redactor {
  const known = new Set<string>();
  const forms = new Set<string>();

  const spans = (text: string): [number, number][] => {
    const found: [number, number][] = [];
    for (const form of forms) {
      // Overlapping occurrences too, so that merging the spans leaves no piece of any behind.
      for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
        found.push([i, i + form.length]);
      }
    }
    for (const re of CREDENTIAL_PATTERNS) {
      for (const m of text.matchAll(re)) found.push([m.index, m.index + m[0].length]);
    }
    // A line shortened for a comment (capLine) can end in the first part of a secret, which no
    // whole form matches: mask what, right before the cut, begins like one.
    for (let at = text.indexOf(CUT_MARK); at !== -1; at = text.indexOf(CUT_MARK, at + 1)) {
      const cut = cutPrefix(text, at, forms);
      if (cut > 0) found.push([at - cut, at]);
    }
    return found;
  };

  const redact = ((text: string): string => {
    // Masking can join the text around a secret into a new occurrence of one ("ab" + secret + "cd"
    // where a secret is "ab***cd"). Each pass shortens the text, so this ends.
    let out = text;
    for (;;) {
      const next = maskSpans(out, spans(out));
      if (next === out) return out;
      out = next;
    }
  }) as Redactor;

  redact.add = (more) => {
    for (const secret of more) {
      if (secret.trim().length < MIN_SECRET_LENGTH || known.has(secret)) continue;
      known.add(secret);
      for (const form of cachedForms(secret)) if (form.length >= MIN_FORM_LENGTH) forms.add(form);
      opts.onSecret?.(secret);
    }
  };
  redact.secretsIn = (text) => [...new Set(spans(text).map(([from, to]) => text.slice(from, to)))];

  redact.add(secrets);
  return redact;
}

/** Replaces each run of overlapping or touching spans by one MASK. */
/** A cut secret's part shorter than this is left: a few characters say nothing of the rest. */
const MIN_CUT_PREFIX = 3;

/** Length of the longest start of a form (but not all of it) that ends at `at`, or 0. */
function cutPrefix(text: string, at: number, forms: ReadonlySet<string>): number {
  let longest = 0;
  for (const form of forms) {
    for (let k = Math.min(form.length - 1, at); k > Math.max(longest, MIN_CUT_PREFIX - 1); k--) {
      if (text.startsWith(form.slice(0, k), at - k)) {
        longest = k;
        break;
      }
    }
  }
  return longest;
}

function maskSpans(text: string, spans: [number, number][]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  let [start, end] = spans[0]!;
  for (const [from, to] of spans.slice(1)) {
    if (from <= end) {
      end = Math.max(end, to);
      continue;
    }
    out += text.slice(at, start) + MASK;
    at = end;
    [start, end] = [from, to];
  }
  return out + text.slice(at, start) + MASK + text.slice(end);
}

/**
 * The ways a secret can appear in text Plagentic writes: as is; JSON-quoted (plan diffs, `--json`,
 * logs); with control characters made visible (every renderer scrubs them); escaped for a
 * Markdown line or table (`escapeInline`) or for HTML; URL-encoded; and base64-encoded.
 */
/**
 * The App builds a redactor for every event from the same environment secrets; their forms (a
 * private key has hundreds) are worked out once. Bounded, since repository configs add their own.
 */
const FORMS_CACHE_SIZE = 256;
const formsCache = new Map<string, readonly string[]>();

function cachedForms(secret: string): readonly string[] {
  let forms = formsCache.get(secret);
  if (forms === undefined) {
    forms = secretForms(secret);
    if (formsCache.size >= FORMS_CACHE_SIZE) formsCache.delete(formsCache.keys().next().value!);
    formsCache.set(secret, forms);
  }
  return forms;
}

export function secretForms(secret: string): string[] {
  const json = (s: string) => JSON.stringify(s).slice(1, -1);
  // A value read from a file often ends in a line break that the text around it does not keep.
  const bases = [...new Set([secret, secret.trim()])];
  const quoted = bases.flatMap((b) => [b, json(b), scrubControls(b), json(scrubControls(b))]);
  const forms = new Set<string>(quoted);
  // YAML's single-quoted style, as a spec shown to a model may hold it.
  for (const b of bases) forms.add(b.replace(/'/g, "''"));
  // Each line of a multi-line value (a key file) on its own: a block scalar indents them, and a
  // long comment may be split between them.
  for (const line of secret.split(/\r?\n/))
    if (line !== secret && line.trim().length >= MIN_SECRET_LENGTH) forms.add(line.trim());
  for (const s of quoted) {
    forms.add(escapeInline(s));
    // escapeInline folds the whitespace around a line break into the text next to the secret.
    forms.add(escapeInline(s).trim());
    for (const form of escapeHtml(s)) forms.add(form);
    forms.add(escapeMarkdown(s));
  }
  for (const b of bases) {
    try {
      const uri = encodeURIComponent(b);
      forms.add(uri);
      forms.add(uri.replace(/%20/g, "+")); // application/x-www-form-urlencoded
      forms.add(encodeURI(b));
    } catch {
      // A lone surrogate (a YAML "\ud800" escape can make one) has no URL encoding to leak.
    }
    for (const b64 of base64Forms(b)) forms.add(b64);
  }
  return [...forms].filter((f) => f.trim().length > 0);
}

/** HTML's own escaping, as templating and Markdown renderers apply it; escapers differ on `'`. */
function escapeHtml(s: string): string[] {
  const escaped = s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return [escaped, escaped.replace(/'/g, "&#39;"), escaped.replace(/'/g, "&#x27;")];
}

/** CommonMark's backslash escapes for every ASCII punctuation character that can carry meaning. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

/**
 * Base64 of the secret as it appears inside a longer encoded text. Base64 works on groups of three
 * bytes, so the secret's encoding depends on where it starts: for each of the three alignments
 * the secret's bytes from the next group boundary are encoded, and the last characters, which
 * also depend on the bytes after the secret, are dropped. GitHub Actions masks secrets in base64
 * the same way. Both the standard and the URL-safe alphabets are covered.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const out: string[] = [];
  for (let skip = 0; skip < 3 && skip < bytes.length; skip++) {
    const aligned = bytes.subarray(skip);
    // Characters whose six bits come entirely from the secret's bytes.
    const stable = Math.floor((aligned.length * 8) / 6);
    const standard = aligned.toString("base64").slice(0, stable);
    out.push(standard, standard.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return out;
}

/** Names of environment variables whose values are credentials. */
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PRIVATE|CREDENTIAL/i;

/**
 * Values of credential-like environment variables (tokens, keys, the App's private key), so that
 * a face can redact them without knowing which ones config happened to use.
 */
export function secretValuesFromEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(
      ([name, value]) =>
        SECRET_NAME.test(name) && typeof value === "string" && value.trim().length >= MIN_SECRET_LENGTH,
    )
    .map(([, value]) => value!);
}

/**
 * Masks an error that is about to leave the process (thrown out of a face, or logged): its
 * message and stack, and those of its causes. Done in place so that its class, and so how the
 * face reports it (a user's mistake or a bug), stays the same.
 */
export function redactError<T>(error: T, redact: (text: string) => string): T {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e instanceof Error && !seen.has(e)) {
    seen.add(e);
    for (const key of ["message", "stack"] as const) {
      const value = e[key];
      if (typeof value !== "string") continue;
      const masked = redact(value);
      if (masked === value) continue;
      try {
        Object.defineProperty(e, key, {
          value: masked,
          writable: true,
          configurable: true,
          enumerable: false,
        });
      } catch {
        // A frozen error cannot be masked; the log and output redactors still see its text.
      }
    }
    e = e.cause;
  }
  return error;
}

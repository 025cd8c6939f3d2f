/**
 * Secret redaction, applied wherever text leaves the process (CLI output, comments, logs, job
 * summaries, prompts). Known secret values are replaced, and so are common credential shapes in
 * case a secret arrives by a path config does not know about.
 */
const MASK = "***";

/** Shapes of credentials that must never be printed even when nobody declared them. */
const CREDENTIAL_PATTERNS: RegExp[] = [
  /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key id
  /\bASIA[0-9A-Z]{16}\b/g, // AWS temporary access key id
  /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/g, // OpenAI / Anthropic keys
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

/** Values shorter than this are too likely to appear by chance to be masked by value. */
const MIN_SECRET_LENGTH = 6;

export function createRedactor(secrets: readonly string[]): (text: string) => string {
  const values = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => {
    let out = text;
    for (const v of values) out = out.split(v).join(MASK);
    for (const re of CREDENTIAL_PATTERNS) out = out.replace(re, MASK);
    return out;
  };
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
        SECRET_NAME.test(name) && typeof value === "string" && value.length >= MIN_SECRET_LENGTH,
    )
    .map(([, value]) => value!);
}

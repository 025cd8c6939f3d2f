/** What every form of every secret becomes. */
export declare const MASK = "***";
/**
 * Values with fewer non-blank characters than this are too likely to appear by chance to be
 * masked by value (a six-space "password" would erase every indentation).
 */
export declare const MIN_SECRET_LENGTH = 6;
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
export declare function createRedactor(secrets?: readonly string[], opts?: RedactorOptions): Redactor;
export declare function secretForms(secret: string): string[];
/**
 * Values of credential-like environment variables (tokens, keys, the App's private key), so that
 * a face can redact them without knowing which ones config happened to use.
 */
export declare function secretValuesFromEnv(env: Readonly<Record<string, string | undefined>>): string[];
/**
 * Masks an error that is about to leave the process (thrown out of a face, or logged): its
 * message and stack, and those of its causes. Done in place so that its class, and so how the
 * face reports it (a user's mistake or a bug), stays the same.
 */
export declare function redactError<T>(error: T, redact: (text: string) => string): T;

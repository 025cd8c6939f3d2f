export declare function createRedactor(secrets: readonly string[]): (text: string) => string;
/**
 * Values of credential-like environment variables (tokens, keys, the App's private key), so that
 * a face can redact them without knowing which ones config happened to use.
 */
export declare function secretValuesFromEnv(env: Readonly<Record<string, string | undefined>>): string[];

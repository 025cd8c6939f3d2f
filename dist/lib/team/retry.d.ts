/**
 * Bounded retries with exponential backoff for model calls: rate limits, server errors, timeouts
 * and dropped connections are worth another try; a bad key or a malformed request is not.
 */
export interface RetryPolicy {
    /** Total tries, including the first. */
    attempts: number;
    /** Delay before the second try; each further try doubles it. */
    baseDelayMs: number;
    sleep: (ms: number) => Promise<void>;
}
export declare const DEFAULT_RETRY: RetryPolicy;
export declare function isRetryable(e: unknown): boolean;
export declare function withRetry<T>(fn: () => Promise<T>, policy: RetryPolicy, onRetry?: (attempt: number, e: unknown) => void): Promise<T>;

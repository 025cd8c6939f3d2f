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

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 1000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const PERMANENT_STATUS = new Set([400, 401, 403, 404, 422]);

export function isRetryable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const status = (e as { status?: unknown }).status;
  if (typeof status === "number") return !PERMANENT_STATUS.has(status);
  return true;
}

export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy,
  onRetry?: (attempt: number, e: unknown) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= policy.attempts || !isRetryable(e)) throw e;
      onRetry?.(attempt, e);
      await policy.sleep(policy.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

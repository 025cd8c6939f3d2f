/**
 * Bounded retries with exponential backoff for model calls: rate limits, server errors, timeouts
 * and dropped connections are worth another try; a bad key or a malformed request is not.
 */
export const DEFAULT_RETRY = {
    attempts: 3,
    baseDelayMs: 1000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
const PERMANENT_STATUS = new Set([400, 401, 403, 404, 422]);
export function isRetryable(e) {
    if (!(e instanceof Error))
        return false;
    const status = e.status;
    if (typeof status === "number")
        return !PERMANENT_STATUS.has(status);
    return true;
}
export async function withRetry(fn, policy, onRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (e) {
            if (attempt >= policy.attempts || !isRetryable(e))
                throw e;
            onRetry?.(attempt, e);
            await policy.sleep(policy.baseDelayMs * 2 ** (attempt - 1));
        }
    }
}

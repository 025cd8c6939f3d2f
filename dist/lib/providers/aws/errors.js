/**
 * EC2 failures as ProviderOperationError, keeping AWS's error code. Throttling and server errors
 * have already been retried by the SDK within its bound, so the message says it gave up.
 */
import { ProviderOperationError } from "../provider.js";
const THROTTLING = new Set([
    "Throttling",
    "ThrottlingException",
    "RequestLimitExceeded",
    "RequestThrottled",
    "RequestThrottledException",
    "TooManyRequestsException",
    "EC2ThrottledException",
]);
export function errorCode(e) {
    if (e instanceof ProviderOperationError)
        return e.code;
    const s = (e ?? {});
    return s.Code ?? s.name ?? s.code ?? "Error";
}
/** `InvalidInstanceID.NotFound`, `InvalidGroup.NotFound`, `InvalidVpcID.NotFound`... */
export function isNotFound(e) {
    const code = errorCode(e);
    return code.endsWith(".NotFound") || code === "NotFound";
}
function isTransient(s, code) {
    const status = s.$metadata?.httpStatusCode ?? 0;
    return THROTTLING.has(code) || s.$fault === "server" || status >= 500 || s.$retryable !== undefined;
}
export function toProviderError(e, doing) {
    if (e instanceof ProviderOperationError)
        return e;
    const s = (e ?? {});
    const code = errorCode(e);
    const message = s.message ?? String(e);
    const attempts = s.$metadata?.attempts ?? 1;
    const text = isTransient(s, code)
        ? `${doing}: gave up after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${code}: ${message}`
        : `${doing}: ${message}`;
    const err = new ProviderOperationError(code, text);
    // Keeps the SDK error for debugging; it holds request metadata, never credentials.
    err.cause = e;
    return err;
}

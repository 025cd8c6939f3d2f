/**
 * Compute client failures as ProviderOperationError, named by status (NOT_FOUND, ALREADY_EXISTS...)
 * so handlers and the dispatcher can tell "gone" and "taken" from real failures.
 */
import { PlagenticError } from "../../spec/errors.js";
import { ProviderOperationError } from "../provider.js";
/** gRPC status codes by name: what every Google client reports, whatever its transport. */
export const GRPC_STATUS_NAMES = {
    1: "CANCELLED",
    2: "UNKNOWN",
    3: "INVALID_ARGUMENT",
    4: "DEADLINE_EXCEEDED",
    5: "NOT_FOUND",
    6: "ALREADY_EXISTS",
    7: "PERMISSION_DENIED",
    8: "RESOURCE_EXHAUSTED",
    9: "FAILED_PRECONDITION",
    10: "ABORTED",
    13: "INTERNAL",
    14: "UNAVAILABLE",
    16: "UNAUTHENTICATED",
};
/** Compute's REST transport may report the HTTP status instead: named as the gRPC code it means. */
const STATUS_NAMES = {
    ...GRPC_STATUS_NAMES,
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ALREADY_EXISTS",
    412: "FAILED_PRECONDITION",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
};
/**
 * Runs one client call. Over REST an error may be a GoogleError (gRPC code) or a GaxiosError
 * (HTTP status, the JSON body as message); both become a ProviderOperationError.
 */
export async function guarded(fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof ProviderOperationError || e instanceof PlagenticError)
            throw e;
        const err = e;
        const code = typeof err.code === "number"
            ? (STATUS_NAMES[err.code] ?? `STATUS_${err.code}`)
            : typeof err.code === "string"
                ? err.code
                : "GcpError";
        throw new ProviderOperationError(code, messageOf(err.message, e));
    }
}
/** A GET that answers undefined when the resource does not exist. */
export async function getOrNothing(fn) {
    try {
        return await guarded(fn);
    }
    catch (e) {
        if (isNotFound(e))
            return undefined;
        throw e;
    }
}
export function isNotFound(e) {
    return e instanceof ProviderOperationError && e.code === "NOT_FOUND";
}
/**
 * An insert refused because the name is taken: GCE answers 409 `alreadyExists`, which the REST
 * transport reports as ABORTED (gRPC's 409), or fails the operation with RESOURCE_ALREADY_EXISTS.
 */
export function isAlreadyExists(e) {
    if (!(e instanceof ProviderOperationError))
        return false;
    if (e.code === "ALREADY_EXISTS" || e.code === "RESOURCE_ALREADY_EXISTS")
        return true;
    return e.code === "ABORTED" && /already exists/i.test(e.message);
}
function messageOf(message, e) {
    if (typeof message !== "string")
        return String(e);
    if (!message.startsWith("{"))
        return message;
    try {
        const body = JSON.parse(message);
        return typeof body.error?.message === "string" ? body.error.message : message;
    }
    catch {
        return message;
    }
}

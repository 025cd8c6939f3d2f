/**
 * What the GKE, Cloud SQL and Cloud Functions handlers share about talking to Google: errors as
 * ProviderOperationError with a status name, generated names within each API's length limit,
 * and waiting on a long-running operation within the context's clock.
 */
import { ProviderOperationError } from "../../provider.js";
import { waitFor } from "../../waiting.js";
import { GRPC_STATUS_NAMES } from "../errors.js";
import { namePrefix, shortHash } from "../names.js";
/** The services report gRPC codes alone (an operation's error too), so no HTTP status is read here. */
export function statusName(code) {
    if (typeof code === "number")
        return GRPC_STATUS_NAMES[code] ?? `STATUS_${code}`;
    return typeof code === "string" && code !== "" ? code : "GcpError";
}
/** A client error as ProviderOperationError (`NOT_FOUND`, `ALREADY_EXISTS`, ...). */
export async function guarded(fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof ProviderOperationError)
            throw e;
        const err = e;
        const message = typeof err.message === "string" ? err.message : String(e);
        throw new ProviderOperationError(statusName(err.code), message);
    }
}
/** The call's answer, or undefined when the resource does not exist. */
export async function orNothing(fn) {
    try {
        return await guarded(fn);
    }
    catch (e) {
        if (e instanceof ProviderOperationError && e.code === "NOT_FOUND")
            return undefined;
        throw e;
    }
}
/**
 * A name from environment, address and token (`staging-web-1a2b3c`) in `max` characters of
 * `[a-z0-9-]`, starting with a letter: a retried create gets the same one, a replacement its own.
 */
export function serviceName(environment, address, token, max) {
    const prefix = namePrefix(environment).slice(0, Math.floor(max / 2));
    const tail = `-${shortHash(token)}`;
    const dot = address.indexOf(".");
    const local = (dot >= 0 ? address.slice(dot + 1) : address)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+/, "");
    const middle = local.slice(0, max - prefix.length - tail.length).replace(/-+$/, "") || "r";
    return `${prefix.replace(/-*$/, "-")}${middle}${tail}`;
}
/**
 * Polls `poll` until the operation is done, within `ctx.clock`; an operation that ends in an error
 * is raised with its code. A timeout names `what` (address and name), so the next plan can say
 * what is left.
 */
export async function untilDone(ctx, what, first, poll) {
    let state = first;
    if (!state.done)
        ctx.progress?.(`waiting for ${what}`);
    await waitFor(ctx.clock, what, async () => {
        if (!state.done)
            state = await poll();
        return state.done ? true : undefined;
    }).catch((e) => {
        throw e instanceof ProviderOperationError && e.code === "Timeout"
            ? new ProviderOperationError("Timeout", `${e.message}; it goes on in Google Cloud, and the next plan shows what is left`)
            : e;
    });
    if (state.error) {
        throw new ProviderOperationError(state.error.code, `${what}: ${state.error.message}`);
    }
}
/** Waits until `check` says the resource is usable (a value) or has failed (it throws). */
export function untilReady(ctx, what, check) {
    return waitFor(ctx.clock, what, check);
}

import type { GcpApiContext } from "../api-context.js";
/** The services report gRPC codes alone (an operation's error too), so no HTTP status is read here. */
export declare function statusName(code: unknown): string;
/** A client error as ProviderOperationError (`NOT_FOUND`, `ALREADY_EXISTS`, ...). */
export declare function guarded<T>(fn: () => Promise<T>): Promise<T>;
/** The call's answer, or undefined when the resource does not exist. */
export declare function orNothing<T>(fn: () => Promise<T>): Promise<T | undefined>;
/**
 * A name from environment, address and token (`staging-web-1a2b3c`) in `max` characters of
 * `[a-z0-9-]`, starting with a letter: a retried create gets the same one, a replacement its own.
 */
export declare function serviceName(environment: string, address: string, token: string, max: number): string;
/** What one poll of a long-running operation found. */
export interface OperationState {
    done: boolean;
    /** Set when the operation finished with an error. */
    error?: {
        code: string;
        message: string;
    };
}
/**
 * Polls `poll` until the operation is done, within `ctx.clock`; an operation that ends in an error
 * is raised with its code. A timeout names `what` (address and name), so the next plan can say
 * what is left.
 */
export declare function untilDone(ctx: GcpApiContext, what: string, first: OperationState, poll: () => Promise<OperationState>): Promise<void>;
/** Waits until `check` says the resource is usable (a value) or has failed (it throws). */
export declare function untilReady<T>(ctx: GcpApiContext, what: string, check: () => Promise<T | undefined>): Promise<T>;

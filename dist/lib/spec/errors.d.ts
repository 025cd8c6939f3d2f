/**
 * Errors a user can cause. They carry where the problem is so a face can print one clear line
 * (`file:line:column: field: message`) instead of a stack trace.
 */
export interface SourceLocation {
    file: string;
    line?: number;
    column?: number;
}
export declare class PlagenticError extends Error {
    /** Process exit code a CLI should use when this error ends the run. */
    readonly exitCode: number;
    /** Marks errors that are the user's to fix, as opposed to bugs. */
    readonly userError: boolean;
    constructor(message: string);
}
/** An input file (spec, config, team) is malformed or invalid. */
export declare class SpecError extends PlagenticError {
    readonly location: SourceLocation;
    readonly field: string | undefined;
    readonly reason: string;
    constructor(location: SourceLocation, field: string | undefined, reason: string);
}
export declare function formatLocated(location: SourceLocation, field: string | undefined, reason: string): string;
/**
 * A spec larger than config's `limits:` allow. Refused before the work the limit bounds, so an
 * oversized spec costs the server nothing; the message names the key that raises the limit.
 */
export declare class LimitError extends SpecError {
    /** The config key, e.g. `limits.max_resources`. */
    readonly key: string;
    readonly limit: number;
    /** The size the spec asked for (at least: counting stops at the first excess). */
    readonly actual: number;
    constructor(location: SourceLocation, field: string | undefined, 
    /** The config key, e.g. `limits.max_resources`. */
    key: string, limit: number, 
    /** The size the spec asked for (at least: counting stops at the first excess). */
    actual: number, 
    /** What is over, e.g. "the spec is 2,000,000 bytes". */
    what: string, unit: string);
}
/** "1,048,576", independent of the runtime's locale data. */
export declare function formatNumber(n: number): string;
/** A request that is well-formed but not allowed or not possible now (stale plan, policy fail, lock). */
export declare class RefusedError extends PlagenticError {
}
/** A named thing (environment, team, provider) does not exist; lists what does. */
export declare class NotFoundError extends PlagenticError {
    constructor(kind: string, name: string, valid: readonly string[]);
}

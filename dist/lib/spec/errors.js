export class PlagenticError extends Error {
    /** Process exit code a CLI should use when this error ends the run. */
    exitCode = 1;
    /** Marks errors that are the user's to fix, as opposed to bugs. */
    userError = true;
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** An input file (spec, config, team) is malformed or invalid. */
export class SpecError extends PlagenticError {
    location;
    field;
    reason;
    constructor(location, field, reason) {
        super(formatLocated(location, field, reason));
        this.location = location;
        this.field = field;
        this.reason = reason;
    }
}
export function formatLocated(location, field, reason) {
    let where = location.file;
    if (location.line !== undefined) {
        where += `:${location.line}`;
        if (location.column !== undefined)
            where += `:${location.column}`;
    }
    return field ? `${where}: ${field}: ${reason}` : `${where}: ${reason}`;
}
/**
 * A spec larger than config's `limits:` allow. Refused before the work the limit bounds, so an
 * oversized spec costs the server nothing; the message names the key that raises the limit.
 */
export class LimitError extends SpecError {
    key;
    limit;
    actual;
    constructor(location, field, 
    /** The config key, e.g. `limits.max_resources`. */
    key, limit, 
    /** The size the spec asked for (at least: counting stops at the first excess). */
    actual, 
    /** What is over, e.g. "the spec is 2,000,000 bytes". */
    what, unit) {
        super(location, field, `${what}, over the limit of ${formatNumber(limit)} ${unit}; raise ${key} in config.yaml if that is intended`);
        this.key = key;
        this.limit = limit;
        this.actual = actual;
    }
}
/** "1,048,576", independent of the runtime's locale data. */
export function formatNumber(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
/** A request that is well-formed but not allowed or not possible now (stale plan, policy fail, lock). */
export class RefusedError extends PlagenticError {
}
/** A named thing (environment, team, provider) does not exist; lists what does. */
export class NotFoundError extends PlagenticError {
    constructor(kind, name, valid) {
        super(valid.length > 0
            ? `unknown ${kind} "${name}"; valid ${kind}s: ${valid.join(", ")}`
            : `unknown ${kind} "${name}"; there are none defined`);
    }
}

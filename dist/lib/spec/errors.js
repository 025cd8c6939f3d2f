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

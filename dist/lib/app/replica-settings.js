/**
 * The settings that make `plagentic serve` one replica of many: where the shared database is, how
 * long a job's lease lasts and what this replica is called. Read once, before anything starts; a
 * bad value stops the server with the variable's name, never its secret parts.
 */
import { hostname } from "node:os";
import { PlagenticError } from "../spec/errors.js";
export const DEFAULT_LEASE_SECONDS = 30;
/** pg-boss refuses a heartbeat interval under 10 s; a lease over a minute delays a takeover too long. */
export const LEASE_RANGE = { min: 10, max: 60 };
export function replicaSettings(env, pid = process.pid) {
    const database = databaseUrl(env["PLAGENTIC_DATABASE_URL"]);
    return {
        ...(database && { database }),
        leaseSeconds: leaseSeconds(env["PLAGENTIC_JOB_LEASE_SECONDS"]),
        replicaId: replicaId(env["PLAGENTIC_REPLICA_ID"], pid),
    };
}
function leaseSeconds(raw) {
    if (raw === undefined || raw === "")
        return DEFAULT_LEASE_SECONDS;
    const value = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
    if (!(value >= LEASE_RANGE.min && value <= LEASE_RANGE.max)) {
        throw new PlagenticError(`PLAGENTIC_JOB_LEASE_SECONDS must be a whole number from ${LEASE_RANGE.min} to ${LEASE_RANGE.max} (seconds), not ${JSON.stringify(raw.slice(0, 20))}`);
    }
    return value;
}
/** Names the replica in audit events and logs, so it is kept to characters that read as a name. */
const REPLICA_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}$/;
function replicaId(raw, pid) {
    if (raw === undefined || raw === "") {
        const host = hostname()
            .replace(/[^A-Za-z0-9._-]/g, "-")
            .slice(0, 80) || "host";
        return `${host}:${pid}`;
    }
    if (!REPLICA_ID.test(raw)) {
        throw new PlagenticError("PLAGENTIC_REPLICA_ID must be 1 to 100 letters, digits or . _ : @ - (starting with a letter or digit)");
    }
    return raw;
}
function databaseUrl(raw) {
    if (raw === undefined || raw === "")
        return undefined;
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        // The text may hold a password: say what is wrong, not what it says.
        throw new PlagenticError("PLAGENTIC_DATABASE_URL is not a URL; expected postgres://user:password@host:5432/database");
    }
    if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
        throw new PlagenticError("PLAGENTIC_DATABASE_URL must start with postgres:// or postgresql://");
    }
    const password = decodeURIComponent(parsed.password);
    return {
        url: raw,
        host: `${parsed.hostname || "localhost"}${parsed.port ? `:${parsed.port}` : ""}`,
        secrets: [raw, ...(password ? [password, parsed.password] : [])],
    };
}

import type { Env } from "../config/loader.js";
export declare const DEFAULT_LEASE_SECONDS = 30;
/** pg-boss refuses a heartbeat interval under 10 s; a lease over a minute delays a takeover too long. */
export declare const LEASE_RANGE: {
    readonly min: 10;
    readonly max: 60;
};
export interface ReplicaSettings {
    /** PostgreSQL, shared by replicas; absent: the embedded SQLite store. */
    database?: DatabaseUrl;
    leaseSeconds: number;
    replicaId: string;
}
export interface DatabaseUrl {
    url: string;
    /** For messages: never the user or password. */
    host: string;
    /** Values that must be masked wherever text leaves the process. */
    secrets: string[];
}
export declare function replicaSettings(env: Env, pid?: number): ReplicaSettings;

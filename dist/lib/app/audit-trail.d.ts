import { type AuditRecord } from "../store/audit-events.js";
export type AuditSource = {
    databaseUrl: string;
} | {
    dataDir: string;
};
export declare function readAuditEvents(source: AuditSource): Promise<AuditRecord[]>;

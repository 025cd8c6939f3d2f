/**
 * The App's bookkeeping in PostgreSQL, shared by its replicas: deliveries seen, the audit trail of
 * events and the approved changes of plans. Each operation is one statement, so concurrent
 * replicas need no locks of their own: primary keys decide who was first.
 */
import type { Pool } from "pg";
import type { ApprovedChanges } from "../approved-changes.js";
import { type AuditLog } from "../audit-events.js";
export interface PgDeliveryLog {
    /** True for the one replica whose insert of this delivery id won; false for every redelivery. */
    firstSeen(deliveryId: string, event: string): Promise<boolean>;
    forget(deliveryId: string): Promise<void>;
}
export declare function pgDeliveryLog(pool: Pool): PgDeliveryLog;
export declare function pgAuditLog(pool: Pool): AuditLog;
export declare function pgApprovedChanges(pool: Pool): ApprovedChanges;

/**
 * `aws_db_instance` in RDS's terms: the CreateDBInstance and ModifyDBInstance inputs a spec asks
 * for, and a DBInstance read back under the spec's names.
 */
import type { CreateDBInstanceMessage, DBInstance, ModifyDBInstanceMessage } from "@aws-sdk/client-rds";
import { type LiveResource, type ResourceOperation } from "../../provider.js";
export declare const DB_TYPE = "aws_db_instance";
/**
 * The master user when the spec names none: RDS's console default for PostgreSQL, and `admin`
 * (which PostgreSQL reserves) for every other engine.
 */
export declare function defaultUsername(engine: string | undefined): string;
/** The final snapshot of a deleted instance, named after it so that it is found without a record. */
export declare function finalSnapshotId(identifier: string): string;
export declare function isBroken(db: DBInstance): boolean;
/** Ready, with no modification still waiting to be applied. */
export declare function isReady(db: DBInstance): boolean;
/**
 * RDS always keeps the master password itself (Secrets Manager): Plagentic never holds one, so a
 * spec cannot turn that off.
 */
export declare function requireManagedPassword(op: ResourceOperation): void;
/** What the create writes in its tags besides the spec's: token, left-out properties, snapshot choice. */
export declare function dbPrivateTags(op: ResourceOperation): Record<string, string | undefined>;
export declare function createInput(op: ResourceOperation, name: string, tags: Record<string, string>): CreateDBInstanceMessage;
/** The changes that take `db` to the spec, applied at once; undefined when nothing differs. */
export declare function modifyInput(db: DBInstance, op: ResourceOperation): ModifyDBInstanceMessage | undefined;
/** An instance's tags in the usual form (see fromServiceTags). */
export declare function dbTags(db: DBInstance): Record<string, string>;
export declare function dbLive(db: DBInstance): LiveResource | undefined;

import { ProviderOperationError } from "../../provider.js";
import { bool, str, strings } from "../attributes.js";
import { asTagList, fromServiceTags, serviceLive, unsetValue } from "../service-tags.js";
import { SKIP_FINAL_SNAPSHOT_TAG, tagMap, UNSET_TAG } from "../tags.js";
export const DB_TYPE = "aws_db_instance";
/** Optional properties RDS fills in when the spec leaves them out (recorded in UNSET_TAG). */
const FILLED_BY_RDS = [
    "engine_version",
    "port",
    "username",
    "db_subnet_group_name",
    "backup_retention_period",
];
/**
 * Statuses of an instance that is not coming back on its own: the plan replaces it. `deleting` is
 * here too, so a plan made while one is going away creates its successor.
 */
const BROKEN = new Set([
    "deleting",
    "failed",
    "restore-error",
    "incompatible-network",
    "incompatible-option-group",
    "incompatible-parameters",
    "incompatible-restore",
    "inaccessible-encryption-credentials",
]);
/** Statuses in which the instance serves and takes changes; RDS optimises storage for hours after a resize. */
const READY = new Set(["available", "storage-optimization"]);
/**
 * The master user when the spec names none: RDS's console default for PostgreSQL, and `admin`
 * (which PostgreSQL reserves) for every other engine.
 */
export function defaultUsername(engine) {
    return engine === "postgres" ? "postgres" : "admin";
}
/** The final snapshot of a deleted instance, named after it so that it is found without a record. */
export function finalSnapshotId(identifier) {
    return `${identifier}-final`;
}
export function isBroken(db) {
    return BROKEN.has(db.DBInstanceStatus ?? "");
}
/** Ready, with no modification still waiting to be applied. */
export function isReady(db) {
    const pending = Object.values(db.PendingModifiedValues ?? {}).some((v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0));
    return READY.has(db.DBInstanceStatus ?? "") && !pending;
}
/**
 * RDS always keeps the master password itself (Secrets Manager): Plagentic never holds one, so a
 * spec cannot turn that off.
 */
export function requireManagedPassword(op) {
    if (op.attributes["manage_master_user_password"] === false) {
        throw new ProviderOperationError("Unsupported", `${op.address}: Plagentic applies aws_db_instance only with manage_master_user_password: true, ` +
            "so that RDS keeps the password in Secrets Manager and no password passes through a spec, a plan or a log");
    }
}
/** What the create writes in its tags besides the spec's: token, left-out properties, snapshot choice. */
export function dbPrivateTags(op) {
    return {
        [UNSET_TAG]: unsetValue(op, FILLED_BY_RDS, ["vpc_security_groups"]),
        [SKIP_FINAL_SNAPSHOT_TAG]: bool(op.attributes, "skip_final_snapshot", false) ? "true" : undefined,
    };
}
export function createInput(op, name, tags) {
    const a = op.attributes;
    const groups = strings(a, "vpc_security_groups");
    const engine = str(a, "engine");
    return {
        DBInstanceIdentifier: name,
        Engine: engine,
        ...optional("EngineVersion", str(a, "engine_version")),
        DBInstanceClass: str(a, "instance_class"),
        AllocatedStorage: num(a, "allocated_storage"),
        ...optional("StorageType", str(a, "storage_type")),
        StorageEncrypted: bool(a, "storage_encrypted", false),
        MultiAZ: bool(a, "multi_az", false),
        PubliclyAccessible: bool(a, "publicly_accessible", false),
        ...optional("Port", num(a, "port")),
        MasterUsername: str(a, "username") ?? defaultUsername(engine),
        ManageMasterUserPassword: true,
        ...optional("DBSubnetGroupName", str(a, "db_subnet_group_name")),
        ...(groups.length > 0 && { VpcSecurityGroupIds: groups }),
        ...optional("BackupRetentionPeriod", num(a, "backup_retention_period")),
        DeletionProtection: bool(a, "deletion_protection", false),
        Tags: asTagList(tags),
    };
}
/** The changes that take `db` to the spec, applied at once; undefined when nothing differs. */
export function modifyInput(db, op) {
    const a = op.attributes;
    const m = {
        DBInstanceIdentifier: db.DBInstanceIdentifier,
        ApplyImmediately: true,
    };
    const set = (key, want, have) => {
        if (want !== undefined && want !== have)
            m[key] = want;
    };
    set("DBInstanceClass", str(a, "instance_class"), db.DBInstanceClass);
    set("AllocatedStorage", num(a, "allocated_storage"), db.AllocatedStorage);
    set("StorageType", str(a, "storage_type"), db.StorageType);
    set("MultiAZ", bool(a, "multi_az", false), db.MultiAZ ?? false);
    set("PubliclyAccessible", bool(a, "publicly_accessible", false), db.PubliclyAccessible ?? false);
    set("DBPortNumber", num(a, "port"), portOf(db));
    set("EngineVersion", str(a, "engine_version"), db.EngineVersion);
    // The reviewed plan names the version; RDS asks for this flag on any major step.
    if (m.EngineVersion !== undefined)
        m.AllowMajorVersionUpgrade = true;
    set("BackupRetentionPeriod", num(a, "backup_retention_period"), db.BackupRetentionPeriod);
    set("DeletionProtection", bool(a, "deletion_protection", false), db.DeletionProtection ?? false);
    if (db.MasterUserSecret === undefined)
        m.ManageMasterUserPassword = true;
    const groups = strings(a, "vpc_security_groups").sort();
    const have = securityGroupsOf(db).sort();
    // An empty list leaves RDS's choice (the VPC's default group): an instance cannot have none.
    if (groups.length > 0 && groups.join() !== have.join())
        m.VpcSecurityGroupIds = groups;
    return Object.keys(m).length > 2 ? m : undefined;
}
/** An instance's tags in the usual form (see fromServiceTags). */
export function dbTags(db) {
    return fromServiceTags(tagMap(db.TagList));
}
export function dbLive(db) {
    const tags = dbTags(db);
    const attributes = {
        engine: db.Engine ?? "",
        ...optional("engine_version", db.EngineVersion),
        instance_class: db.DBInstanceClass ?? "",
        allocated_storage: db.AllocatedStorage ?? 0,
        ...optional("storage_type", db.StorageType),
        storage_encrypted: db.StorageEncrypted ?? false,
        multi_az: db.MultiAZ ?? false,
        publicly_accessible: db.PubliclyAccessible ?? false,
        ...optional("port", portOf(db)),
        ...optional("username", db.MasterUsername),
        // Whether RDS holds the password, never the secret's name or value.
        manage_master_user_password: db.MasterUserSecret !== undefined,
        ...optional("db_subnet_group_name", db.DBSubnetGroup?.DBSubnetGroupName),
        vpc_security_groups: securityGroupsOf(db),
        ...optional("backup_retention_period", db.BackupRetentionPeriod),
        deletion_protection: db.DeletionProtection ?? false,
        skip_final_snapshot: tags[SKIP_FINAL_SNAPSHOT_TAG] === "true",
    };
    return serviceLive(DB_TYPE, db.DBInstanceIdentifier, tags, attributes, isBroken(db) ? db.DBInstanceStatus : undefined);
}
/** The endpoint's port; RDS reports DbInstancePort 0 when it has nothing to say. */
function portOf(db) {
    return db.Endpoint?.Port ?? (db.DbInstancePort ? db.DbInstancePort : undefined);
}
function securityGroupsOf(db) {
    return (db.VpcSecurityGroups ?? [])
        .filter((g) => g.Status !== "inactive")
        .flatMap((g) => (g.VpcSecurityGroupId ? [g.VpcSecurityGroupId] : []));
}
function num(a, key) {
    const v = a[key];
    return typeof v === "number" ? v : undefined;
}
function optional(key, value) {
    return (value === undefined || value === "" ? {} : { [key]: value });
}

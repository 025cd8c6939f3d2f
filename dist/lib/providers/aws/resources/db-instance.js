/**
 * `aws_db_instance`: CreateDBInstance with the master password kept by RDS in Secrets Manager.
 * RDS takes no idempotency token, so the identifier is derived from the create's token
 * (service-names.ts) and a retry finds its first attempt there. The SDK loads only when a spec
 * uses the type or discovery finds one.
 */
import { importOptional } from "../../../optional-module.js";
import { OWNER_TAG_ENVIRONMENT, ProviderOperationError } from "../../provider.js";
import { call } from "../context.js";
import { errorCode, toProviderError } from "../errors.js";
import { resourceName } from "../service-names.js";
import { asTagList, createTags, tagChanges } from "../service-tags.js";
import { SKIP_FINAL_SNAPSHOT_TAG, TOKEN_TAG } from "../tags.js";
import { waitFor } from "../../waiting.js";
import { createInput, DB_TYPE, dbLive, dbTags, dbPrivateTags, finalSnapshotId, isBroken, isReady, modifyInput, requireManagedPassword, } from "./db-instance-input.js";
/** RDS identifiers are at most 63 characters. */
const NAME_LENGTH = 63;
export const dbInstance = {
    type: DB_TYPE,
    optional: true,
    taggingType: "rds:db",
    tokenIn: "name",
    async list(ctx, target) {
        const { sdk, rds } = await rdsOf(ctx);
        const out = [];
        let Marker;
        do {
            const page = await call("listing RDS instances", () => rds.send(new sdk.DescribeDBInstancesCommand({ ...(Marker && { Marker }) })));
            for (const db of page.DBInstances ?? [])
                if (dbTags(db)[OWNER_TAG_ENVIRONMENT] === target.environment && db.DBInstanceIdentifier)
                    out.push(db);
            Marker = page.Marker;
        } while (Marker);
        return out.map(found);
    },
    async live(_ctx, owned) {
        return owned.flatMap((f) => dbLive(f.resource) ?? []);
    },
    async read(ctx, id) {
        const db = await describe(ctx, id);
        return db && found(db);
    },
    async findByToken(ctx, op) {
        const db = await describe(ctx, resourceName(op, NAME_LENGTH));
        return db ? [found(db)] : [];
    },
    async create(ctx, op, earlier) {
        requireManagedPassword(op);
        const { sdk, rds } = await rdsOf(ctx);
        const name = resourceName(op, NAME_LENGTH);
        if (earlier && earlier.tags[TOKEN_TAG] !== op.token) {
            throw new ProviderOperationError("AlreadyExists", `${name} holds an RDS instance of another apply of ${op.address}; it was left untouched`);
        }
        if (!earlier) {
            const tags = createTags(op, definedOnly({ [TOKEN_TAG]: op.token, ...dbPrivateTags(op) }));
            await call(`creating ${op.address}`, () => rds.send(new sdk.CreateDBInstanceCommand(createInput(op, name, tags))));
        }
        ctx.progress?.(`${op.address}: waiting for RDS instance ${name} to become available (RDS takes 5-20 minutes)`);
        await waitReady(ctx, op.address, name);
        return name;
    },
    async update(ctx, op, current) {
        requireManagedPassword(op);
        const { sdk, rds } = await rdsOf(ctx);
        const input = modifyInput(current.resource, op);
        if (input) {
            await call(`modifying ${op.address} (${op.id})`, () => rds.send(new sdk.ModifyDBInstanceCommand(input)));
            ctx.progress?.(`${op.address}: waiting for RDS instance ${op.id} to apply the change`);
            await waitReady(ctx, op.address, op.id);
        }
        await convergeTags(ctx, current.resource, op);
    },
    async delete(ctx, _target, { id, address }, current) {
        const { sdk, rds } = await rdsOf(ctx);
        const db = current.resource;
        const skip = current.tags[SKIP_FINAL_SNAPSHOT_TAG] === "true";
        if (db.DBInstanceStatus !== "deleting") {
            if (db.DeletionProtection)
                throw deletionProtected(address, id);
            const input = {
                DBInstanceIdentifier: id,
                SkipFinalSnapshot: skip,
                ...(!skip && { FinalDBSnapshotIdentifier: finalSnapshotId(id) }),
            };
            // An instance being backed up or modified refuses a delete for a while.
            await waitFor(ctx.clock, `${address} (${id}) to accept its delete`, async () => {
                try {
                    await rds.send(new sdk.DeleteDBInstanceCommand(input));
                    return true;
                }
                catch (e) {
                    if (isDbNotFound(e))
                        return true;
                    if (errorCode(e).startsWith("InvalidDBInstanceState"))
                        return undefined;
                    if (/deletion protection/i.test(e.message ?? ""))
                        throw deletionProtected(address, id);
                    throw toProviderError(e, `deleting ${address} (${id})`);
                }
            });
        }
        ctx.progress?.(`${address}: waiting for RDS instance ${id} to be deleted` +
            (skip ? " (no final snapshot)" : ` (final snapshot ${finalSnapshotId(id)})`));
        await waitFor(ctx.clock, `${address} (${id}) to be deleted`, async () => (await describe(ctx, id)) === undefined ? true : undefined);
    },
};
async function rdsOf(ctx) {
    const sdk = await importOptional("aws", () => import("@aws-sdk/client-rds"));
    return { sdk, rds: ctx.client("RDS", (config) => new sdk.RDSClient(config)) };
}
function found(db) {
    return { id: db.DBInstanceIdentifier, tags: dbTags(db), resource: db };
}
function isDbNotFound(e) {
    const code = errorCode(e);
    return code === "DBInstanceNotFound" || code === "DBInstanceNotFoundFault";
}
/** One instance by identifier; undefined when RDS does not know it (or answers with another). */
async function describe(ctx, identifier) {
    const { sdk, rds } = await rdsOf(ctx);
    try {
        const r = await rds.send(new sdk.DescribeDBInstancesCommand({ DBInstanceIdentifier: identifier }));
        return r.DBInstances?.find((db) => db.DBInstanceIdentifier?.toLowerCase() === identifier.toLowerCase());
    }
    catch (e) {
        if (isDbNotFound(e))
            return undefined;
        throw toProviderError(e, `reading RDS instance ${identifier}`);
    }
}
async function waitReady(ctx, address, name) {
    return waitFor(ctx.clock, `${address} (${name}) to become available`, async () => {
        const db = await describe(ctx, name);
        if (db && isBroken(db)) {
            throw new ProviderOperationError("Failed", `${address} (${name}) is ${db.DBInstanceStatus}; the next plan replaces it`);
        }
        return db && isReady(db) ? db : undefined;
    });
}
async function convergeTags(ctx, db, op) {
    const { sdk, rds } = await rdsOf(ctx);
    const arn = db.DBInstanceArn;
    const { set, remove } = tagChanges(dbTags(db), op, dbPrivateTags(op));
    if (!arn)
        throw new ProviderOperationError("InvalidResponse", `RDS did not say the ARN of ${op.id}`);
    if (remove.length > 0)
        await call(`removing tags from ${op.id}`, () => rds.send(new sdk.RemoveTagsFromResourceCommand({ ResourceName: arn, TagKeys: remove })));
    if (Object.keys(set).length > 0)
        await call(`tagging ${op.id}`, () => rds.send(new sdk.AddTagsToResourceCommand({ ResourceName: arn, Tags: asTagList(set) })));
}
function deletionProtected(address, id) {
    return new ProviderOperationError("DeletionProtected", `${address} (${id}) has deletion_protection: true, so RDS refuses to delete it; ` +
        "apply deletion_protection: false first, then delete it");
}
function definedOnly(tags) {
    return Object.fromEntries(Object.entries(tags).filter((e) => e[1] !== undefined));
}

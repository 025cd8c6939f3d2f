/**
 * The sandbox: a small local cloud kept in the SQLite store. It has what makes a cloud a cloud
 * for Plagentic's purposes: ids of the right shape, ownership only through tags, idempotent
 * creates by token, request validation, dependency checks on delete, and state that can be
 * edited behind Plagentic's back (drift).
 */
import { randomBytes } from "node:crypto";
import { getResourceType } from "../../spec/registry.js";
import { createdBy, identityTagsAfterUpdate, OWNER_TAG_ADDRESS, OWNER_TAG_SHARE_PREFIX, ownedAt, ownedBy, otherOwner, ownershipTags, ProviderOperationError, repositoryKey, withoutOwnershipTags, } from "../provider.js";
import { generateId, suffixed } from "./ids.js";
import { validateRequest } from "./validation.js";
const COLUMNS = "id, type, region, attributes, tags, address";
/** How often a random id is redrawn when it happens to exist already. */
const ID_ATTEMPTS = 5;
export function createSandboxProvider(deps) {
    const { db } = deps.store;
    const bytes = deps.randomBytes ?? ((n) => randomBytes(n));
    const delayMs = deps.operationDelayMs ?? 0;
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    // Waits before the transaction, never inside it: SQLite holds its write lock for the whole of one.
    const latency = () => (delayMs > 0 ? sleep(delayMs) : Promise.resolve());
    const selectById = db.prepare(`SELECT ${COLUMNS} FROM sandbox_resources WHERE id = ?`);
    // Narrows to the target's own and shared rows on the index; ownedBy then decides.
    const selectOwned = db.prepare(`SELECT ${COLUMNS} FROM sandbox_resources
     WHERE environment = ? AND address IS NOT NULL AND (repository = ? OR json_extract(tags, ?) = ?)
     ORDER BY address, id`);
    const selectToken = db.prepare("SELECT resource_id, environment, address, type FROM sandbox_tokens WHERE token = ?");
    const upsertToken = db.prepare(`INSERT INTO sandbox_tokens (token, resource_id, environment, address, type) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (token) DO UPDATE SET resource_id = excluded.resource_id`);
    const tick = db.prepare("UPDATE sandbox_clock SET tick = tick + 1 WHERE only_row = 1 RETURNING tick");
    const insertResource = db.prepare(`INSERT INTO sandbox_resources (id, type, region, attributes, tags, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const updateResource = db.prepare("UPDATE sandbox_resources SET attributes = ?, tags = ?, updated_at = ? WHERE id = ?");
    const deleteResource = db.prepare("DELETE FROM sandbox_resources WHERE id = ?");
    // Any attribute value anywhere in another resource that equals the id counts as a reference.
    const selectDependents = db.prepare(`SELECT DISTINCT r.id AS id FROM sandbox_resources r, json_tree(r.attributes) t
     WHERE t.atom = ? AND r.id <> ? ORDER BY r.id LIMIT 5`);
    const lookup = (id) => selectById.get(id);
    const now = () => {
        const row = tick.get();
        if (!row)
            throw new Error("sandbox clock row is missing from the store");
        return row.tick;
    };
    function typeDef(type) {
        const def = getResourceType(type);
        if (!def)
            throw new ProviderOperationError("InvalidParameterValue", `unknown resource type ${type}`);
        return def;
    }
    /** The row, which must exist and be owned by (or shared with) `target` at `address`. */
    function ownedRow(target, id, address, type) {
        const row = selectById.get(id);
        if (!row || row.type !== type) {
            throw new ProviderOperationError("NotFound", `${type} ${id} does not exist in environment ${target.environment}`);
        }
        if (!ownedAt(tagsOf(row), target, address))
            throw notOwned(row, address, target);
        return row;
    }
    /** `injected` ids come from `deps.newId` and are used exactly as given. */
    function newResourceId(op) {
        if (deps.newId)
            return { id: deps.newId(op.type), byName: true, injected: true };
        return generateId({
            type: op.type,
            address: op.address,
            target: op.target,
            attributes: op.attributes,
            referencedParent: (types) => {
                for (const value of Object.values(op.attributes)) {
                    if (typeof value !== "string")
                        continue;
                    const row = selectById.get(value);
                    if (row && types.includes(row.type))
                        return row.id;
                }
                return undefined;
            },
        }, bytes);
    }
    const createTx = db.transaction((op) => {
        const def = typeDef(op.type);
        const { environment } = op.target;
        const prior = selectToken.get(op.token);
        if (prior) {
            if (prior.environment !== environment || prior.address !== op.address || prior.type !== op.type) {
                throw new ProviderOperationError("IdempotentParameterMismatch", `token ${op.token} was already used for ${prior.type} ${prior.address} in environment ${prior.environment}`);
            }
            const existing = selectById.get(prior.resource_id);
            // A token whose resource has since been deleted no longer pins anything: create afresh.
            if (existing) {
                if (!createdBy(tagsOf(existing), op.target, op.address)) {
                    throw new ProviderOperationError("IdempotentParameterMismatch", `token ${op.token} was already used for ${existing.id}, which this repository does not own`);
                }
                return liveOf(existing);
            }
        }
        validateRequest(def, op.attributes, lookup, deps.catalog);
        const first = newResourceId(op);
        let id = first.id;
        for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            const clash = selectById.get(id);
            if (!clash) {
                const at = now();
                insertResource.run(id, op.type, op.target.region, JSON.stringify(op.attributes), JSON.stringify({ ...withoutOwnershipTags(op.tags), ...ownershipTags(op.target, op.address) }), at, at);
                upsertToken.run(op.token, id, environment, op.address, op.type);
                const created = selectById.get(id);
                if (!created)
                    throw new Error(`sandbox resource ${id} vanished while being created`);
                return liveOf(created);
            }
            // Owned or shared: a suffixed name makes a new resource and takes nothing over.
            const sameOwner = ownedAt(tagsOf(clash), op.target, op.address) && clash.type === op.type;
            if (!first.byName) {
                id = newResourceId(op).id;
            }
            else if (sameOwner && !first.injected) {
                // Apply creates a replacement before deleting the old resource, so the new one needs a
                // name of its own; overwriting the old one by name would let that delete remove both.
                id = suffixed(first.id, bytes);
            }
            else {
                throw new ProviderOperationError("ResourceConflictException", `${op.type} ${id} already exists`);
            }
        }
        throw new Error(`could not find an unused id for ${op.type} in ${ID_ATTEMPTS} attempts`);
    });
    const updateTx = db.transaction((op) => {
        const def = typeDef(op.type);
        const row = ownedRow(op.target, op.id, op.address, op.type);
        validateRequest(def, op.attributes, lookup, deps.catalog);
        const attributes = JSON.stringify(op.attributes);
        const tags = JSON.stringify({
            ...withoutOwnershipTags(op.tags),
            ...identityTagsAfterUpdate(tagsOf(row), op.target),
            [OWNER_TAG_ADDRESS]: op.address,
        });
        updateResource.run(attributes, tags, now(), row.id);
        return liveOf({ ...row, attributes, tags });
    });
    // Re-reads and re-checks the owner inside the transaction, so nothing tagged in between is taken.
    const adoptTx = db.transaction((target, ref) => {
        const row = selectById.get(ref.id);
        if (!row || row.type !== ref.type)
            throw new ProviderOperationError("NotFound", `${ref.type} ${ref.id} does not exist`);
        const tags = tagsOf(row);
        const owner = otherOwner(tags, target);
        if (owner)
            throw new ProviderOperationError("NotOwned", `${ref.id} belongs to ${owner}; Plagentic leaves it alone`);
        const adopted = JSON.stringify({
            ...withoutOwnershipTags(tags),
            ...ownershipTags(target, ref.address),
        });
        updateResource.run(row.attributes, adopted, now(), row.id);
    });
    const deleteTx = db.transaction((target, resource) => {
        const row = selectById.get(resource.id);
        if (!row)
            return;
        if (!ownedAt(tagsOf(row), target, resource.address))
            throw notOwned(row, resource.address, target);
        const dependents = selectDependents.all(row.id, row.id);
        if (dependents.length > 0) {
            throw new ProviderOperationError("DependencyViolation", `resource ${row.id} has a dependent object: ${dependents.map((d) => d.id).join(", ")}`);
        }
        deleteResource.run(row.id);
    });
    return {
        name: "sandbox",
        capabilities: { applies: "*" },
        async readLive(target) {
            const shareTag = `$."${OWNER_TAG_SHARE_PREFIX}${repositoryKey(target.repository)}"`;
            // Each row's tags are read once: to decide ownership, then as the live resource's.
            return selectOwned
                .all(target.environment, target.repository, shareTag, target.repository)
                .map((row) => ({ row, tags: tagsOf(row) }))
                .filter(({ tags }) => ownedBy(tags, target))
                .map(({ row, tags }) => liveOf(row, tags));
        },
        async create(op) {
            await latency();
            return createTx.immediate(op);
        },
        async update(op) {
            await latency();
            return updateTx.immediate(op);
        },
        async delete(target, resource) {
            await latency();
            deleteTx.immediate(target, resource);
        },
        async readById(_target, ref) {
            const row = selectById.get(ref.id);
            if (!row || row.type !== ref.type)
                return undefined;
            const tags = tagsOf(row);
            return { live: { ...liveOf(row, tags), address: ref.address }, tags };
        },
        async adopt(target, ref) {
            adoptTx.immediate(target, ref);
        },
        async close() {
            // The store belongs to the caller, who may still use it for audit and bookkeeping.
        },
    };
}
/** The stored tags as a cloud reports them: strings only (someone may have edited the store). */
function tagsOf(row) {
    const tags = {};
    const stored = JSON.parse(row.tags);
    for (const [key, value] of Object.entries(stored)) {
        tags[key] = typeof value === "string" ? value : JSON.stringify(value);
    }
    return tags;
}
function notOwned(row, address, target) {
    return new ProviderOperationError("NotOwned", `${row.type} ${row.id} is not ${address} of environment ${target.environment} of ${target.repository}; Plagentic leaves it alone`);
}
/** `stored` is `tagsOf(row)`, when the caller has read it already. */
function liveOf(row, stored) {
    const attributes = JSON.parse(row.attributes);
    const tags = withoutOwnershipTags(stored ?? tagsOf(row));
    return { address: row.address ?? "", type: row.type, id: row.id, attributes, tags };
}

/**
 * `google_sql_database_instance` on the Cloud SQL Admin API v1. An instance has no free-text
 * field, so its ownership is `settings.userLabels` alone (service-ownership.ts: environment,
 * repository key, the address over several labels), and the list filters on the environment label
 * server-side. Cloud SQL takes no request id: a retry finds its first attempt by the name the
 * token gives (a deleted instance's name stays taken for a while, which a fresh token avoids).
 * No password is ever set or read: users are made elsewhere (IAM or Secret Manager).
 */
import { importOptional } from "../../../optional-module.js";
import { ProviderOperationError, } from "../../provider.js";
import { resourceName } from "../names.js";
import { guarded, orNothing, untilDone, untilReady } from "./service-calls.js";
import { createLabels, environmentLabel, LABEL_ENVIRONMENT, ownershipFromLabels, serviceLive, updateLabels, } from "./service-ownership.js";
const TYPE = "google_sql_database_instance";
const BROKEN = new Set(["FAILED", "SUSPENDED", "PENDING_DELETE"]);
const PAGE_SIZE = 500;
async function clients(ctx) {
    const sql = await importOptional("gcp", () => import("@google-cloud/sql"));
    return {
        instances: ctx.client("sql", (o) => new sql.v1.SqlInstancesServiceClient(o)),
        operations: ctx.client("sql-operations", (o) => new sql.v1.SqlOperationsServiceClient(o)),
    };
}
function idOf(project, name) {
    return `projects/${project}/instances/${name}`;
}
function parseId(id) {
    const m = /^projects\/([^/]+)\/instances\/([^/]+)$/.exec(id);
    if (!m)
        throw new ProviderOperationError("InvalidId", `${id} is not a Cloud SQL instance id`);
    return { project: m[1], instance: m[2] };
}
function found(ctx, i) {
    return {
        id: idOf(i.project ?? ctx.project, i.name ?? ""),
        tags: ownershipFromLabels(i.settings?.userLabels, ctx.target),
        resource: i,
        name: i.name ?? "",
    };
}
export function instanceAttributes(i) {
    const s = i.settings ?? {};
    const ip = s.ipConfiguration ?? {};
    return {
        database_version: String(i.databaseVersion ?? ""),
        tier: s.tier ?? "",
        availability_type: String(s.availabilityType ?? ""),
        disk_size: Number(s.dataDiskSizeGb?.value ?? 0),
        disk_type: String(s.dataDiskType ?? ""),
        ipv4_enabled: ip.ipv4Enabled?.value === true,
        authorized_networks: (ip.authorizedNetworks ?? []).map((n) => ({
            ...(n.name ? { name: n.name } : {}),
            value: n.value ?? "",
        })),
        deletion_protection: s.deletionProtectionEnabled?.value === true,
    };
}
function liveOf(f) {
    const state = String(f.resource.state ?? "");
    return serviceLive(TYPE, f, instanceAttributes(f.resource), f.resource.settings?.userLabels, state, BROKEN);
}
/** The settings the spec decides; `userLabels` are the ownership and user labels to write. */
function settingsOf(a, userLabels) {
    const networks = Array.isArray(a["authorized_networks"]) ? a["authorized_networks"] : [];
    return {
        tier: String(a["tier"] ?? ""),
        availabilityType: String(a["availability_type"] ?? "ZONAL"),
        dataDiskSizeGb: { value: String(a["disk_size"] ?? 10) },
        dataDiskType: String(a["disk_type"] ?? "PD_SSD"),
        ipConfiguration: {
            ipv4Enabled: { value: a["ipv4_enabled"] !== false },
            authorizedNetworks: networks.map((n) => {
                const o = (n ?? {});
                return { ...(typeof o["name"] === "string" && { name: o["name"] }), value: String(o["value"] ?? "") };
            }),
        },
        deletionProtectionEnabled: { value: a["deletion_protection"] !== false },
        userLabels,
    };
}
function stateOf(op) {
    const done = op.status === "DONE";
    const first = op.error?.errors?.[0];
    return {
        done,
        ...(done &&
            first && {
            error: {
                code: first.code || "OperationFailed",
                message: (op.error?.errors ?? []).map((e) => e.message || e.code).join("; "),
            },
        }),
    };
}
async function finish(ctx, project, started, what) {
    const { operations } = await clients(ctx);
    await untilDone(ctx, `${what} (operation ${started.name ?? "?"})`, stateOf(started), async () => {
        const [op] = await guarded(() => operations.get({ project, operation: started.name ?? "" }));
        return stateOf(op);
    });
}
async function get(ctx, project, instance) {
    const { instances } = await clients(ctx);
    return (await orNothing(() => instances.get({ project, instance })))?.[0];
}
/** Waits until the instance is RUNNABLE; FAILED is the create's failure. */
function runnable(ctx, project, instance, what) {
    return untilReady(ctx, what, async () => {
        const i = await get(ctx, project, instance);
        if (!i)
            throw new ProviderOperationError("NOT_FOUND", `${what} disappeared while it was being created`);
        if (i.state === "FAILED")
            throw new ProviderOperationError("InstanceFailed", `${what} is FAILED`);
        return i.state === "RUNNABLE" ? true : undefined;
    });
}
function nameOf(op) {
    return resourceName(op.target.environment, op.address, op.token);
}
export const sqlDatabaseInstance = {
    type: TYPE,
    optional: true,
    tokenIn: "name",
    async list(ctx) {
        const { instances } = await clients(ctx);
        const filter = `settings.userLabels.${LABEL_ENVIRONMENT}:${environmentLabel(ctx.target.environment)}`;
        const out = [];
        let pageToken = "";
        do {
            const [page] = await guarded(() => instances.list({ project: ctx.project, filter, maxResults: PAGE_SIZE, pageToken }));
            out.push(...(page.items ?? []).map((i) => found(ctx, i)));
            pageToken = page.nextPageToken ?? "";
        } while (pageToken !== "");
        return out;
    },
    async live(_ctx, owned) {
        return owned.map(liveOf);
    },
    async read(ctx, id) {
        const { project, instance } = parseId(id);
        const i = await get(ctx, project, instance);
        return i && found(ctx, i);
    },
    async findByToken(ctx, op) {
        const i = await get(ctx, ctx.project, nameOf(op));
        return i ? [found(ctx, i)] : [];
    },
    async create(ctx, op, earlier) {
        const name = nameOf(op);
        const what = `${op.address} (Cloud SQL instance ${name})`;
        if (!earlier) {
            const { instances } = await clients(ctx);
            const body = {
                name,
                region: op.target.region,
                databaseVersion: String(op.attributes["database_version"]),
                settings: settingsOf(op.attributes, createLabels(op)),
            };
            const [started] = await guarded(() => instances.insert({ project: ctx.project, body }));
            await finish(ctx, ctx.project, started, what);
        }
        await runnable(ctx, ctx.project, name, what);
        return idOf(ctx.project, name);
    },
    async update(ctx, op, current) {
        const { project, instance } = parseId(op.id);
        const { instances } = await clients(ctx);
        const labels = updateLabels(current.resource.settings?.userLabels ?? {}, op);
        // A patch: only the settings named change; the instance keeps everything else.
        const body = { settings: settingsOf(op.attributes, labels) };
        const [started] = await guarded(() => instances.patch({ project, instance, body }));
        await finish(ctx, project, started, `${op.address} (Cloud SQL instance ${instance}): patch`);
    },
    async delete(ctx, _target, resource, current) {
        const { project, instance } = parseId(resource.id);
        const what = `${resource.address} (Cloud SQL instance ${instance})`;
        if (current.resource.settings?.deletionProtectionEnabled?.value === true) {
            throw new ProviderOperationError("DeletionProtection", `${what} has deletion_protection on; set it to false and apply before deleting the instance`);
        }
        const { instances } = await clients(ctx);
        const [started] = await guarded(() => instances.delete({ project, instance }));
        await finish(ctx, project, started, `${what}: delete`);
        await untilReady(ctx, `${what} to be gone`, async () => (await get(ctx, project, instance)) ? undefined : true);
    },
};

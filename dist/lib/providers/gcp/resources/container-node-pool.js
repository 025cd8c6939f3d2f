import { OWNER_TAG_ADDRESS, ProviderOperationError, } from "../../provider.js";
import { omittedPaths, withoutPaths } from "../../omitted.js";
import { clusterPath, finishOperation, getCluster, gke, GKE_NAME_MAX, listClusters, parseClusterPath, parseNodePoolPath, } from "./container-api.js";
import { guarded, serviceName, untilReady } from "./service-calls.js";
import { addressOf, createLabels, omittedLabel, omittedOf, ownershipFromMarker, sameLabels, serviceLive, updateLabels, } from "./service-ownership.js";
const TYPE = "google_container_node_pool";
const OMITTABLE = ["node_locations", "disk_size_gb", "disk_type"];
const BROKEN = new Set(["ERROR", "RUNNING_WITH_ERROR", "STOPPING"]);
/**
 * The size last asked for. GKE keeps only the size at create (`initialNodeCount`); the current
 * one lives in the pool's instance groups, which Plagentic does not read, so a resize made
 * elsewhere does not show as drift.
 */
const LABEL_NODE_COUNT = "plagentic-node-count";
function countLabel(a) {
    return { [LABEL_NODE_COUNT]: String(Number(a["node_count"] ?? 1)) };
}
/** The pool as the dispatcher sees it: its cluster's identity, its own address. */
function foundIn(project, c, pool, ctx) {
    const cluster = { project, location: c.location ?? "", cluster: c.name ?? "" };
    const { [OWNER_TAG_ADDRESS]: _clusterAddress, ...identity } = ownershipFromMarker(c.description, c.resourceLabels, ctx.target);
    const address = addressOf(pool.config?.resourceLabels ?? {});
    return {
        id: `${clusterPath(cluster)}/nodePools/${pool.name ?? ""}`,
        tags: { ...identity, ...(address !== undefined && { [OWNER_TAG_ADDRESS]: address }) },
        resource: { pool, cluster },
        name: pool.name ?? "",
    };
}
function poolAttributes(f) {
    const p = f.resource.pool;
    const labels = p.config?.resourceLabels ?? {};
    const attributes = {
        cluster: clusterPath(f.resource.cluster),
        machine_type: p.config?.machineType ?? "",
        node_count: Number(labels[LABEL_NODE_COUNT] ?? p.initialNodeCount ?? 0),
        node_locations: [...(p.locations ?? [])],
        disk_size_gb: Number(p.config?.diskSizeGb ?? 0),
        disk_type: p.config?.diskType ?? "",
        spot: p.config?.spot === true,
    };
    return withoutPaths(attributes, omittedOf(labels));
}
function liveOf(f) {
    const status = String(f.resource.pool.status ?? "");
    return serviceLive(TYPE, f, poolAttributes(f), f.resource.pool.config?.resourceLabels, status, BROKEN);
}
function clusterOf(op) {
    const ref = parseClusterPath(String(op.attributes["cluster"] ?? ""));
    if (!ref)
        throw new ProviderOperationError("InvalidParameterValue", `${op.address}: cluster is not a GKE cluster id`);
    return ref;
}
async function readPool(ctx, ref, name) {
    const c = await getCluster(ctx, ref);
    const pool = c?.nodePools?.find((p) => p.name === name);
    return c && pool && foundIn(ref.project, c, pool, ctx);
}
/** Waits until the pool is RUNNING; ERROR is the create's failure. */
function running(ctx, ref, name, what) {
    return untilReady(ctx, what, async () => {
        const f = await readPool(ctx, ref, name);
        const status = f?.resource.pool.status;
        if (!f)
            throw new ProviderOperationError("NOT_FOUND", `${what} disappeared while it was being created`);
        if (status === "ERROR") {
            throw new ProviderOperationError("NodePoolError", `${what} is ERROR: ${f.resource.pool.statusMessage ?? ""}`);
        }
        return status === "RUNNING" ? true : undefined;
    });
}
export const containerNodePool = {
    type: TYPE,
    optional: true,
    tokenIn: "name",
    untagged: true,
    async list(ctx) {
        const clusters = await listClusters(ctx);
        return clusters.flatMap((c) => (c.nodePools ?? [])
            .map((p) => foundIn(ctx.project, c, p, ctx))
            .filter((f) => f.tags[OWNER_TAG_ADDRESS] !== undefined));
    },
    async live(_ctx, owned) {
        return owned.map(liveOf);
    },
    async read(ctx, id) {
        const ref = parseNodePoolPath(id);
        if (!ref)
            throw new ProviderOperationError("InvalidId", `${id} is not a GKE node pool id`);
        return readPool(ctx, ref, ref.pool);
    },
    async findByToken(ctx, op) {
        const name = serviceName(op.target.environment, op.address, op.token, GKE_NAME_MAX);
        const f = await readPool(ctx, clusterOf(op), name);
        return f ? [f] : [];
    },
    async create(ctx, op, earlier) {
        const a = op.attributes;
        const ref = clusterOf(op);
        const name = serviceName(op.target.environment, op.address, op.token, GKE_NAME_MAX);
        const what = `${op.address} (GKE node pool ${name})`;
        if (!earlier) {
            const client = await gke(ctx);
            const nodePool = {
                name,
                initialNodeCount: Number(a["node_count"] ?? 1),
                ...(Array.isArray(a["node_locations"]) && { locations: a["node_locations"].map(String) }),
                config: {
                    machineType: String(a["machine_type"] ?? "e2-medium"),
                    ...(typeof a["disk_size_gb"] === "number" && { diskSizeGb: a["disk_size_gb"] }),
                    ...(typeof a["disk_type"] === "string" && { diskType: a["disk_type"] }),
                    spot: a["spot"] === true,
                    resourceLabels: createLabels(op, { ...omittedLabel(omittedPaths(a, OMITTABLE)), ...countLabel(a) }),
                },
            };
            const [started] = await guarded(() => client.createNodePool({ parent: clusterPath(ref), nodePool }));
            await finishOperation(ctx, ref, started, what);
        }
        await running(ctx, ref, name, what);
        return `${clusterPath(ref)}/nodePools/${name}`;
    },
    async update(ctx, op, current) {
        const { pool, cluster } = current.resource;
        const what = `${op.address} (GKE node pool ${pool.name ?? ""})`;
        const client = await gke(ctx);
        const have = poolAttributes(current);
        const a = op.attributes;
        if (a["node_count"] !== undefined && a["node_count"] !== have["node_count"]) {
            const [started] = await guarded(() => client.setNodePoolSize({ name: op.id, nodeCount: Number(a["node_count"]) }));
            await finishOperation(ctx, cluster, started, `${what}: resize to ${String(a["node_count"])}`);
        }
        const labels = updateLabels(pool.config?.resourceLabels ?? {}, op, {
            ...omittedLabel(omittedOf(pool.config?.resourceLabels).filter((k) => a[k] === undefined)),
            ...countLabel(a),
        });
        const locations = Array.isArray(a["node_locations"]) ? a["node_locations"].map(String) : undefined;
        const moved = locations !== undefined && JSON.stringify(locations) !== JSON.stringify(have["node_locations"]);
        if (moved || !sameLabels(labels, pool.config?.resourceLabels)) {
            const [started] = await guarded(() => client.updateNodePool({
                name: op.id,
                // Both are required; the pool's own keep it where it is rather than upgrade it.
                nodeVersion: pool.version ?? "-",
                imageType: pool.config?.imageType ?? "",
                ...(moved && { locations }),
                resourceLabels: { labels },
            }));
            await finishOperation(ctx, cluster, started, `${what}: update`);
        }
    },
    async delete(ctx, _target, resource, current) {
        const { cluster, pool } = current.resource;
        const what = `${resource.address} (GKE node pool ${pool.name ?? ""})`;
        const client = await gke(ctx);
        const [started] = await guarded(() => client.deleteNodePool({ name: resource.id }));
        await finishOperation(ctx, cluster, started, `${what}: delete`);
        // The cluster's delete comes next and refuses while the pool is listed: wait until it is not.
        await untilReady(ctx, `${what} to be gone`, async () => (await readPool(ctx, cluster, pool.name ?? "")) ? undefined : true);
    },
};

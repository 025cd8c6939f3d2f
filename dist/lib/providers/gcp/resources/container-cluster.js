import { ownershipTags, ProviderOperationError, } from "../../provider.js";
import { omittedPaths, withoutPaths } from "../../omitted.js";
import { decodeLabel, encodeLabel } from "../names.js";
import { describeOwned, readDescription } from "../ownership.js";
import { clusterId, clusterPath, finishOperation, getCluster, gke, GKE_NAME_MAX, listClusters, parseClusterPath, } from "./container-api.js";
import { guarded, serviceName, untilReady } from "./service-calls.js";
import { createLabels, ownershipFromMarker, sameLabels, serviceLive, updateLabels, } from "./service-ownership.js";
const TYPE = "google_container_cluster";
const OMITTABLE = ["location", "network", "subnetwork"];
const LABEL_MIN_VERSION = "plagentic-min-master-version";
const LABEL_DELETION_PROTECTION = "plagentic-deletion-protection";
const DEFAULT_POOL = "default-pool";
/** States in which a cluster exists but is not usable: replaced by the next plan. */
const BROKEN = new Set(["ERROR", "DEGRADED", "STOPPING"]);
function found(project, c, ctx) {
    return {
        id: clusterId(project, c),
        tags: ownershipFromMarker(c.description, c.resourceLabels, ctx.target),
        resource: c,
        name: c.name ?? "",
    };
}
/** `min_master_version` as asked, while GKE runs that version or a later one. */
function masterVersion(c) {
    const label = c.resourceLabels?.[LABEL_MIN_VERSION];
    const wanted = label === undefined ? undefined : decodeLabel(label);
    const current = c.currentMasterVersion ?? "";
    if (wanted === undefined)
        return undefined;
    if (current === wanted || current.startsWith(`${wanted}.`) || current.startsWith(`${wanted}-`))
        return wanted;
    const parts = (v) => (/^\d+(?:\.\d+)*/.exec(v)?.[0] ?? "").split(".").map(Number);
    const [a, b] = [parts(current), parts(wanted)];
    for (let i = 0; i < b.length; i++) {
        if ((a[i] ?? -1) !== b[i])
            return (a[i] ?? -1) > b[i] ? wanted : current;
    }
    return current;
}
export function clusterAttributes(c) {
    const autopilot = c.autopilot?.enabled === true;
    const version = masterVersion(c);
    const attributes = {
        location: c.location ?? "",
        ...(c.networkConfig?.network && { network: c.networkConfig.network }),
        ...(c.networkConfig?.subnetwork && { subnetwork: c.networkConfig.subnetwork }),
        ...(version !== undefined && { min_master_version: version }),
        enable_autopilot: autopilot,
        // An Autopilot cluster has no node count or default pool of its own: the spec's defaults stand.
        remove_default_node_pool: autopilot || !(c.nodePools ?? []).some((p) => p.name === DEFAULT_POOL),
        initial_node_count: autopilot ? 1 : Number(c.initialNodeCount ?? 0),
        deletion_protection: c.resourceLabels?.[LABEL_DELETION_PROTECTION] !== "false",
    };
    return withoutPaths(attributes, readDescription(c.description)?.omitted ?? []);
}
function liveOf(f) {
    const status = String(f.resource.status ?? "");
    return serviceLive(TYPE, f, clusterAttributes(f.resource), f.resource.resourceLabels, status, BROKEN);
}
/** The labels that carry settings GKE does not keep, from the spec. */
function settingLabels(a) {
    const version = typeof a["min_master_version"] === "string" ? encodeLabel(a["min_master_version"]) : undefined;
    return {
        [LABEL_DELETION_PROTECTION]: a["deletion_protection"] === false ? "false" : "true",
        ...(version !== undefined && { [LABEL_MIN_VERSION]: version }),
    };
}
function refOf(id) {
    const ref = parseClusterPath(id);
    if (!ref)
        throw new ProviderOperationError("InvalidId", `${id} is not a GKE cluster id`);
    return ref;
}
/** Waits until the cluster is RUNNING; ERROR is the create's failure. */
async function running(ctx, ref, what) {
    return untilReady(ctx, what, async () => {
        const c = await getCluster(ctx, ref);
        if (!c)
            throw new ProviderOperationError("NOT_FOUND", `${what} disappeared while it was being created`);
        if (c.status === "ERROR" || c.status === "DEGRADED") {
            throw new ProviderOperationError("ClusterError", `${what} is ${c.status}: ${c.statusMessage ?? ""}`);
        }
        return c.status === "RUNNING" ? c : undefined;
    });
}
async function removeDefaultPool(ctx, ref, c, what) {
    if (!(c.nodePools ?? []).some((p) => p.name === DEFAULT_POOL))
        return;
    const client = await gke(ctx);
    const [op] = await guarded(() => client.deleteNodePool({ name: `${clusterPath(ref)}/nodePools/${DEFAULT_POOL}` }));
    await finishOperation(ctx, ref, op, `${what}: removing its default node pool`);
}
function checkAutopilot(op) {
    const a = op.attributes;
    const autopilot = a["enable_autopilot"] === true;
    if (autopilot && (a["remove_default_node_pool"] === false || (a["initial_node_count"] ?? 1) !== 1)) {
        throw new ProviderOperationError("InvalidParameterValue", `${op.address}: an Autopilot cluster takes neither initial_node_count nor a default node pool to keep`);
    }
    return autopilot;
}
export const containerCluster = {
    type: TYPE,
    optional: true,
    tokenIn: "name",
    async list(ctx) {
        return (await listClusters(ctx)).map((c) => found(ctx.project, c, ctx));
    },
    async live(_ctx, owned) {
        return owned.map(liveOf);
    },
    async read(ctx, id) {
        const ref = refOf(id);
        const c = await getCluster(ctx, ref);
        return c && found(ref.project, c, ctx);
    },
    async findByToken(ctx, op) {
        const location = String(op.attributes["location"] ?? op.target.region);
        const cluster = serviceName(op.target.environment, op.address, op.token, GKE_NAME_MAX);
        const c = await getCluster(ctx, { project: ctx.project, location, cluster });
        return c ? [found(ctx.project, c, ctx)] : [];
    },
    async create(ctx, op, earlier) {
        const autopilot = checkAutopilot(op);
        const a = op.attributes;
        const ref = {
            project: ctx.project,
            location: String(a["location"] ?? op.target.region),
            cluster: serviceName(op.target.environment, op.address, op.token, GKE_NAME_MAX),
        };
        const what = `${op.address} (GKE cluster ${ref.cluster})`;
        if (!earlier) {
            const client = await gke(ctx);
            const cluster = {
                name: ref.cluster,
                description: describeOwned({
                    tags: ownershipTags(op.target, op.address),
                    omitted: omittedPaths(a, OMITTABLE),
                }),
                resourceLabels: createLabels(op, settingLabels(a)),
                ...(typeof a["network"] === "string" && { network: a["network"] }),
                ...(typeof a["subnetwork"] === "string" && { subnetwork: a["subnetwork"] }),
                ...(typeof a["min_master_version"] === "string" && {
                    initialClusterVersion: a["min_master_version"],
                }),
                ...(autopilot
                    ? { autopilot: { enabled: true } }
                    : { initialNodeCount: Number(a["initial_node_count"] ?? 1) }),
            };
            const [started] = await guarded(() => client.createCluster({ parent: `projects/${ref.project}/locations/${ref.location}`, cluster }));
            await finishOperation(ctx, ref, started, what);
        }
        const c = await running(ctx, ref, what);
        if (!autopilot && a["remove_default_node_pool"] !== false)
            await removeDefaultPool(ctx, ref, c, what);
        return clusterPath(ref);
    },
    async update(ctx, op, current) {
        const ref = refOf(op.id);
        const c = current.resource;
        const what = `${op.address} (GKE cluster ${ref.cluster})`;
        const client = await gke(ctx);
        const a = op.attributes;
        const autopilot = c.autopilot?.enabled === true;
        // Checked before anything changes, so a refused update leaves the cluster as it was.
        if (a["remove_default_node_pool"] === false &&
            !autopilot &&
            !(c.nodePools ?? []).some((p) => p.name === DEFAULT_POOL)) {
            throw new ProviderOperationError("Unsupported", `${what}: its default node pool was removed and cannot be brought back; replace the cluster or add a google_container_node_pool`);
        }
        const labels = updateLabels(c.resourceLabels ?? {}, op, settingLabels(a));
        if (!sameLabels(labels, c.resourceLabels)) {
            const [started] = await guarded(() => client.setLabels({ name: op.id, resourceLabels: labels, labelFingerprint: c.labelFingerprint ?? "" }));
            await finishOperation(ctx, ref, started, `${what}: labels`);
        }
        const wanted = a["min_master_version"];
        if (typeof wanted === "string" && masterVersion({ ...c, resourceLabels: labels }) !== wanted) {
            const [started] = await guarded(() => client.updateCluster({ name: op.id, update: { desiredMasterVersion: wanted } }));
            await finishOperation(ctx, ref, started, `${what}: master version ${wanted}`);
        }
        // Autopilot manages its own pools: they are never Plagentic's to remove.
        if (!autopilot && a["remove_default_node_pool"] !== false)
            await removeDefaultPool(ctx, ref, c, what);
    },
    async delete(ctx, _target, resource, current) {
        const ref = refOf(resource.id);
        const c = current.resource;
        const what = `${resource.address} (GKE cluster ${ref.cluster})`;
        if (c.resourceLabels?.[LABEL_DELETION_PROTECTION] !== "false") {
            throw new ProviderOperationError("DeletionProtection", `${what} has deletion_protection on; set it to false and apply before deleting the cluster`);
        }
        const pools = (c.nodePools ?? []).map((p) => p.name ?? "").filter((n) => n !== DEFAULT_POOL);
        if (pools.length > 0 && c.autopilot?.enabled !== true) {
            throw new ProviderOperationError("DependencyViolation", `${what} still holds node pools ${pools.join(", ")}; Plagentic deletes a cluster only once its node pools are gone`);
        }
        const client = await gke(ctx);
        const [started] = await guarded(() => client.deleteCluster({ name: resource.id }));
        await finishOperation(ctx, ref, started, `${what}: delete`);
        await untilReady(ctx, `${what} to be gone`, async () => (await getCluster(ctx, ref)) ? undefined : true);
    },
};

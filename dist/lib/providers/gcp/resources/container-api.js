/**
 * GKE (Kubernetes Engine API v1) for the cluster and node pool handlers: the client, loaded on
 * first use, the ids (`projects/p/locations/l/clusters/c[/nodePools/n]`, the API's own names), the
 * one listing both handlers read, and waiting on GKE's operations (its own kind, not
 * google.longrunning: `status` PENDING, RUNNING, DONE; `error` a google.rpc.Status).
 */
import { importOptional } from "../../../optional-module.js";
import { ProviderOperationError } from "../../provider.js";
import { environmentLabel, LABEL_ENVIRONMENT } from "./service-ownership.js";
import { guarded, statusName, untilDone } from "./service-calls.js";
/** GKE names: lower-case letters, digits and hyphens, a letter first, at most 40. */
export const GKE_NAME_MAX = 40;
export async function gke(ctx) {
    const { ClusterManagerClient } = await importOptional("gcp", () => import("@google-cloud/container"));
    return ctx.client("container", (o) => new ClusterManagerClient(o));
}
export function clusterPath(r) {
    return `projects/${r.project}/locations/${r.location}/clusters/${r.cluster}`;
}
export function parseClusterPath(id) {
    const m = /^projects\/([^/]+)\/locations\/([^/]+)\/clusters\/([^/]+)$/.exec(id);
    return m ? { project: m[1], location: m[2], cluster: m[3] } : undefined;
}
export function parseNodePoolPath(id) {
    const m = /^(projects\/[^/]+\/locations\/[^/]+\/clusters\/[^/]+)\/nodePools\/([^/]+)$/.exec(id);
    const cluster = m && parseClusterPath(m[1]);
    return cluster ? { ...cluster, pool: m[2] } : undefined;
}
/** The cluster's id as its own project and location say. */
export function clusterId(project, c) {
    return clusterPath({ project, location: c.location ?? "", cluster: c.name ?? "" });
}
/**
 * Every cluster of the project in the target's environment (by label), node pools inline: one
 * call. The API takes no filter, so the environment label is checked here. A listing that could
 * not reach some zones is refused: a cluster missing from it would look deleted.
 */
export async function listClusters(ctx) {
    const client = await gke(ctx);
    const [answer] = await guarded(() => client.listClusters({ parent: `projects/${ctx.project}/locations/-` }));
    if ((answer.missingZones ?? []).length > 0) {
        throw new ProviderOperationError("UNAVAILABLE", `GKE could not list clusters in ${answer.missingZones.join(", ")}; try again`);
    }
    const env = environmentLabel(ctx.target.environment);
    return (answer.clusters ?? []).filter((c) => c.resourceLabels?.[LABEL_ENVIRONMENT] === env);
}
export async function getCluster(ctx, ref) {
    const client = await gke(ctx);
    try {
        const [c] = await guarded(() => client.getCluster({ name: clusterPath(ref) }));
        return c;
    }
    catch (e) {
        if (e instanceof ProviderOperationError && e.code === "NOT_FOUND")
            return undefined;
        throw e;
    }
}
function stateOf(op) {
    const done = op.status === "DONE";
    const error = op.error && (op.error.code ?? 0) !== 0 ? op.error : undefined;
    return {
        done,
        ...(done &&
            error && {
            error: { code: statusName(error.code), message: error.message ?? op.statusMessage ?? "failed" },
        }),
    };
}
/** Waits on an operation GKE started in `location`; its error is raised. */
export async function finishOperation(ctx, at, started, what) {
    const client = await gke(ctx);
    const name = `projects/${at.project}/locations/${at.location}/operations/${started.name ?? ""}`;
    await untilDone(ctx, `${what} (operation ${started.name ?? "?"})`, stateOf(started), async () => {
        const [op] = await guarded(() => client.getOperation({ name }));
        return stateOf(op);
    });
}

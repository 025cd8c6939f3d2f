import { ProviderOperationError, } from "../../provider.js";
import { object, str, strings } from "../attributes.js";
import { call } from "../context.js";
import { errorCode, toProviderError } from "../errors.js";
import { isEksName, nodegroupId, resourceName, splitNodegroupId } from "../service-names.js";
import { createTags, fromServiceTags, serviceLive, unsetValue } from "../service-tags.js";
import { TOKEN_TAG, UNSET_TAG } from "../tags.js";
import { convergeEksTags, describeNodegroup, eksOf, environmentClusters, waitForStatus, waitGone, } from "./eks-api.js";
const TYPE = "aws_eks_node_group";
/** Node group names are at most 63 characters. */
const NAME_LENGTH = 63;
/** Statuses of a group that will not serve again: the plan replaces it. */
const BROKEN = ["CREATE_FAILED", "DELETE_FAILED", "DELETING"];
/** What EKS fills in when the spec leaves it out. */
const FILLED_BY_EKS = ["disk_size"];
export const eksNodeGroup = {
    type: TYPE,
    optional: true,
    taggingType: "eks:nodegroup",
    tokenIn: "name",
    async list(ctx, target) {
        const { sdk, eks } = await eksOf(ctx);
        const clusters = (await environmentClusters(ctx, target)).map((c) => c.name);
        const perCluster = await Promise.all(clusters.map(async (cluster) => {
            const names = [];
            let nextToken;
            do {
                const page = await call(`listing node groups of ${cluster}`, () => eks.send(new sdk.ListNodegroupsCommand({ clusterName: cluster, ...(nextToken && { nextToken }) })));
                names.push(...(page.nodegroups ?? []));
                nextToken = page.nextToken;
            } while (nextToken);
            return Promise.all(names.map((n) => describeNodegroup(ctx, cluster, n)));
        }));
        return perCluster.flat().flatMap((ng) => (ng ? [found(ng)] : []));
    },
    async live(_ctx, owned) {
        return owned.flatMap((f) => nodegroupLive(f.resource) ?? []);
    },
    async read(ctx, id) {
        const parts = splitNodegroupId(id);
        const ng = parts && (await describeNodegroup(ctx, parts.cluster, parts.nodegroup));
        return ng ? found(ng) : undefined;
    },
    async findByToken(ctx, op) {
        const ng = await describeNodegroup(ctx, clusterOf(op), resourceName(op, NAME_LENGTH));
        return ng ? [found(ng)] : [];
    },
    async create(ctx, op, earlier) {
        const { sdk, eks } = await eksOf(ctx);
        const cluster = clusterOf(op);
        const name = resourceName(op, NAME_LENGTH);
        if (earlier && earlier.tags[TOKEN_TAG] !== op.token) {
            throw new ProviderOperationError("AlreadyExists", `${name} holds a node group of another apply of ${op.address}; it was left untouched`);
        }
        if (!earlier) {
            const a = op.attributes;
            const disk = a["disk_size"];
            const unset = unsetValue(op, FILLED_BY_EKS);
            await call(`creating ${op.address}`, () => eks.send(new sdk.CreateNodegroupCommand({
                clusterName: cluster,
                nodegroupName: name,
                nodeRole: str(a, "node_role_arn"),
                subnets: strings(a, "subnets"),
                instanceTypes: [str(a, "instance_type") ?? "t3.medium"],
                capacityType: (str(a, "capacity_type") ?? "ON_DEMAND"),
                scalingConfig: scalingOf(op),
                ...(typeof disk === "number" && { diskSize: disk }),
                tags: createTags(op, { [TOKEN_TAG]: op.token, ...(unset && { [UNSET_TAG]: unset }) }),
                clientRequestToken: op.token,
            })));
        }
        await waitActive(ctx, op.address, cluster, name);
        return nodegroupId(cluster, name);
    },
    async update(ctx, op, current) {
        const { sdk, eks } = await eksOf(ctx);
        const ng = current.resource;
        const want = scalingOf(op);
        const have = ng.scalingConfig ?? {};
        if (want.desiredSize !== have.desiredSize ||
            want.minSize !== have.minSize ||
            want.maxSize !== have.maxSize) {
            await call(`scaling ${op.address}`, () => eks.send(new sdk.UpdateNodegroupConfigCommand({
                clusterName: ng.clusterName,
                nodegroupName: ng.nodegroupName,
                scalingConfig: want,
            })));
            await waitActive(ctx, op.address, ng.clusterName, ng.nodegroupName);
        }
        await convergeEksTags(ctx, ng.nodegroupArn, current.tags, op, {
            [UNSET_TAG]: unsetValue(op, FILLED_BY_EKS),
        });
    },
    async delete(ctx, _target, { id, address }, current) {
        const { sdk, eks } = await eksOf(ctx);
        const { clusterName, nodegroupName } = current.resource;
        if (current.resource.status !== "DELETING") {
            try {
                await eks.send(new sdk.DeleteNodegroupCommand({ clusterName, nodegroupName }));
            }
            catch (e) {
                if (errorCode(e) !== "ResourceNotFoundException")
                    throw toProviderError(e, `deleting ${address} (${id})`);
            }
        }
        await waitGone(ctx, `${address} (EKS node group ${id})`, () => describeNodegroup(ctx, clusterName, nodegroupName));
    },
};
function found(ng) {
    return {
        id: nodegroupId(ng.clusterName, ng.nodegroupName),
        tags: fromServiceTags(ng.tags),
        resource: ng,
    };
}
/** The cluster's name: the id the cluster handler reports, which the reference resolved to. */
function clusterOf(op) {
    const cluster = str(op.attributes, "cluster");
    if (cluster === undefined || !isEksName(cluster))
        throw new ProviderOperationError("InvalidAttribute", `${op.address}: cluster is not an EKS cluster name`);
    return cluster;
}
function scalingOf(op) {
    const s = object(op.attributes, "scaling_config") ?? {};
    const n = (k) => (typeof s[k] === "number" ? s[k] : 0);
    return { desiredSize: n("desired_size"), minSize: n("min_size"), maxSize: n("max_size") };
}
function waitActive(ctx, address, cluster, name) {
    return waitForStatus(ctx, `${address} (EKS node group ${name} of ${cluster})`, "ACTIVE", ["CREATE_FAILED", "DELETE_FAILED", "DEGRADED"], () => describeNodegroup(ctx, cluster, name));
}
export function nodegroupLive(ng) {
    const s = ng.scalingConfig ?? {};
    const attributes = {
        cluster: ng.clusterName ?? "",
        node_role_arn: ng.nodeRole ?? "",
        subnets: ng.subnets ?? [],
        // More than one type (set outside Plagentic) shows as a difference from the spec's one.
        instance_type: (ng.instanceTypes ?? []).join(","),
        capacity_type: ng.capacityType ?? "ON_DEMAND",
        scaling_config: { desired_size: s.desiredSize ?? 0, min_size: s.minSize ?? 0, max_size: s.maxSize ?? 0 },
        ...(ng.diskSize !== undefined && { disk_size: ng.diskSize }),
    };
    const state = ng.status !== undefined && BROKEN.includes(ng.status) ? ng.status : undefined;
    return serviceLive(TYPE, nodegroupId(ng.clusterName, ng.nodegroupName), fromServiceTags(ng.tags), attributes, state);
}

/**
 * What the EKS cluster and node group handlers share: the client (its SDK loaded on first use),
 * one-resource reads, the environment's clusters read once per operation, tags converged, and
 * waiting for a status with progress lines (EKS takes 10-15 minutes per cluster or node group).
 */
import { importOptional } from "../../../optional-module.js";
import { OWNER_TAG_ENVIRONMENT, ProviderOperationError, } from "../../provider.js";
import { call } from "../context.js";
import { errorCode, toProviderError } from "../errors.js";
import { isEksName } from "../service-names.js";
import { tagChanges } from "../service-tags.js";
import { waitFor } from "../../waiting.js";
export async function eksOf(ctx) {
    const sdk = await importOptional("aws", () => import("@aws-sdk/client-eks"));
    return { sdk, eks: ctx.client("EKS", (config) => new sdk.EKSClient(config)) };
}
export function isEksNotFound(e) {
    return errorCode(e) === "ResourceNotFoundException";
}
/** One cluster by name; undefined when EKS does not know it (or answers about another). */
export async function describeCluster(ctx, name) {
    if (!isEksName(name))
        return undefined;
    const { sdk, eks } = await eksOf(ctx);
    try {
        const c = (await eks.send(new sdk.DescribeClusterCommand({ name }))).cluster;
        return c?.name === name ? c : undefined;
    }
    catch (e) {
        if (isEksNotFound(e))
            return undefined;
        throw toProviderError(e, `reading EKS cluster ${name}`);
    }
}
export async function describeNodegroup(ctx, cluster, nodegroup) {
    const { sdk, eks } = await eksOf(ctx);
    try {
        const ng = (await eks.send(new sdk.DescribeNodegroupCommand({ clusterName: cluster, nodegroupName: nodegroup }))).nodegroup;
        return ng?.nodegroupName === nodegroup && ng.clusterName === cluster ? ng : undefined;
    }
    catch (e) {
        if (isEksNotFound(e))
            return undefined;
        throw toProviderError(e, `reading EKS node group ${nodegroup} of ${cluster}`);
    }
}
/**
 * The region's clusters that carry the environment's tag, described. EKS has no bulk describe, so
 * this is one ListClusters per page and one DescribeCluster per cluster; the cluster and node group
 * handlers of one read of live state share it.
 */
export function environmentClusters(ctx, target) {
    let cached = clustersRead.get(ctx);
    if (!cached) {
        cached = readClusters(ctx, target.environment);
        clustersRead.set(ctx, cached);
        // A failed read is not kept: the next operation asks again.
        cached.catch(() => clustersRead.delete(ctx));
    }
    return cached;
}
const clustersRead = new WeakMap();
async function readClusters(ctx, environment) {
    const { sdk, eks } = await eksOf(ctx);
    const names = [];
    let nextToken;
    do {
        const page = await call("listing EKS clusters", () => eks.send(new sdk.ListClustersCommand({ ...(nextToken && { nextToken }) })));
        names.push(...(page.clusters ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    const described = await Promise.all(names.map((n) => describeCluster(ctx, n)));
    return described.filter((c) => c?.tags?.[OWNER_TAG_ENVIRONMENT] === environment);
}
/**
 * Polls `read` until its status is `ready`; a status in `failed` ends the wait with an error, and
 * so does the resource disappearing. Progress is printed as the wait begins and while it lasts.
 */
export async function waitForStatus(ctx, what, ready, failed, read) {
    ctx.progress?.(`waiting for ${what} to become ${ready} (EKS takes 10-15 minutes)`);
    return waitFor(ctx.clock, `${what} to become ${ready}`, async () => {
        const got = await read();
        if (!got)
            throw new ProviderOperationError("NotFound", `${what} disappeared while waiting for ${ready}`);
        if (got.status !== undefined && failed.includes(got.status))
            throw new ProviderOperationError("Failed", `${what} is ${got.status}, not ${ready}`);
        return got.status === ready ? got : undefined;
    });
}
/** Polls until `read` finds nothing, with progress lines. */
export async function waitGone(ctx, what, read) {
    ctx.progress?.(`waiting for ${what} to be deleted`);
    await waitFor(ctx.clock, `${what} to be deleted`, async () => (await read()) === undefined ? true : undefined);
}
/** Sets a cluster's or node group's tags to what an update by `op` writes (see tagChanges). */
export async function convergeEksTags(ctx, arn, current, op, extra) {
    const { sdk, eks } = await eksOf(ctx);
    const { set, remove } = tagChanges(current ?? {}, op, extra);
    if (remove.length === 0 && Object.keys(set).length === 0)
        return;
    if (!arn)
        throw new ProviderOperationError("InvalidResponse", `EKS did not say the ARN of ${op.id}`);
    if (remove.length > 0)
        await call(`removing tags from ${op.address}`, () => eks.send(new sdk.UntagResourceCommand({ resourceArn: arn, tagKeys: remove })));
    if (Object.keys(set).length > 0)
        await call(`tagging ${op.address}`, () => eks.send(new sdk.TagResourceCommand({ resourceArn: arn, tags: set })));
}

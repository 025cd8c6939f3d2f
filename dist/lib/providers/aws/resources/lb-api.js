/**
 * The ELBv2 pieces `aws_lb` (lb.ts) is built on: the SDK loaded on first use (a plan of a spec
 * without load balancers never loads it), bulk and single reads with their tags, the
 * deterministic name a create's token gives, and a description in the spec's names.
 */
import { importOptional } from "../../../optional-module.js";
import { createHash } from "node:crypto";
import { OWNER_TAG_ENVIRONMENT } from "../../provider.js";
import { nameFromAddress } from "../attributes.js";
import { errorCode, toProviderError } from "../errors.js";
import { live } from "../live-state.js";
import { allPages } from "../reads.js";
import { tagMap } from "../tags.js";
/** ELBv2 caps these: 400 load balancers a page, 20 ARNs a DescribeTags. */
const PAGE_SIZE = 400;
const TAGS_BATCH = 20;
export const DELETION_PROTECTION = "deletion_protection.enabled";
export async function elbv2(ctx) {
    const sdk = await importOptional("aws", () => import("@aws-sdk/client-elastic-load-balancing-v2"));
    const client = ctx.client("ELASTIC_LOAD_BALANCING_V2", (config) => new sdk.ElasticLoadBalancingV2Client(config));
    return { sdk, client };
}
export function isLbNotFound(e) {
    const code = errorCode(e);
    return code === "LoadBalancerNotFoundException" || code === "LoadBalancerNotFound";
}
/**
 * A name at most 32 characters of `[a-zA-Z0-9-]`, neither starting nor ending with a hyphen nor
 * starting with `internal-` (ELBv2's rules): the address for people, a hash of the token so that
 * a retry finds its first attempt and a replacement never meets the resource it replaces.
 */
export function lbName(address, token) {
    const suffix = createHash("sha256").update(token).digest("hex").slice(0, 10);
    let slug = nameFromAddress(address)
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-+/, "");
    if (slug === "" || /^internal-/i.test(slug))
        slug = `lb-${slug}`;
    slug = slug.slice(0, 32 - 1 - suffix.length).replace(/-+$/, "");
    return `${slug}-${suffix}`;
}
/** Tags of `arns`, 20 a call, by ARN. A load balancer deleted meanwhile has none. */
async function tagsOf(elb, arns) {
    const out = new Map();
    for (let k = 0; k < arns.length; k += TAGS_BATCH) {
        const r = await elb.client
            .send(new elb.sdk.DescribeTagsCommand({ ResourceArns: arns.slice(k, k + TAGS_BATCH) }))
            .catch((e) => {
            if (isLbNotFound(e))
                return { TagDescriptions: [] };
            throw toProviderError(e, "reading load balancer tags");
        });
        for (const d of r.TagDescriptions ?? [])
            if (d.ResourceArn)
                out.set(d.ResourceArn, d.Tags ?? []);
    }
    return out;
}
function withTags(lbs, tags) {
    return lbs.flatMap((lb) => {
        const t = lb.LoadBalancerArn ? tags.get(lb.LoadBalancerArn) : undefined;
        return t
            ? [{ id: lb.LoadBalancerArn, name: lb.LoadBalancerName, tags: tagMap(t), resource: { lb, tags: t } }]
            : [];
    });
}
/**
 * The region's load balancers that carry the environment's tag. ELBv2 filters on nothing but
 * names and ARNs, so this is one paged Describe and one DescribeTags per 20: calls grow with the
 * region's load balancers over 20, never one per resource.
 */
export async function listLoadBalancers(elb, environment) {
    const lbs = await allPages("load balancers", async (marker) => {
        const r = await elb.client.send(new elb.sdk.DescribeLoadBalancersCommand({ PageSize: PAGE_SIZE, ...(marker && { Marker: marker }) }));
        return { items: r.LoadBalancers, next: r.NextMarker };
    });
    const tags = await tagsOf(elb, lbs.flatMap((lb) => lb.LoadBalancerArn ?? []));
    return withTags(lbs, tags).filter((f) => f.tags[OWNER_TAG_ENVIRONMENT] === environment);
}
/** The load balancers with these ARNs or these names (one of the two), with their tags. */
export async function describeLoadBalancers(elb, by) {
    let lbs;
    try {
        lbs = (await elb.client.send(new elb.sdk.DescribeLoadBalancersCommand(by))).LoadBalancers ?? [];
    }
    catch (e) {
        if (isLbNotFound(e))
            return [];
        throw toProviderError(e, `reading load balancer ${Object.values(by).flat().join(", ")}`);
    }
    return withTags(lbs, await tagsOf(elb, lbs.flatMap((lb) => lb.LoadBalancerArn ?? [])));
}
export async function deletionProtection(elb, arn) {
    try {
        const r = await elb.client.send(new elb.sdk.DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }));
        return r.Attributes?.find((a) => a.Key === DELETION_PROTECTION)?.Value === "true";
    }
    catch (e) {
        throw toProviderError(e, `reading the attributes of ${arn}`);
    }
}
export function loadBalancerLive(s, protectedFromDeletion) {
    const { lb } = s;
    // Order means nothing to ELBv2; sorted ids keep live state deterministic.
    const subnets = (lb.AvailabilityZones ?? []).flatMap((z) => z.SubnetId ?? []).sort();
    const resource = live("aws_lb", lb.LoadBalancerArn, s.tags, {
        load_balancer_type: lb.Type ?? "application",
        internal: lb.Scheme === "internal",
        subnets,
        security_groups: [...(lb.SecurityGroups ?? [])].sort(),
        enable_deletion_protection: protectedFromDeletion,
    });
    return resource && lb.State?.Code === "failed" ? { ...resource, state: "failed" } : resource;
}

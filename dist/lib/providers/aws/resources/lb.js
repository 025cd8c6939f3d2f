/**
 * `aws_lb`: an ELBv2 load balancer, an optional handler whose SDK loads only when a spec uses
 * the type or the tagging API finds one in the environment (discover.ts). The create carries its
 * tags and a name derived from its token, so a retry finds its first attempt by name; it waits
 * until active. Security groups, subnets and deletion protection change in place.
 */
import { ProviderOperationError } from "../../provider.js";
import { bool, str, strings } from "../attributes.js";
import { call } from "../context.js";
import { toProviderError } from "../errors.js";
import { ownershipChanges, ownedTags, tagValue, UNSET_TAG, unsetPaths, userTags, writableTags, } from "../tags.js";
import { waitFor } from "../../waiting.js";
import { DELETION_PROTECTION, deletionProtection, describeLoadBalancers, elbv2, isLbNotFound, lbName, listLoadBalancers, loadBalancerLive, } from "./lb-api.js";
export const loadBalancer = {
    type: "aws_lb",
    optional: true,
    taggingType: "elasticloadbalancing:loadbalancer",
    // The name comes from the token: whatever sits at it and is not this create's is refused.
    tokenIn: "name",
    async list(ctx, target) {
        return listLoadBalancers(await elbv2(ctx), target.environment);
    },
    async live(ctx, owned) {
        // ELBv2 has no bulk read of attributes: one call per load balancer, and environments hold few.
        const elb = await elbv2(ctx);
        const protection = await Promise.all(owned.map((f) => deletionProtection(elb, f.id)));
        return owned.flatMap((f, k) => loadBalancerLive(f.resource, protection[k]) ?? []);
    },
    async read(ctx, id) {
        return (await describeLoadBalancers(await elbv2(ctx), { LoadBalancerArns: [id] }))[0];
    },
    async findByToken(ctx, op) {
        return describeLoadBalancers(await elbv2(ctx), { Names: [lbName(op.address, op.token)] });
    },
    async create(ctx, op, earlier) {
        const elb = await elbv2(ctx);
        const a = op.attributes;
        let arn = earlier?.id;
        if (arn === undefined) {
            const groups = strings(a, "security_groups");
            const r = await call(`creating ${op.address}`, () => elb.client.send(new elb.sdk.CreateLoadBalancerCommand({
                Name: lbName(op.address, op.token),
                Type: (str(a, "load_balancer_type") ?? "application"),
                Scheme: bool(a, "internal", false) ? "internal" : "internet-facing",
                Subnets: strings(a, "subnets"),
                ...(groups.length > 0 && { SecurityGroups: groups }),
                // An application load balancer made without groups gets the VPC's default group,
                // which the spec never named: live state leaves it out (UNSET_TAG).
                Tags: elbTags(ownedTags(op, groups.length === 0 ? { [UNSET_TAG]: "security_groups" } : {})),
            })));
            arn = r.LoadBalancers?.[0]?.LoadBalancerArn;
            if (!arn)
                throw new ProviderOperationError("InvalidResponse", `CreateLoadBalancer for ${op.address} returned no ARN`);
        }
        ctx.progress?.(`${op.address}: waiting for ${arn} to become active`);
        const lbArn = arn;
        await waitFor(ctx.clock, `${op.address} (${arn}) to become active`, async () => {
            const lb = (await describeLoadBalancers(elb, { LoadBalancerArns: [lbArn] }))[0]?.resource.lb;
            const state = lb?.State?.Code;
            if (state === "failed") {
                throw new ProviderOperationError("LoadBalancerFailed", `${lbArn} failed${lb?.State?.Reason ? `: ${lb.State.Reason}` : ""}`);
            }
            return state === "active" || state === "active_impaired" ? true : undefined;
        });
        await setDeletionProtection(elb, arn, bool(a, "enable_deletion_protection", false));
        return arn;
    },
    async update(ctx, op, current) {
        const elb = await elbv2(ctx);
        const { lb } = current.resource;
        const a = op.attributes;
        const same = (x, y) => [...x].sort().join() === [...y].sort().join();
        const groups = strings(a, "security_groups");
        const groupsLeftToAws = groups.length === 0 && unsetPaths(current.resource.tags).has("security_groups");
        if (!groupsLeftToAws && !same(groups, lb.SecurityGroups ?? [])) {
            await call(`changing the security groups of ${op.id}`, () => elb.client.send(new elb.sdk.SetSecurityGroupsCommand({ LoadBalancerArn: op.id, SecurityGroups: groups })));
        }
        const subnets = strings(a, "subnets");
        const haveSubnets = (lb.AvailabilityZones ?? []).flatMap((z) => z.SubnetId ?? []);
        if (subnets.length > 0 && !same(subnets, haveSubnets)) {
            await call(`changing the subnets of ${op.id}`, () => elb.client.send(new elb.sdk.SetSubnetsCommand({ LoadBalancerArn: op.id, Subnets: subnets })));
        }
        await setDeletionProtection(elb, op.id, bool(a, "enable_deletion_protection", false));
        await convergeLbTags(elb, current, op, groupsLeftToAws ? "security_groups" : undefined);
    },
    async delete(ctx, _target, { id, address }) {
        const elb = await elbv2(ctx);
        // ELBv2 refuses too, but not every implementation does: the spec must turn it off first.
        if (await deletionProtection(elb, id)) {
            throw new ProviderOperationError("DeletionProtected", `${address} (${id}) has deletion protection on; set enable_deletion_protection: false and apply before removing it`);
        }
        try {
            await elb.client.send(new elb.sdk.DeleteLoadBalancerCommand({ LoadBalancerArn: id }));
        }
        catch (e) {
            if (isLbNotFound(e))
                return;
            throw toProviderError(e, `deleting ${id}`);
        }
        ctx.progress?.(`${address}: waiting for ${id} to be deleted`);
        await waitFor(ctx.clock, `${id} to be deleted`, async () => (await describeLoadBalancers(elb, { LoadBalancerArns: [id] })).length === 0 ? true : undefined);
    },
};
/** Deletion protection on or off, written only when it differs. */
async function setDeletionProtection(elb, arn, want) {
    if ((await deletionProtection(elb, arn)) === want)
        return;
    await call(`turning deletion protection ${want ? "on" : "off"} on ${arn}`, () => elb.client.send(new elb.sdk.ModifyLoadBalancerAttributesCommand({
        LoadBalancerArn: arn,
        Attributes: [{ Key: DELETION_PROTECTION, Value: String(want) }],
    })));
}
/** User tags exactly the operation's, ownership tags as an update by its repository keeps them. */
async function convergeLbTags(elb, current, op, unset) {
    const tags = current.resource.tags;
    const have = userTags(tags);
    const want = writableTags(op.tags);
    const ownership = ownershipChanges(tags, op.target, op.address);
    const unsetNow = tagValue(tags, UNSET_TAG);
    const add = [
        ...ownership.set,
        ...Object.entries(want)
            .filter(([k, v]) => have[k] !== v)
            .map(([Key, Value]) => ({ Key, Value })),
        ...(unset !== undefined && unset !== unsetNow ? [{ Key: UNSET_TAG, Value: unset }] : []),
    ];
    const remove = [
        ...ownership.remove.map((t) => t.Key),
        ...Object.keys(have).filter((k) => !(k in want)),
        ...(unset === undefined && unsetNow !== undefined ? [UNSET_TAG] : []),
    ];
    if (remove.length > 0) {
        await call(`removing tags from ${current.id}`, () => elb.client.send(new elb.sdk.RemoveTagsCommand({ ResourceArns: [current.id], TagKeys: remove })));
    }
    if (add.length > 0) {
        await call(`tagging ${current.id}`, () => elb.client.send(new elb.sdk.AddTagsCommand({ ResourceArns: [current.id], Tags: elbTags(add) })));
    }
}
function elbTags(tags) {
    return tags.map((t) => ({ Key: t.Key ?? "", Value: t.Value ?? "" }));
}

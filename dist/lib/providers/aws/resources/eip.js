/**
 * `aws_eip`: AllocateAddress with its tags, found again by its token tag (EC2 takes no token
 * here), associated with its instance, disassociated from it and released on delete. The id is
 * the allocation id, what a NAT gateway's `allocation` names.
 */
import { AllocateAddressCommand, AssociateAddressCommand, DescribeAddressesCommand, DisassociateAddressCommand, ReleaseAddressCommand, } from "@aws-sdk/client-ec2";
import { str } from "../attributes.js";
import { byToken, call, convergeTags, createdId, describeOne, retryWhileBusy, found, } from "../context.js";
import { isNotFound, toProviderError } from "../errors.js";
import { live } from "../live-state.js";
import { environmentFilter, ownedTags, tagSpec, TOKEN_TAG } from "../tags.js";
export const eip = {
    type: "aws_eip",
    // Listed when the spec names the type or the tagging API finds one (see dispatch.ts). moto's
    // tagging API does not report Elastic IPs, so there only a spec naming the type lists them.
    optional: true,
    taggingType: "ec2:elastic-ip",
    async list(ctx, target) {
        // DescribeAddresses has no pages: a region holds few addresses (5 by default).
        const r = await call("reading Elastic IPs", () => ctx.ec2.send(new DescribeAddressesCommand({ Filters: [environmentFilter(target.environment)] })));
        return (r.Addresses ?? []).flatMap((a) => (idOf(a) ? [found(idOf(a), a)] : []));
    },
    async live(_ctx, owned) {
        return owned.flatMap((a) => addressLive(a.resource) ?? []);
    },
    async read(ctx, id) {
        const a = await describeAddress(ctx, id);
        return a && found(id, a);
    },
    findByToken(ctx, op) {
        return byToken(op, idOf, async (Filters) => (await ctx.ec2.send(new DescribeAddressesCommand({ Filters }))).Addresses);
    },
    async create(ctx, op, earlier) {
        let address = earlier?.resource;
        if (!address) {
            const r = await call(`allocating ${op.address}`, () => ctx.ec2.send(new AllocateAddressCommand({
                Domain: (str(op.attributes, "domain") ?? "vpc"),
                TagSpecifications: [tagSpec("elastic-ip", ownedTags(op, { [TOKEN_TAG]: op.token }))],
            })));
            address = { AllocationId: r.AllocationId, PublicIp: r.PublicIp, Domain: r.Domain };
        }
        const id = createdId(idOf(address), "AllocateAddress", op);
        await associate(ctx, id, address, str(op.attributes, "instance"));
        return id;
    },
    async update(ctx, op, current) {
        await associate(ctx, op.id, current.resource, str(op.attributes, "instance"));
        await convergeTags(ctx, op.id, current.resource.Tags, op);
    },
    async delete(ctx, _target, { id }, current) {
        await associate(ctx, id, current.resource, undefined);
        const release = () => ctx.ec2.send(new ReleaseAddressCommand(id.startsWith("eipalloc-") ? { AllocationId: id } : { PublicIp: id }));
        // A NAT gateway deleted just before keeps the address for a moment after it reports deleted.
        await retryWhileBusy(ctx, "InvalidIPAddress.InUse", `releasing ${id}`, `${id} to be released`, release);
    },
};
export function addressLive(a) {
    const instance = instanceOf(a);
    return live("aws_eip", idOf(a), a.Tags, {
        domain: a.Domain ?? "vpc",
        ...(instance !== undefined && { instance }),
    });
}
/** The allocation id; a classic (`standard`) address has none and is known by its IP. */
function idOf(a) {
    return a.AllocationId || a.PublicIp || undefined;
}
/** The instance the address is associated with; EC2 (and moto) may send an empty string. */
function instanceOf(a) {
    return a.InstanceId || undefined;
}
/**
 * Moves the address to `want` (or off any instance when undefined). An association with
 * something other than an instance (a NAT gateway's interface) is never undone here: that
 * resource owns it, and EC2 refuses to associate over it without AllowReassociation.
 */
async function associate(ctx, id, a, want) {
    const have = instanceOf(a);
    if (have === want)
        return;
    if (have !== undefined && a.AssociationId) {
        try {
            await ctx.ec2.send(new DisassociateAddressCommand({ AssociationId: a.AssociationId }));
        }
        catch (e) {
            if (!isNotFound(e))
                throw toProviderError(e, `disassociating ${id} from ${have}`);
        }
    }
    if (want !== undefined) {
        await call(`associating ${id} with ${want}`, () => ctx.ec2.send(new AssociateAddressCommand(id.startsWith("eipalloc-")
            ? { AllocationId: id, InstanceId: want }
            : { PublicIp: id, InstanceId: want })));
    }
}
function describeAddress(ctx, id) {
    return describeOne(id, async () => (await ctx.ec2.send(new DescribeAddressesCommand(id.startsWith("eipalloc-") ? { AllocationIds: [id] } : { PublicIps: [id] }))).Addresses?.[0]);
}

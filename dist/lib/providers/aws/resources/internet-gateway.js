/**
 * `aws_internet_gateway`: CreateInternetGateway, found again by its token tag, attached to its
 * VPC after the create (EC2 takes no VPC in the create) and detached before it is deleted.
 */
import { AttachInternetGatewayCommand, CreateInternetGatewayCommand, DeleteInternetGatewayCommand, DescribeInternetGatewaysCommand, DetachInternetGatewayCommand, } from "@aws-sdk/client-ec2";
import { str } from "../attributes.js";
import { byToken, call, convergeTags, createdId, deleteWhenFree, describeOne, found, } from "../context.js";
import { errorCode, isNotFound, toProviderError } from "../errors.js";
import { live } from "../live-state.js";
import { PAGE_SIZE, allPages } from "../reads.js";
import { environmentFilter, ownedTags, tagSpec, TOKEN_TAG } from "../tags.js";
export const internetGateway = {
    type: "aws_internet_gateway",
    // Listed when the spec names the type or the tagging API finds one (see dispatch.ts).
    optional: true,
    taggingType: "ec2:internet-gateway",
    async list(ctx, target) {
        const gateways = await allPages("internet gateways", async (NextToken) => {
            const r = await ctx.ec2.send(new DescribeInternetGatewaysCommand({
                Filters: [environmentFilter(target.environment)],
                MaxResults: PAGE_SIZE,
                NextToken,
            }));
            return { items: r.InternetGateways, next: r.NextToken };
        });
        return gateways.map((g) => found(g.InternetGatewayId, g));
    },
    async live(_ctx, owned) {
        return owned.flatMap((g) => gatewayLive(g.resource) ?? []);
    },
    async read(ctx, id) {
        const g = await describeGateway(ctx, id);
        return g && found(id, g);
    },
    findByToken(ctx, op) {
        return byToken(op, (g) => g.InternetGatewayId, async (Filters) => (await ctx.ec2.send(new DescribeInternetGatewaysCommand({ Filters }))).InternetGateways);
    },
    async create(ctx, op, earlier) {
        const made = earlier?.resource ??
            (await call(`creating ${op.address}`, () => ctx.ec2.send(new CreateInternetGatewayCommand({
                TagSpecifications: [tagSpec("internet-gateway", ownedTags(op, { [TOKEN_TAG]: op.token }))],
            })))).InternetGateway;
        const id = createdId(made?.InternetGatewayId, "CreateInternetGateway", op);
        // An earlier attempt may have stopped between the create and the attach.
        await attachTo(ctx, id, attachedVpcs(made ?? {}), str(op.attributes, "vpc"));
        return id;
    },
    async update(ctx, op, current) {
        await attachTo(ctx, op.id, attachedVpcs(current.resource), str(op.attributes, "vpc"));
        await convergeTags(ctx, op.id, current.resource.Tags, op);
    },
    async delete(ctx, _target, { id }, current) {
        // A gateway still attached cannot be deleted.
        await attachTo(ctx, id, attachedVpcs(current.resource), undefined);
        await deleteWhenFree(ctx, id, () => ctx.ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId: id })));
    },
};
export function gatewayLive(g) {
    const vpc = attachedVpcs(g)[0];
    return live("aws_internet_gateway", g.InternetGatewayId, g.Tags, {
        ...(vpc !== undefined && { vpc }),
    });
}
/** VPCs the gateway is attached to or being attached to (a detaching one no longer counts). */
function attachedVpcs(g) {
    return (g.Attachments ?? [])
        .filter((a) => a.VpcId && a.State !== "detaching" && a.State !== "detached")
        .map((a) => a.VpcId);
}
/** Detaches every VPC but `want`, then attaches `want` if it is not attached yet. */
async function attachTo(ctx, id, attached, want) {
    for (const vpc of attached.filter((v) => v !== want)) {
        try {
            await ctx.ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: id, VpcId: vpc }));
        }
        catch (e) {
            // Detached already (by someone else, or by an earlier attempt of this delete).
            if (isNotFound(e) || errorCode(e) === "Gateway.NotAttached")
                continue;
            throw toProviderError(e, `detaching ${id} from ${vpc}`);
        }
    }
    if (want !== undefined && !attached.includes(want)) {
        await call(`attaching ${id} to ${want}`, () => ctx.ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: id, VpcId: want })));
    }
}
function describeGateway(ctx, id) {
    return describeOne(id, async () => (await ctx.ec2.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: [id] })))
        .InternetGateways?.[0]);
}

/**
 * `aws_nat_gateway`: CreateNatGateway in its subnet with its Elastic IP, waited on until
 * available; a delete waits until it is deleted, so that releasing its address next succeeds.
 * Every property is fixed at create, so an update only converges tags.
 */
import { CreateNatGatewayCommand, DeleteNatGatewayCommand, DescribeNatGatewaysCommand, } from "@aws-sdk/client-ec2";
import { ProviderOperationError } from "../../provider.js";
import { str } from "../attributes.js";
import { byToken, call, convergeTags, createdId, deleteAndWait, describeOne, found, } from "../context.js";
import { live } from "../live-state.js";
import { PAGE_SIZE, allPages } from "../reads.js";
import { environmentFilter, ownedTags, tagSpec, TOKEN_TAG } from "../tags.js";
import { waitFor } from "../../waiting.js";
/** States in which a gateway still exists; `deleting` ones are on their way out. */
const LIVE_STATES = ["pending", "available", "failed"];
export const natGateway = {
    type: "aws_nat_gateway",
    // Listed when the spec names the type or the tagging API finds one (see dispatch.ts).
    optional: true,
    taggingType: "ec2:natgateway",
    async list(ctx, target) {
        const gateways = await allPages("NAT gateways", async (NextToken) => {
            const r = await ctx.ec2.send(new DescribeNatGatewaysCommand({
                Filter: [environmentFilter(target.environment), { Name: "state", Values: LIVE_STATES }],
                MaxResults: PAGE_SIZE,
                NextToken,
            }));
            return { items: r.NatGateways, next: r.NextToken };
        });
        return gateways.map((g) => found(g.NatGatewayId, g));
    },
    async live(_ctx, owned) {
        return owned.flatMap((g) => natGatewayLive(g.resource) ?? []);
    },
    async read(ctx, id) {
        const g = await describeGateway(ctx, id);
        return g && g.State !== "deleted" ? found(id, g) : undefined;
    },
    async findByToken(ctx, op) {
        // EC2 dedupes on ClientToken too, but only for a while and not in every implementation.
        return byToken(op, (g) => g.NatGatewayId, async (filters) => (await ctx.ec2.send(new DescribeNatGatewaysCommand({
            Filter: [...filters, { Name: "state", Values: ["pending", "available"] }],
        }))).NatGateways);
    },
    async create(ctx, op, earlier) {
        const allocation = str(op.attributes, "allocation");
        const id = earlier?.id ??
            createdId((await call(`creating ${op.address}`, () => ctx.ec2.send(new CreateNatGatewayCommand({
                SubnetId: str(op.attributes, "subnet"),
                ...(allocation !== undefined && { AllocationId: allocation }),
                ConnectivityType: (str(op.attributes, "connectivity_type") ?? "public"),
                ClientToken: op.token,
                TagSpecifications: [tagSpec("natgateway", ownedTags(op, { [TOKEN_TAG]: op.token }))],
            })))).NatGateway?.NatGatewayId, "CreateNatGateway", op);
        ctx.progress?.(`${op.address}: waiting for ${id} to become available`);
        await waitFor(ctx.clock, `${id} to become available`, async () => {
            const g = await describeGateway(ctx, id);
            if (g?.State === "failed" || g?.State === "deleted" || g?.State === "deleting") {
                throw new ProviderOperationError("NatGatewayFailed", `${id} is ${g.State}${g.FailureMessage ? `: ${g.FailureMessage}` : ""}`);
            }
            return g?.State === "available" ? g : undefined;
        });
        return id;
    },
    async update(ctx, op, current) {
        await convergeTags(ctx, op.id, current.resource.Tags, op);
    },
    async delete(ctx, _target, resource) {
        await deleteAndWait(ctx, resource, () => ctx.ec2.send(new DeleteNatGatewayCommand({ NatGatewayId: resource.id })), async () => {
            const g = await describeGateway(ctx, resource.id);
            return !g || g.State === "deleted";
        });
    },
};
export function natGatewayLive(g) {
    const connectivity = g.ConnectivityType ?? "public";
    // The primary address is the one the create named; secondary ones are not in the spec.
    const allocation = connectivity === "public"
        ? (g.NatGatewayAddresses?.find((a) => a.IsPrimary) ?? g.NatGatewayAddresses?.[0])?.AllocationId
        : undefined;
    const resource = live("aws_nat_gateway", g.NatGatewayId, g.Tags, {
        subnet: g.SubnetId ?? "",
        ...(allocation && { allocation }),
        connectivity_type: connectivity,
    });
    return resource && g.State === "failed" ? { ...resource, state: "failed" } : resource;
}
function describeGateway(ctx, id) {
    return describeOne(id, async () => (await ctx.ec2.send(new DescribeNatGatewaysCommand({ NatGatewayIds: [id] }))).NatGateways?.[0]);
}

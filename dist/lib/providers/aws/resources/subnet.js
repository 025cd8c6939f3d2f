/** `aws_subnet`: CreateSubnet, found again by its token tag; the zone is AWS's when left out. */
import { CreateSubnetCommand, DeleteSubnetCommand, DescribeSubnetsCommand, ModifySubnetAttributeCommand, } from "@aws-sdk/client-ec2";
import { bool, str } from "../attributes.js";
import { byToken, call, convergeTags, createdId, deleteWhenFree, describeOne, found, } from "../context.js";
import { subnetLive } from "../live-state.js";
import { listSubnets } from "../reads.js";
import { ownedTags, tagSpec, TOKEN_TAG, UNSET_TAG } from "../tags.js";
import { waitFor } from "../../waiting.js";
export const subnet = {
    type: "aws_subnet",
    // Listed when the spec names the type or the tagging API finds one (see dispatch.ts), so a
    // plan spends no call on a type the environment does not hold.
    optional: true,
    taggingType: "ec2:subnet",
    async list(ctx, target) {
        return (await listSubnets(ctx.ec2, target.environment)).map((s) => found(s.SubnetId, s));
    },
    async live(_ctx, owned) {
        return owned.flatMap((s) => subnetLive(s.resource) ?? []);
    },
    async read(ctx, id) {
        const s = await describeSubnet(ctx, id);
        return s && found(id, s);
    },
    findByToken(ctx, op) {
        return byToken(op, (s) => s.SubnetId, async (Filters) => (await ctx.ec2.send(new DescribeSubnetsCommand({ Filters }))).Subnets);
    },
    async create(ctx, op, earlier) {
        const zone = str(op.attributes, "availability_zone");
        const extra = {
            [TOKEN_TAG]: op.token,
            ...(zone === undefined && { [UNSET_TAG]: "availability_zone" }),
        };
        const id = earlier?.id ??
            createdId((await call(`creating ${op.address}`, () => ctx.ec2.send(new CreateSubnetCommand({
                VpcId: str(op.attributes, "vpc"),
                CidrBlock: str(op.attributes, "cidr_block"),
                ...(zone !== undefined && { AvailabilityZone: zone }),
                TagSpecifications: [tagSpec("subnet", ownedTags(op, extra))],
            })))).Subnet?.SubnetId, "CreateSubnet", op);
        const available = await waitFor(ctx.clock, `${id} to become available`, async () => {
            const s = await describeSubnet(ctx, id);
            return s?.State === "available" ? s : undefined;
        });
        await convergeSubnet(ctx, available, op);
        return id;
    },
    async update(ctx, op, current) {
        await convergeSubnet(ctx, current.resource, op);
        await convergeTags(ctx, op.id, current.resource.Tags, op);
    },
    async delete(ctx, _target, { id }) {
        await deleteWhenFree(ctx, id, () => ctx.ec2.send(new DeleteSubnetCommand({ SubnetId: id })));
    },
};
function describeSubnet(ctx, id) {
    return describeOne(id, async () => (await ctx.ec2.send(new DescribeSubnetsCommand({ SubnetIds: [id] }))).Subnets?.[0]);
}
async function convergeSubnet(ctx, s, op) {
    const want = bool(op.attributes, "map_public_ip_on_launch", false);
    if ((s.MapPublicIpOnLaunch ?? false) === want)
        return;
    await call(`setting map_public_ip_on_launch on ${s.SubnetId}`, () => ctx.ec2.send(new ModifySubnetAttributeCommand({ SubnetId: s.SubnetId, MapPublicIpOnLaunch: { Value: want } })));
}

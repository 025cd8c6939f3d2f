/** `aws_vpc`: CreateVpc, found again by its token tag; DNS settings are VPC attributes. */
import { CreateVpcCommand, DeleteVpcCommand, DescribeVpcAttributeCommand, DescribeVpcsCommand, ModifyVpcAttributeCommand, } from "@aws-sdk/client-ec2";
import { bool, str } from "../attributes.js";
import { call, convergeTags, createdId, deleteWhenFree, describeOne, found, tokenFilters, } from "../context.js";
import { vpcLive } from "../live-state.js";
import { listVpcs } from "../reads.js";
import { ownedTags, tagSpec, TOKEN_TAG } from "../tags.js";
import { waitFor } from "../../waiting.js";
export const vpc = {
    type: "aws_vpc",
    // Listed when the spec names the type or the tagging API finds one (see dispatch.ts), so a
    // plan spends no call on a type the environment does not hold.
    optional: true,
    taggingType: "ec2:vpc",
    async list(ctx, target) {
        return (await listVpcs(ctx.ec2, target.environment)).map((v) => found(v.VpcId, v));
    },
    async live(ctx, owned) {
        // Two calls per VPC: EC2 has no bulk read of DNS settings, and environments hold few VPCs.
        // Recording the settings on the VPC instead would hide a change made behind Plagentic's back.
        const dns = await Promise.all(owned.map((v) => vpcDns(ctx, v.id)));
        return owned.flatMap((v, k) => vpcLive(v.resource, dns[k]) ?? []);
    },
    async read(ctx, id) {
        const v = await describeVpc(ctx, id);
        return v && found(id, v);
    },
    async findByToken(ctx, op) {
        const r = await call(`looking for an earlier attempt at ${op.type}`, () => ctx.ec2.send(new DescribeVpcsCommand({ Filters: tokenFilters(op) })));
        return (r.Vpcs ?? []).map((v) => found(v.VpcId, v));
    },
    async create(ctx, op, earlier) {
        const id = earlier?.id ??
            createdId((await call(`creating ${op.address}`, () => ctx.ec2.send(new CreateVpcCommand({
                CidrBlock: str(op.attributes, "cidr_block"),
                InstanceTenancy: (str(op.attributes, "instance_tenancy") ?? "default"),
                TagSpecifications: [tagSpec("vpc", ownedTags(op, { [TOKEN_TAG]: op.token }))],
            })))).Vpc?.VpcId, "CreateVpc", op);
        await waitFor(ctx.clock, `${id} to become available`, async () => {
            const v = await describeVpc(ctx, id);
            return v?.State === "available" ? v : undefined;
        });
        await convergeVpc(ctx, id, op);
        return id;
    },
    async update(ctx, op, current) {
        await convergeVpc(ctx, op.id, op);
        await convergeTags(ctx, op.id, current.resource.Tags, op);
    },
    async delete(ctx, _target, { id }) {
        await deleteWhenFree(ctx, id, () => ctx.ec2.send(new DeleteVpcCommand({ VpcId: id })));
    },
};
function describeVpc(ctx, id) {
    return describeOne(id, async () => (await ctx.ec2.send(new DescribeVpcsCommand({ VpcIds: [id] }))).Vpcs?.[0]);
}
async function vpcDns(ctx, id) {
    const [support, hostnames] = await Promise.all([
        call(`reading DNS support of ${id}`, () => ctx.ec2.send(new DescribeVpcAttributeCommand({ VpcId: id, Attribute: "enableDnsSupport" }))),
        call(`reading DNS hostnames of ${id}`, () => ctx.ec2.send(new DescribeVpcAttributeCommand({ VpcId: id, Attribute: "enableDnsHostnames" }))),
    ]);
    return {
        support: support.EnableDnsSupport?.Value ?? true,
        hostnames: hostnames.EnableDnsHostnames?.Value ?? false,
    };
}
async function convergeVpc(ctx, id, op) {
    const dns = await vpcDns(ctx, id);
    const support = bool(op.attributes, "enable_dns_support", true);
    const hostnames = bool(op.attributes, "enable_dns_hostnames", false);
    // One attribute per call, and hostnames need support on first (and off last).
    if (support && !dns.support)
        await setVpcAttribute(ctx, id, "EnableDnsSupport", true);
    if (hostnames !== dns.hostnames)
        await setVpcAttribute(ctx, id, "EnableDnsHostnames", hostnames);
    if (!support && dns.support)
        await setVpcAttribute(ctx, id, "EnableDnsSupport", false);
}
function setVpcAttribute(ctx, id, attribute, value) {
    return call(`setting ${attribute} on ${id}`, () => ctx.ec2.send(new ModifyVpcAttributeCommand({ VpcId: id, [attribute]: { Value: value } })));
}

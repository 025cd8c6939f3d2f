/**
 * `aws_security_group`: CreateSecurityGroup, found again by its token tag, then its rules made
 * exactly the spec's.
 */
import { AuthorizeSecurityGroupEgressCommand, AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, DeleteSecurityGroupCommand, DescribeSecurityGroupsCommand, RevokeSecurityGroupEgressCommand, RevokeSecurityGroupIngressCommand, } from "@aws-sdk/client-ec2";
import { nameFromAddress, str } from "../attributes.js";
import { byToken, call, convergeTags, createdId, deleteWhenFree, describeOne, found, } from "../context.js";
import { securityGroupLive } from "../live-state.js";
import { listSecurityGroups } from "../reads.js";
import { ruleChanges, rulesFromValue } from "../rules.js";
import { ownedTags, tagSpec, TOKEN_TAG, UNSET_TAG } from "../tags.js";
import { waitFor } from "../../waiting.js";
export const securityGroup = {
    type: "aws_security_group",
    // Listed when the spec names the type or the tagging API finds one (see dispatch.ts), so a
    // plan spends no call on a type the environment does not hold.
    optional: true,
    taggingType: "ec2:security-group",
    async list(ctx, target) {
        return (await listSecurityGroups(ctx.ec2, target.environment)).map((g) => found(g.GroupId, g));
    },
    async live(_ctx, owned) {
        return owned.flatMap((g) => securityGroupLive(g.resource) ?? []);
    },
    async read(ctx, id) {
        const g = await describeGroup(ctx, id);
        return g && found(id, g);
    },
    findByToken(ctx, op) {
        return byToken(op, (g) => g.GroupId, async (Filters) => (await ctx.ec2.send(new DescribeSecurityGroupsCommand({ Filters }))).SecurityGroups);
    },
    async create(ctx, op, earlier) {
        const vpc = str(op.attributes, "vpc");
        const extra = {
            [TOKEN_TAG]: op.token,
            ...(vpc === undefined && { [UNSET_TAG]: "vpc" }),
        };
        const id = earlier?.id ??
            createdId((await call(`creating ${op.address}`, () => ctx.ec2.send(new CreateSecurityGroupCommand({
                GroupName: groupName(op),
                Description: str(op.attributes, "description") ?? "Managed by Plagentic",
                ...(vpc !== undefined && { VpcId: vpc }),
                TagSpecifications: [tagSpec("security-group", ownedTags(op, extra))],
            })))).GroupId, "CreateSecurityGroup", op);
        const group = await waitFor(ctx.clock, `${id} to be visible`, () => describeGroup(ctx, id));
        await convergeRules(ctx, group, op);
        return id;
    },
    async update(ctx, op, current) {
        await convergeRules(ctx, current.resource, op);
        await convergeTags(ctx, op.id, current.resource.Tags, op);
    },
    async delete(ctx, _target, { id }) {
        await deleteWhenFree(ctx, id, () => ctx.ec2.send(new DeleteSecurityGroupCommand({ GroupId: id })));
    },
};
function describeGroup(ctx, id) {
    return describeOne(id, async () => (await ctx.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [id] }))).SecurityGroups?.[0]);
}
/**
 * Group names must be unique per VPC and cannot be changed, so the name carries the create's
 * token: a replacement made before its predecessor is deleted gets a name of its own.
 */
function groupName(op) {
    const raw = `plagentic-${op.target.environment}-${nameFromAddress(op.address)}-${op.token.slice(0, 8)}`;
    return raw.slice(0, 255);
}
/**
 * Revokes what the spec does not list, then authorises what is missing. This also removes the
 * allow-all egress rule AWS adds to every new group unless the spec asks for it.
 */
async function convergeRules(ctx, group, op) {
    const GroupId = group.GroupId;
    const ingress = ruleChanges(group.IpPermissions, rulesFromValue(op.attributes["ingress"]));
    const egress = ruleChanges(group.IpPermissionsEgress, rulesFromValue(op.attributes["egress"]));
    if (ingress.revoke.length > 0)
        await call(`revoking ingress rules of ${GroupId}`, () => ctx.ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId, IpPermissions: ingress.revoke })));
    if (egress.revoke.length > 0)
        await call(`revoking egress rules of ${GroupId}`, () => ctx.ec2.send(new RevokeSecurityGroupEgressCommand({ GroupId, IpPermissions: egress.revoke })));
    if (ingress.authorize.length > 0)
        await call(`authorizing ingress rules of ${GroupId}`, () => ctx.ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: ingress.authorize })));
    if (egress.authorize.length > 0)
        await call(`authorizing egress rules of ${GroupId}`, () => ctx.ec2.send(new AuthorizeSecurityGroupEgressCommand({ GroupId, IpPermissions: egress.authorize })));
}

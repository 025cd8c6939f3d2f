/**
 * `aws_instance`: RunInstances with the create's token as ClientToken (EC2 dedupes a retry), its
 * root volume tagged with the instance's identity so that one bulk read finds every root volume.
 */
import { CreateTagsCommand, DescribeInstancesCommand, DescribeVolumesCommand, ModifyInstanceAttributeCommand, ModifyInstanceMetadataOptionsCommand, ModifyVolumeCommand, RunInstancesCommand, StartInstancesCommand, StopInstancesCommand, TerminateInstancesCommand, } from "@aws-sdk/client-ec2";
import { OWNER_TAG_ENVIRONMENT, ProviderOperationError } from "../../provider.js";
import { bool, object, str, strings } from "../attributes.js";
import { call, convergeTags, createdId, describeOne, found, } from "../context.js";
import { isNotFound, toProviderError } from "../errors.js";
import { instanceLive, rootVolumeId } from "../live-state.js";
import { ec2Pollers } from "../pollers.js";
import { listInstances, listVolumes } from "../reads.js";
import { ownedTags, tagSpec, tagValue, UNSET_TAG, unsetPaths, volumeTags, writableTags } from "../tags.js";
import { instanceUnset, metadataOptions, rootDeviceMapping } from "./instance-input.js";
export const instance = {
    type: "aws_instance",
    // Listed when the spec names the type or the tagging API finds one (see dispatch.ts), so a
    // plan spends no call on a type the environment does not hold.
    optional: true,
    taggingType: "ec2:instance",
    // Only visible while the instance runs (a stopped instance loses its public IP), so reading it
    // back would report drift, and force a replacement, on every stop.
    writeOnly: ["associate_public_ip_address"],
    async list(ctx, target) {
        return (await listInstances(ctx.ec2, target.environment)).map((i) => found(i.InstanceId, i));
    },
    async live(ctx, owned, target) {
        // One bulk read of the environment's root volumes, when any instance reports its own.
        const needVolumes = owned.some((i) => !unsetPaths(i.resource.Tags).has("root_block_device"));
        const volumes = needVolumes ? await listVolumes(ctx.ec2, target.environment) : [];
        const volumeById = new Map(volumes.map((v) => [v.VolumeId, v]));
        return owned.flatMap((i) => instanceLive(i.resource, volumeById) ?? []);
    },
    async read(ctx, id) {
        const i = await describeInstance(ctx, id);
        return i && i.State?.Name !== "terminated" ? found(id, i) : undefined;
    },
    async readBack(ctx, { resource: i }) {
        return instanceLive(i, await instanceVolumes(ctx, i));
    },
    async create(ctx, op) {
        const a = op.attributes;
        const subnet = str(a, "subnet");
        const groups = strings(a, "security_groups");
        const publicIp = bool(a, "associate_public_ip_address", false);
        const root = object(a, "root_block_device");
        const unset = instanceUnset(op);
        const instanceTags = ownedTags(op, unset ? { [UNSET_TAG]: unset } : {});
        const rootVolumeTags = [
            ...Object.entries(writableTags(op.tags)).map(([Key, Value]) => ({ Key, Value })),
            ...volumeTags(instanceTags, op.address),
        ];
        // An explicit interface is the only way to state the public IP choice; without a subnet and
        // without a public IP the instance falls back to the default VPC's defaults.
        const placement = subnet !== undefined || publicIp
            ? {
                NetworkInterfaces: [
                    {
                        DeviceIndex: 0,
                        ...(subnet !== undefined && { SubnetId: subnet }),
                        ...(groups.length > 0 && { Groups: groups }),
                        AssociatePublicIpAddress: publicIp,
                        DeleteOnTermination: true,
                    },
                ],
            }
            : groups.length > 0
                ? { SecurityGroupIds: groups }
                : {};
        const blockDevices = root ? await rootDeviceMapping(ctx, str(a, "ami"), root) : undefined;
        const imds = metadataOptions(a);
        const input = {
            ImageId: str(a, "ami"),
            InstanceType: str(a, "instance_type"),
            MinCount: 1,
            MaxCount: 1,
            // A retry with the same token returns the instance the first attempt launched.
            ClientToken: op.token,
            ...(str(a, "key_name") !== undefined && { KeyName: str(a, "key_name") }),
            ...placement,
            ...(blockDevices && { BlockDeviceMappings: blockDevices }),
            ...(imds && { MetadataOptions: imds }),
            TagSpecifications: [tagSpec("instance", instanceTags), tagSpec("volume", rootVolumeTags)],
        };
        const r = await call(`launching ${op.address}`, () => ctx.ec2.send(new RunInstancesCommand(input)));
        const id = createdId(r.Instances?.[0]?.InstanceId, "RunInstances", op);
        ctx.progress?.(`${op.address}: waiting for ${id} to run`);
        // The description the wait ends on is the instance's live state: no read back.
        const running = await waitForInstance(ctx, id, "running");
        return instanceLive(running, await launchedRootVolume(ctx, running)) ?? id;
    },
    async update(ctx, op, { resource: i }) {
        const a = op.attributes;
        const groups = strings(a, "security_groups").sort();
        const haveGroups = (i.SecurityGroups ?? []).map((g) => g.GroupId).sort();
        const unsetBefore = unsetPaths(i.Tags);
        if (groups.length > 0 && groups.join() !== haveGroups.join()) {
            await call(`changing security groups of ${op.id}`, () => ctx.ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: op.id, Groups: groups })));
        }
        const root = object(a, "root_block_device");
        if (root)
            await updateRootVolume(ctx, i, op.address, root, unsetBefore.has("root_block_device"));
        // IMDS settings change in place, without a restart.
        const imds = metadataOptions(a);
        const have = i.MetadataOptions;
        if (imds &&
            ((imds.HttpTokens !== undefined && imds.HttpTokens !== have?.HttpTokens) ||
                (imds.HttpEndpoint !== undefined && imds.HttpEndpoint !== have?.HttpEndpoint) ||
                (imds.HttpPutResponseHopLimit !== undefined &&
                    imds.HttpPutResponseHopLimit !== have?.HttpPutResponseHopLimit))) {
            await call(`changing the metadata options of ${op.id}`, () => ctx.ec2.send(new ModifyInstanceMetadataOptionsCommand({ InstanceId: op.id, ...imds })));
        }
        const type = str(a, "instance_type");
        if (type !== undefined && type !== i.InstanceType) {
            const wasRunning = i.State?.Name !== "stopped" && i.State?.Name !== "stopping";
            ctx.progress?.(`${op.address}: stopping ${op.id} to change its type to ${type}`);
            await call(`stopping ${op.id}`, () => ctx.ec2.send(new StopInstancesCommand({ InstanceIds: [op.id] })));
            await waitForInstance(ctx, op.id, "stopped");
            await call(`changing the type of ${op.id}`, () => ctx.ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: op.id, InstanceType: { Value: type } })));
            if (wasRunning) {
                ctx.progress?.(`${op.address}: starting ${op.id}`);
                await call(`starting ${op.id}`, () => ctx.ec2.send(new StartInstancesCommand({ InstanceIds: [op.id] })));
                await waitForInstance(ctx, op.id, "running");
            }
        }
        // An emptied group list keeps the groups the instance has (EC2 needs at least one); live
        // state then stops reporting them.
        await convergeTags(ctx, op.id, i.Tags, op, { [UNSET_TAG]: instanceUnset(op) });
    },
    async delete(ctx, _target, { id, address }) {
        try {
            await ctx.ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
        }
        catch (e) {
            if (isNotFound(e))
                return;
            throw toProviderError(e, `terminating ${id}`);
        }
        ctx.progress?.(`${address}: waiting for ${id} to terminate`);
        await ec2Pollers(ctx).instances.wait(id, `${id} to terminate`, (now) => !now || now.State?.Name === "terminated" ? true : undefined);
    },
};
/** The instance in any state, terminated included. */
function describeInstance(ctx, id) {
    return describeOne(id, async () => (await ctx.ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.flatMap((res) => res.Instances ?? [])[0]);
}
async function instanceVolumes(ctx, i) {
    const id = rootVolumeId(i);
    if (id === undefined || unsetPaths(i.Tags).has("root_block_device"))
        return new Map();
    const r = await call(`reading volume ${id}`, () => ctx.ec2.send(new DescribeVolumesCommand({ VolumeIds: [id] })));
    return new Map((r.Volumes ?? []).map((v) => [v.VolumeId, v]));
}
/**
 * The root volume of an instance just launched, read with the other launches' (one
 * DescribeVolumes per poll); none when the spec leaves root_block_device to AWS.
 */
async function launchedRootVolume(ctx, i) {
    const id = rootVolumeId(i);
    if (id === undefined || unsetPaths(i.Tags).has("root_block_device"))
        return new Map();
    const { volume } = await ec2Pollers(ctx).volumes.wait(id, `volume ${id}`, (volume) => ({ volume }));
    return new Map(volume ? [[id, volume]] : []);
}
/**
 * Waits for `state`, sharing each poll with every other instance waited on; a terminated
 * instance can never get there.
 */
function waitForInstance(ctx, id, state) {
    return ec2Pollers(ctx).instances.wait(id, `${id} to be ${state}`, (i) => {
        // Just after RunInstances, EC2 may not list the id yet: that is "not yet", not "gone".
        const now = i?.State?.Name;
        if (now === state)
            return i;
        if (now === "terminated" || now === "shutting-down") {
            throw new ProviderOperationError("InstanceTerminated", `${id} is ${now}${i?.StateReason?.Message ? `: ${i.StateReason.Message}` : ""}`);
        }
        return undefined;
    });
}
async function updateRootVolume(ctx, i, address, root, untracked) {
    const id = rootVolumeId(i);
    if (!id)
        throw new ProviderOperationError("InvalidParameterValue", `${i.InstanceId} has no EBS root volume`);
    const found = await call(`reading volume ${id}`, () => ctx.ec2.send(new DescribeVolumesCommand({ VolumeIds: [id] })));
    const v = found.Volumes?.[0];
    if (!v)
        throw new ProviderOperationError("InvalidVolume.NotFound", `root volume ${id} was not found`);
    if (typeof root["encrypted"] === "boolean" && root["encrypted"] !== v.Encrypted) {
        throw new ProviderOperationError("InvalidParameterCombination", `the encryption of root volume ${id} cannot change in place; replace the instance instead`);
    }
    const size = typeof root["volume_size"] === "number" ? root["volume_size"] : undefined;
    const type = typeof root["volume_type"] === "string" ? root["volume_type"] : undefined;
    const change = {
        ...(size !== undefined && size !== v.Size && { Size: size }),
        ...(type !== undefined && type !== v.VolumeType && { VolumeType: type }),
    };
    if (Object.keys(change).length > 0) {
        await call(`modifying root volume ${id}`, () => ctx.ec2.send(new ModifyVolumeCommand({ VolumeId: id, ...change })));
    }
    // A volume launched without our tags is not found by the bulk read; tag it now.
    if (untracked || tagValue(v.Tags, OWNER_TAG_ENVIRONMENT) === undefined) {
        await call(`tagging root volume ${id}`, () => ctx.ec2.send(new CreateTagsCommand({ Resources: [id], Tags: volumeTags(i.Tags, address) })));
    }
}

/**
 * The AWS provider: VPCs, subnets, security groups and instances through the EC2 API.
 *
 * Live state is read in bulk by ownership tag. Creates carry the ownership tags in the create
 * call itself (TagSpecifications), so nothing is ever untagged, and are idempotent: instances
 * through RunInstances' ClientToken, the other types (which take no token) by finding the resource
 * an earlier attempt tagged with the same token.
 */
import { AuthorizeSecurityGroupEgressCommand, AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, CreateSubnetCommand, CreateTagsCommand, CreateVpcCommand, DeleteSecurityGroupCommand, DeleteSubnetCommand, DeleteTagsCommand, DeleteVpcCommand, DescribeImagesCommand, DescribeInstancesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVolumesCommand, DescribeVpcAttributeCommand, DescribeVpcsCommand, ModifyInstanceAttributeCommand, ModifyInstanceMetadataOptionsCommand, ModifySubnetAttributeCommand, ModifyVolumeCommand, ModifyVpcAttributeCommand, RevokeSecurityGroupEgressCommand, RevokeSecurityGroupIngressCommand, RunInstancesCommand, StartInstancesCommand, StopInstancesCommand, TerminateInstancesCommand, } from "@aws-sdk/client-ec2";
import { createdBy, OWNER_TAG_ENVIRONMENT, OWNER_TAG_REPOSITORY, ownedAt, ownedBy, ProviderOperationError, } from "../provider.js";
import { bool, nameFromAddress, object, str, strings } from "./attributes.js";
import { createEc2Client } from "./client.js";
import { errorCode, isNotFound, toProviderError } from "./errors.js";
import { instanceLive, rootVolumeId, securityGroupLive, subnetLive, vpcLive, } from "./live-state.js";
import { listInstances, listSecurityGroups, listSubnets, listVolumes, listVpcs } from "./reads.js";
import { ruleChanges, rulesFromValue } from "./rules.js";
import { ownedTags, ownershipChanges, tagMap, tagSpec, tagValue, TOKEN_TAG, UNSET_TAG, unsetPaths, userTags, volumeTags, writableTags, } from "./tags.js";
import { waitFor } from "./waiting.js";
export const AWS_TYPES = ["aws_vpc", "aws_subnet", "aws_security_group", "aws_instance"];
export const AWS_CAPABILITIES = {
    applies: AWS_TYPES,
    writeOnly: {
        // Only visible while the instance runs (a stopped instance loses its public IP), so reading
        // it back would report drift, and force a replacement, on every stop.
        aws_instance: ["associate_public_ip_address"],
    },
};
/** Resource types that take no ClientToken and are found again by their token tag. */
const TOKEN_TAGGED = new Set(["aws_vpc", "aws_subnet", "aws_security_group"]);
export function createAwsProviderWith(deps, options = {}) {
    const clients = new Map();
    const clock = {
        sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        now: options.now ?? (() => Date.now()),
        pollIntervalMs: options.pollIntervalMs ?? 3000,
        timeoutMs: options.timeoutMs ?? 600_000,
        progress: deps.progress,
    };
    const clientFor = (region) => {
        if (options.client)
            return options.client;
        let c = clients.get(region);
        if (!c) {
            c = createEc2Client({
                region,
                settings: deps.settings,
                env: deps.env,
                ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
                ...(options.retryStrategy !== undefined && { retryStrategy: options.retryStrategy }),
            });
            clients.set(region, c);
        }
        return c;
    };
    /** Sends one command, turning SDK errors into ProviderOperationErrors that name the step. */
    async function call(doing, send) {
        try {
            return await send();
        }
        catch (e) {
            throw toProviderError(e, doing);
        }
    }
    // ---- single-resource reads (create, update and delete only; readLive reads in bulk) ----
    async function describeVpc(ec2, id) {
        try {
            const r = await ec2.send(new DescribeVpcsCommand({ VpcIds: [id] }));
            return r.Vpcs?.[0];
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw toProviderError(e, `reading ${id}`);
        }
    }
    async function describeSubnet(ec2, id) {
        try {
            const r = await ec2.send(new DescribeSubnetsCommand({ SubnetIds: [id] }));
            return r.Subnets?.[0];
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw toProviderError(e, `reading ${id}`);
        }
    }
    async function describeGroup(ec2, id) {
        try {
            const r = await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [id] }));
            return r.SecurityGroups?.[0];
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw toProviderError(e, `reading ${id}`);
        }
    }
    async function describeInstance(ec2, id) {
        try {
            const r = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }));
            return r.Reservations?.flatMap((res) => res.Instances ?? [])[0];
        }
        catch (e) {
            if (isNotFound(e))
                return undefined;
            throw toProviderError(e, `reading ${id}`);
        }
    }
    async function vpcDns(ec2, id) {
        const [support, hostnames] = await Promise.all([
            call(`reading DNS support of ${id}`, () => ec2.send(new DescribeVpcAttributeCommand({ VpcId: id, Attribute: "enableDnsSupport" }))),
            call(`reading DNS hostnames of ${id}`, () => ec2.send(new DescribeVpcAttributeCommand({ VpcId: id, Attribute: "enableDnsHostnames" }))),
        ]);
        return {
            support: support.EnableDnsSupport?.Value ?? true,
            hostnames: hostnames.EnableDnsHostnames?.Value ?? false,
        };
    }
    async function instanceVolumes(ec2, i) {
        const id = rootVolumeId(i);
        if (id === undefined || unsetPaths(i.Tags).has("root_block_device"))
            return new Map();
        const r = await call(`reading volume ${id}`, () => ec2.send(new DescribeVolumesCommand({ VolumeIds: [id] })));
        return new Map((r.Volumes ?? []).map((v) => [v.VolumeId, v]));
    }
    /** The resource as it is now, or undefined when it is gone. */
    async function readOne(ec2, type, id) {
        switch (type) {
            case "aws_vpc": {
                const v = await describeVpc(ec2, id);
                return v && vpcLive(v, await vpcDns(ec2, id));
            }
            case "aws_subnet": {
                const s = await describeSubnet(ec2, id);
                return s && subnetLive(s);
            }
            case "aws_security_group": {
                const g = await describeGroup(ec2, id);
                return g && securityGroupLive(g);
            }
            case "aws_instance": {
                const i = await describeInstance(ec2, id);
                return i && instanceLive(i, await instanceVolumes(ec2, i));
            }
            default:
                throw unsupported(type);
        }
    }
    async function readBack(ec2, type, id) {
        const r = await readOne(ec2, type, id);
        if (!r)
            throw new ProviderOperationError("NotFound", `${type} ${id} disappeared right after it was changed`);
        return r;
    }
    /**
     * Tags of the resource, which must be this environment's (this repository's, or shared with it)
     * at this address.
     */
    function checkOwned(target, address, id, tags) {
        if (!ownedAt(tagMap(tags), target, address)) {
            throw new ProviderOperationError("NotOwned", `${id} is not tagged as ${address} of environment ${target.environment} of ${target.repository}; Plagentic leaves it alone`);
        }
    }
    // ---- idempotent creates for types without a ClientToken ----
    /** The id of this create's earlier attempt: tagged with its token, by this very repository. */
    async function findByToken(ec2, op) {
        const Filters = [
            { Name: `tag:${TOKEN_TAG}`, Values: [op.token] },
            { Name: `tag:${OWNER_TAG_ENVIRONMENT}`, Values: [op.target.environment] },
            { Name: `tag:${OWNER_TAG_REPOSITORY}`, Values: [op.target.repository] },
        ];
        const found = await call(`looking for an earlier attempt at ${op.type}`, async () => {
            if (op.type === "aws_vpc")
                return ((await ec2.send(new DescribeVpcsCommand({ Filters }))).Vpcs ?? []).map((v) => ({
                    id: v.VpcId,
                    tags: v.Tags,
                }));
            if (op.type === "aws_subnet")
                return ((await ec2.send(new DescribeSubnetsCommand({ Filters }))).Subnets ?? []).map((s) => ({
                    id: s.SubnetId,
                    tags: s.Tags,
                }));
            return ((await ec2.send(new DescribeSecurityGroupsCommand({ Filters }))).SecurityGroups ?? []).map((g) => ({ id: g.GroupId, tags: g.Tags }));
        });
        return found.find((r) => createdBy(tagMap(r.tags), op.target, op.address))?.id;
    }
    // ---- per-type convergence, shared by create (after a fresh or found create) and update ----
    async function convergeVpc(ec2, id, op) {
        const dns = await vpcDns(ec2, id);
        const support = bool(op.attributes, "enable_dns_support", true);
        const hostnames = bool(op.attributes, "enable_dns_hostnames", false);
        // One attribute per call, and hostnames need support on first (and off last).
        if (support && !dns.support)
            await setVpcAttribute(ec2, id, "EnableDnsSupport", true);
        if (hostnames !== dns.hostnames)
            await setVpcAttribute(ec2, id, "EnableDnsHostnames", hostnames);
        if (!support && dns.support)
            await setVpcAttribute(ec2, id, "EnableDnsSupport", false);
    }
    function setVpcAttribute(ec2, id, attribute, value) {
        return call(`setting ${attribute} on ${id}`, () => ec2.send(new ModifyVpcAttributeCommand({ VpcId: id, [attribute]: { Value: value } })));
    }
    async function convergeSubnet(ec2, subnet, op) {
        const want = bool(op.attributes, "map_public_ip_on_launch", false);
        if ((subnet.MapPublicIpOnLaunch ?? false) === want)
            return;
        await call(`setting map_public_ip_on_launch on ${subnet.SubnetId}`, () => ec2.send(new ModifySubnetAttributeCommand({ SubnetId: subnet.SubnetId, MapPublicIpOnLaunch: { Value: want } })));
    }
    /**
     * Revokes what the spec does not list, then authorises what is missing. This also removes the
     * allow-all egress rule AWS adds to every new group unless the spec asks for it.
     */
    async function convergeRules(ec2, group, op) {
        const GroupId = group.GroupId;
        const ingress = ruleChanges(group.IpPermissions, rulesFromValue(op.attributes["ingress"]));
        const egress = ruleChanges(group.IpPermissionsEgress, rulesFromValue(op.attributes["egress"]));
        if (ingress.revoke.length > 0)
            await call(`revoking ingress rules of ${GroupId}`, () => ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId, IpPermissions: ingress.revoke })));
        if (egress.revoke.length > 0)
            await call(`revoking egress rules of ${GroupId}`, () => ec2.send(new RevokeSecurityGroupEgressCommand({ GroupId, IpPermissions: egress.revoke })));
        if (ingress.authorize.length > 0)
            await call(`authorizing ingress rules of ${GroupId}`, () => ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: ingress.authorize })));
        if (egress.authorize.length > 0)
            await call(`authorizing egress rules of ${GroupId}`, () => ec2.send(new AuthorizeSecurityGroupEgressCommand({ GroupId, IpPermissions: egress.authorize })));
    }
    /**
     * Sets user tags (and our private ones in `extra`) to exactly what the operation says, and the
     * ownership tags to what an update by the operation's repository keeps (ownershipChanges).
     */
    async function convergeTags(ec2, id, current, op, extra = {}) {
        const have = userTags(current);
        const want = writableTags(op.tags);
        const ownership = ownershipChanges(current, op.target, op.address);
        const set = [...ownership.set];
        for (const [Key, Value] of Object.entries(want))
            if (have[Key] !== Value)
                set.push({ Key, Value });
        const remove = [
            ...ownership.remove,
            ...Object.keys(have)
                .filter((k) => !(k in want))
                .map((Key) => ({ Key })),
        ];
        for (const [Key, Value] of Object.entries(extra)) {
            const now = tagValue(current, Key);
            if (Value === undefined) {
                if (now !== undefined)
                    remove.push({ Key });
            }
            else if (now !== Value)
                set.push({ Key, Value });
        }
        if (remove.length > 0)
            await call(`removing tags from ${id}`, () => ec2.send(new DeleteTagsCommand({ Resources: [id], Tags: remove })));
        if (set.length > 0)
            await call(`tagging ${id}`, () => ec2.send(new CreateTagsCommand({ Resources: [id], Tags: set })));
    }
    // ---- creates ----
    async function createVpc(ec2, op) {
        const found = await findByToken(ec2, op);
        const id = found ??
            (await call(`creating ${op.address}`, () => ec2.send(new CreateVpcCommand({
                CidrBlock: str(op.attributes, "cidr_block"),
                InstanceTenancy: (str(op.attributes, "instance_tenancy") ?? "default"),
                TagSpecifications: [tagSpec("vpc", ownedTags(op, { [TOKEN_TAG]: op.token }))],
            })))).Vpc?.VpcId;
        if (!id)
            throw new ProviderOperationError("InvalidResponse", `CreateVpc for ${op.address} returned no id`);
        await waitFor(clock, `${id} to become available`, async () => {
            const v = await describeVpc(ec2, id);
            return v?.State === "available" ? v : undefined;
        });
        await convergeVpc(ec2, id, op);
        return id;
    }
    async function createSubnet(ec2, op) {
        const zone = str(op.attributes, "availability_zone");
        const found = await findByToken(ec2, op);
        const extra = {
            [TOKEN_TAG]: op.token,
            ...(zone === undefined && { [UNSET_TAG]: "availability_zone" }),
        };
        const id = found ??
            (await call(`creating ${op.address}`, () => ec2.send(new CreateSubnetCommand({
                VpcId: str(op.attributes, "vpc"),
                CidrBlock: str(op.attributes, "cidr_block"),
                ...(zone !== undefined && { AvailabilityZone: zone }),
                TagSpecifications: [tagSpec("subnet", ownedTags(op, extra))],
            })))).Subnet?.SubnetId;
        if (!id)
            throw new ProviderOperationError("InvalidResponse", `CreateSubnet for ${op.address} returned no id`);
        const subnet = await waitFor(clock, `${id} to become available`, async () => {
            const s = await describeSubnet(ec2, id);
            return s?.State === "available" ? s : undefined;
        });
        await convergeSubnet(ec2, subnet, op);
        return id;
    }
    async function createGroup(ec2, op) {
        const vpc = str(op.attributes, "vpc");
        const found = await findByToken(ec2, op);
        const extra = {
            [TOKEN_TAG]: op.token,
            ...(vpc === undefined && { [UNSET_TAG]: "vpc" }),
        };
        const id = found ??
            (await call(`creating ${op.address}`, () => ec2.send(new CreateSecurityGroupCommand({
                GroupName: groupName(op),
                Description: str(op.attributes, "description") ?? "Managed by Plagentic",
                ...(vpc !== undefined && { VpcId: vpc }),
                TagSpecifications: [tagSpec("security-group", ownedTags(op, extra))],
            })))).GroupId;
        if (!id)
            throw new ProviderOperationError("InvalidResponse", `CreateSecurityGroup for ${op.address} returned no id`);
        const group = await waitFor(clock, `${id} to be visible`, () => describeGroup(ec2, id));
        await convergeRules(ec2, group, op);
        return id;
    }
    async function createInstance(ec2, op) {
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
        const blockDevices = root ? await rootDeviceMapping(ec2, str(a, "ami"), root) : undefined;
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
        const r = await call(`launching ${op.address}`, () => ec2.send(new RunInstancesCommand(input)));
        const id = r.Instances?.[0]?.InstanceId;
        if (!id)
            throw new ProviderOperationError("InvalidResponse", `RunInstances for ${op.address} returned no id`);
        deps.progress?.(`${op.address}: waiting for ${id} to run`);
        await waitForInstance(ec2, id, "running");
        return id;
    }
    async function rootDeviceMapping(ec2, ami, root) {
        const images = await call(`reading image ${ami}`, () => ec2.send(new DescribeImagesCommand({ ImageIds: [ami] })));
        const DeviceName = images.Images?.[0]?.RootDeviceName;
        if (!DeviceName)
            throw new ProviderOperationError("InvalidAMIID.NotFound", `image ${ami} has no root device to configure`);
        const size = root["volume_size"];
        const type = root["volume_type"];
        const encrypted = root["encrypted"];
        return [
            {
                DeviceName,
                Ebs: {
                    DeleteOnTermination: true,
                    ...(typeof size === "number" && { VolumeSize: size }),
                    ...(typeof type === "string" && { VolumeType: type }),
                    ...(typeof encrypted === "boolean" && { Encrypted: encrypted }),
                },
            },
        ];
    }
    /** Waits for `state`; a terminated instance can never get there. */
    function waitForInstance(ec2, id, state) {
        return waitFor(clock, `${id} to be ${state}`, async () => {
            // Just after RunInstances, EC2 may not know the id yet: that is "not yet", not "gone".
            const i = await describeInstance(ec2, id);
            const now = i?.State?.Name;
            if (now === state)
                return i;
            if (now === "terminated" || now === "shutting-down") {
                throw new ProviderOperationError("InstanceTerminated", `${id} is ${now}${i?.StateReason?.Message ? `: ${i.StateReason.Message}` : ""}`);
            }
            return undefined;
        });
    }
    // ---- updates ----
    async function updateInstance(ec2, op) {
        const i = await describeInstance(ec2, op.id);
        if (!i || i.State?.Name === "terminated")
            throw gone(op);
        checkOwned(op.target, op.address, op.id, i.Tags);
        const a = op.attributes;
        const groups = strings(a, "security_groups").sort();
        const haveGroups = (i.SecurityGroups ?? []).map((g) => g.GroupId).sort();
        const unsetBefore = unsetPaths(i.Tags);
        if (groups.length > 0 && groups.join() !== haveGroups.join()) {
            await call(`changing security groups of ${op.id}`, () => ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: op.id, Groups: groups })));
        }
        const root = object(a, "root_block_device");
        if (root)
            await updateRootVolume(ec2, i, op.address, root, unsetBefore.has("root_block_device"));
        // IMDS settings change in place, without a restart.
        const imds = metadataOptions(a);
        const have = i.MetadataOptions;
        if (imds &&
            ((imds.HttpTokens !== undefined && imds.HttpTokens !== have?.HttpTokens) ||
                (imds.HttpEndpoint !== undefined && imds.HttpEndpoint !== have?.HttpEndpoint) ||
                (imds.HttpPutResponseHopLimit !== undefined &&
                    imds.HttpPutResponseHopLimit !== have?.HttpPutResponseHopLimit))) {
            await call(`changing the metadata options of ${op.id}`, () => ec2.send(new ModifyInstanceMetadataOptionsCommand({ InstanceId: op.id, ...imds })));
        }
        const type = str(a, "instance_type");
        if (type !== undefined && type !== i.InstanceType) {
            const wasRunning = i.State?.Name !== "stopped" && i.State?.Name !== "stopping";
            deps.progress?.(`${op.address}: stopping ${op.id} to change its type to ${type}`);
            await call(`stopping ${op.id}`, () => ec2.send(new StopInstancesCommand({ InstanceIds: [op.id] })));
            await waitForInstance(ec2, op.id, "stopped");
            await call(`changing the type of ${op.id}`, () => ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: op.id, InstanceType: { Value: type } })));
            if (wasRunning) {
                deps.progress?.(`${op.address}: starting ${op.id}`);
                await call(`starting ${op.id}`, () => ec2.send(new StartInstancesCommand({ InstanceIds: [op.id] })));
                await waitForInstance(ec2, op.id, "running");
            }
        }
        // An emptied group list keeps the groups the instance has (EC2 needs at least one); live
        // state then stops reporting them.
        await convergeTags(ec2, op.id, i.Tags, op, { [UNSET_TAG]: instanceUnset(op) });
    }
    async function updateRootVolume(ec2, i, address, root, untracked) {
        const id = rootVolumeId(i);
        if (!id)
            throw new ProviderOperationError("InvalidParameterValue", `${i.InstanceId} has no EBS root volume`);
        const found = await call(`reading volume ${id}`, () => ec2.send(new DescribeVolumesCommand({ VolumeIds: [id] })));
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
            await call(`modifying root volume ${id}`, () => ec2.send(new ModifyVolumeCommand({ VolumeId: id, ...change })));
        }
        // A volume launched without our tags is not found by the bulk read; tag it now.
        if (untracked || tagValue(v.Tags, OWNER_TAG_ENVIRONMENT) === undefined) {
            await call(`tagging root volume ${id}`, () => ec2.send(new CreateTagsCommand({ Resources: [id], Tags: volumeTags(i.Tags, address) })));
        }
    }
    async function updateOther(ec2, op) {
        switch (op.type) {
            case "aws_vpc": {
                const v = await describeVpc(ec2, op.id);
                if (!v)
                    throw gone(op);
                checkOwned(op.target, op.address, op.id, v.Tags);
                await convergeVpc(ec2, op.id, op);
                await convergeTags(ec2, op.id, v.Tags, op);
                return;
            }
            case "aws_subnet": {
                const s = await describeSubnet(ec2, op.id);
                if (!s)
                    throw gone(op);
                checkOwned(op.target, op.address, op.id, s.Tags);
                await convergeSubnet(ec2, s, op);
                await convergeTags(ec2, op.id, s.Tags, op);
                return;
            }
            case "aws_security_group": {
                const g = await describeGroup(ec2, op.id);
                if (!g)
                    throw gone(op);
                checkOwned(op.target, op.address, op.id, g.Tags);
                await convergeRules(ec2, g, op);
                await convergeTags(ec2, op.id, g.Tags, op);
                return;
            }
            default:
                throw unsupported(op.type);
        }
    }
    // ---- deletes ----
    async function deleteInstance(ec2, target, address, id) {
        const i = await describeInstance(ec2, id);
        if (!i || i.State?.Name === "terminated")
            return;
        checkOwned(target, address, id, i.Tags);
        try {
            await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
        }
        catch (e) {
            if (isNotFound(e))
                return;
            throw toProviderError(e, `terminating ${id}`);
        }
        deps.progress?.(`${address}: waiting for ${id} to terminate`);
        await waitFor(clock, `${id} to terminate`, async () => {
            const now = await describeInstance(ec2, id);
            return !now || now.State?.Name === "terminated" ? true : undefined;
        });
    }
    /**
     * Deletes a VPC, subnet or group. DependencyViolation is retried until the timeout: interfaces
     * of just-terminated instances linger for a while and hold on to their subnet and groups. EC2
     * never deletes what a VPC or subnet holds (unlike an Azure resource group), so no container
     * check is needed here: anything left inside, ours or not, makes the delete fail.
     */
    async function deleteNetworkThing(ec2, target, resource) {
        const { id, address, type } = resource;
        const current = type === "aws_vpc"
            ? await describeVpc(ec2, id)
            : type === "aws_subnet"
                ? await describeSubnet(ec2, id)
                : await describeGroup(ec2, id);
        if (!current)
            return;
        checkOwned(target, address, id, current.Tags);
        const remove = () => type === "aws_vpc"
            ? ec2.send(new DeleteVpcCommand({ VpcId: id }))
            : type === "aws_subnet"
                ? ec2.send(new DeleteSubnetCommand({ SubnetId: id }))
                : ec2.send(new DeleteSecurityGroupCommand({ GroupId: id }));
        let lastError;
        try {
            await waitFor(clock, `${id} to be free of dependents`, async () => {
                try {
                    await remove();
                    return true;
                }
                catch (e) {
                    if (isNotFound(e))
                        return true;
                    if (errorCode(e) !== "DependencyViolation")
                        throw toProviderError(e, `deleting ${id}`);
                    lastError = e;
                    return undefined;
                }
            });
        }
        catch (e) {
            if (e instanceof ProviderOperationError && e.code === "Timeout" && lastError !== undefined)
                throw toProviderError(lastError, `deleting ${id}`);
            throw e;
        }
    }
    const provider = {
        name: "aws",
        capabilities: AWS_CAPABILITIES,
        async readLive(target) {
            const ec2 = clientFor(target.region);
            const env = target.environment;
            const mine = (all) => all.filter((r) => ownedBy(tagMap(r.Tags), target));
            const [vpcs, subnets, groups, instances] = await Promise.all([
                listVpcs(ec2, env).then(mine),
                listSubnets(ec2, env).then(mine),
                listSecurityGroups(ec2, env).then(mine),
                listInstances(ec2, env).then(mine),
            ]);
            // Two calls per VPC: EC2 has no bulk read of DNS settings, and environments hold few VPCs.
            const dns = await Promise.all(vpcs.map((v) => vpcDns(ec2, v.VpcId)));
            const needVolumes = instances.some((i) => !unsetPaths(i.Tags).has("root_block_device"));
            const volumes = needVolumes ? await listVolumes(ec2, env) : [];
            const volumeById = new Map(volumes.map((v) => [v.VolumeId, v]));
            const out = [
                ...vpcs.map((v, k) => vpcLive(v, dns[k])),
                ...subnets.map(subnetLive),
                ...groups.map(securityGroupLive),
                ...instances.map((i) => instanceLive(i, volumeById)),
            ].filter((r) => r !== undefined);
            return out.sort((x, y) => x.address < y.address ? -1 : x.address > y.address ? 1 : x.id < y.id ? -1 : 1);
        },
        async create(op) {
            const ec2 = clientFor(op.target.region);
            let id;
            switch (op.type) {
                case "aws_vpc":
                    id = await createVpc(ec2, op);
                    break;
                case "aws_subnet":
                    id = await createSubnet(ec2, op);
                    break;
                case "aws_security_group":
                    id = await createGroup(ec2, op);
                    break;
                case "aws_instance":
                    id = await createInstance(ec2, op);
                    break;
                default:
                    throw unsupported(op.type);
            }
            return readBack(ec2, op.type, id);
        },
        async update(op) {
            const ec2 = clientFor(op.target.region);
            if (op.type === "aws_instance")
                await updateInstance(ec2, op);
            else
                await updateOther(ec2, op);
            return readBack(ec2, op.type, op.id);
        },
        async delete(target, resource) {
            const ec2 = clientFor(target.region);
            if (resource.type === "aws_instance")
                return deleteInstance(ec2, target, resource.address, resource.id);
            if (TOKEN_TAGGED.has(resource.type))
                return deleteNetworkThing(ec2, target, resource);
            throw unsupported(resource.type);
        },
        async close() {
            for (const c of clients.values())
                c.destroy();
            clients.clear();
        },
    };
    return provider;
}
/**
 * Dotted paths of properties the spec leaves to AWS, recorded on the instance (UNSET_TAG).
 * An empty security group list means "the VPC's default group", which EC2 then reports.
 */
function instanceUnset(op) {
    const a = op.attributes;
    const paths = [];
    if (str(a, "subnet") === undefined)
        paths.push("subnet");
    if (strings(a, "security_groups").length === 0)
        paths.push("security_groups");
    const root = object(a, "root_block_device");
    if (!root)
        paths.push("root_block_device");
    else
        for (const k of ["encrypted", "volume_size", "volume_type"])
            if (root[k] === undefined || root[k] === null)
                paths.push(`root_block_device.${k}`);
    const imds = object(a, "metadata_options");
    if (!imds)
        paths.push("metadata_options");
    else
        for (const k of ["http_tokens", "http_endpoint", "http_put_response_hop_limit"])
            if (imds[k] === undefined || imds[k] === null)
                paths.push(`metadata_options.${k}`);
    return paths.length > 0 ? paths.join(",") : undefined;
}
/** The spec's `metadata_options` in EC2's words, or undefined when the spec leaves them to AWS. */
function metadataOptions(a) {
    const imds = object(a, "metadata_options");
    if (!imds)
        return undefined;
    const tokens = str(imds, "http_tokens");
    const endpoint = str(imds, "http_endpoint");
    const hops = imds["http_put_response_hop_limit"];
    return {
        ...(tokens !== undefined && { HttpTokens: tokens }),
        ...(endpoint !== undefined && { HttpEndpoint: endpoint }),
        ...(typeof hops === "number" && { HttpPutResponseHopLimit: hops }),
    };
}
/**
 * Group names must be unique per VPC and cannot be changed, so the name carries the create's
 * token: a replacement made before its predecessor is deleted gets a name of its own.
 */
function groupName(op) {
    const raw = `plagentic-${op.target.environment}-${nameFromAddress(op.address)}-${op.token.slice(0, 8)}`;
    return raw.slice(0, 255);
}
function unsupported(type) {
    return new ProviderOperationError("UnsupportedResourceType", `the aws provider cannot apply ${type}; it applies ${AWS_TYPES.join(", ")}`);
}
function gone(op) {
    return new ProviderOperationError("NotFound", `${op.address} (${op.id}) no longer exists`);
}

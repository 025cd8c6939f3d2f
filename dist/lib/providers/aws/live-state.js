import { getResourceType } from "../../spec/registry.js";
import { OWNER_TAG_ADDRESS } from "../provider.js";
import { rulesFromPermissions, rulesToValue } from "./rules.js";
import { tagValue, unsetPaths, userTags } from "./tags.js";
export function live(type, id, tags, attributes) {
    const address = tagValue(tags, OWNER_TAG_ADDRESS);
    if (address === undefined)
        return undefined;
    return {
        address,
        type,
        id,
        attributes: withoutUnset(type, attributes, unsetPaths(tags)),
        tags: userTags(tags),
    };
}
/**
 * What the spec left for AWS to choose (see UNSET_TAG) is reported as the spec left it: the
 * property's default when it has one, otherwise absent.
 */
export function withoutUnset(type, attributes, unset) {
    if (unset.size === 0)
        return attributes;
    const schema = getResourceType(type)?.properties ?? {};
    const out = {};
    for (const [k, v] of Object.entries(attributes)) {
        if (unset.has(k)) {
            const fallback = schema[k]?.default;
            if (fallback !== undefined)
                out[k] = fallback;
            continue;
        }
        if (v !== null && typeof v === "object" && !Array.isArray(v)) {
            const inner = Object.fromEntries(Object.entries(v).filter(([ik]) => !unset.has(`${k}.${ik}`)));
            out[k] = inner;
        }
        else
            out[k] = v;
    }
    return out;
}
export function vpcLive(vpc, dns) {
    return live("aws_vpc", vpc.VpcId, vpc.Tags, {
        cidr_block: vpc.CidrBlock ?? "",
        enable_dns_support: dns.support,
        enable_dns_hostnames: dns.hostnames,
        instance_tenancy: vpc.InstanceTenancy ?? "default",
    });
}
export function subnetLive(s) {
    return live("aws_subnet", s.SubnetId, s.Tags, {
        vpc: s.VpcId ?? "",
        cidr_block: s.CidrBlock ?? "",
        ...(s.AvailabilityZone !== undefined && { availability_zone: s.AvailabilityZone }),
        map_public_ip_on_launch: s.MapPublicIpOnLaunch ?? false,
    });
}
export function securityGroupLive(g) {
    return live("aws_security_group", g.GroupId, g.Tags, {
        ...(g.VpcId !== undefined && { vpc: g.VpcId }),
        description: g.Description ?? "",
        ingress: rulesToValue(rulesFromPermissions(g.IpPermissions)),
        egress: rulesToValue(rulesFromPermissions(g.IpPermissionsEgress)),
    });
}
/** The id of the instance's root EBS volume, if it has one. */
export function rootVolumeId(i) {
    const root = i.BlockDeviceMappings?.find((m) => m.DeviceName === i.RootDeviceName) ?? i.BlockDeviceMappings?.[0];
    return root?.Ebs?.VolumeId;
}
/**
 * `volumes` holds the environment's root volumes by id (one DescribeVolumes by tag for all
 * instances); without an entry the instance's root_block_device is not reported.
 */
export function instanceLive(i, volumes) {
    // Order means nothing to EC2; sorted ids keep live state deterministic.
    const primary = i.NetworkInterfaces?.find((n) => n.Attachment?.DeviceIndex === 0);
    const groups = (primary?.Groups?.length ? primary.Groups : (i.SecurityGroups ?? []))
        .map((g) => g.GroupId)
        .filter((g) => g !== undefined)
        .sort();
    const volumeId = rootVolumeId(i);
    const volume = volumeId === undefined ? undefined : volumes.get(volumeId);
    const attributes = {
        instance_type: i.InstanceType ?? "",
        ami: i.ImageId ?? "",
        ...(i.SubnetId !== undefined && { subnet: i.SubnetId }),
        security_groups: groups,
        ...(i.KeyName !== undefined && { key_name: i.KeyName }),
        ...(volume && { root_block_device: rootBlockDevice(volume) }),
        ...(i.MetadataOptions && {
            metadata_options: {
                ...(i.MetadataOptions.HttpTokens !== undefined && { http_tokens: i.MetadataOptions.HttpTokens }),
                ...(i.MetadataOptions.HttpEndpoint !== undefined && {
                    http_endpoint: i.MetadataOptions.HttpEndpoint,
                }),
                ...(i.MetadataOptions.HttpPutResponseHopLimit !== undefined && {
                    http_put_response_hop_limit: i.MetadataOptions.HttpPutResponseHopLimit,
                }),
            },
        }),
    };
    return live("aws_instance", i.InstanceId, i.Tags, attributes);
}
function rootBlockDevice(v) {
    return {
        ...(v.Size !== undefined && { volume_size: v.Size }),
        ...(v.VolumeType !== undefined && { volume_type: v.VolumeType }),
        ...(v.Encrypted !== undefined && { encrypted: v.Encrypted }),
    };
}

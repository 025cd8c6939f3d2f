/**
 * EC2 descriptions as LiveResources, with attributes under the spec's names and in the shapes
 * the parser produces after applying defaults, so an unchanged resource diffs clean.
 */
import type { Instance, SecurityGroup, Subnet, Tag, Volume, Vpc } from "@aws-sdk/client-ec2";
import type { Attributes, Value } from "../../spec/model.js";
import { getResourceType } from "../../spec/registry.js";
import { OWNER_TAG_ADDRESS, type LiveResource } from "../provider.js";
import { rulesFromPermissions, rulesToValue } from "./rules.js";
import { tagValue, unsetPaths, userTags } from "./tags.js";

export interface VpcDns {
  support: boolean;
  hostnames: boolean;
}

export function live(
  type: string,
  id: string,
  tags: Tag[] | undefined,
  attributes: Attributes,
): LiveResource | undefined {
  const address = tagValue(tags, OWNER_TAG_ADDRESS);
  if (address === undefined) return undefined;
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
export function withoutUnset(type: string, attributes: Attributes, unset: Set<string>): Attributes {
  if (unset.size === 0) return attributes;
  const schema = getResourceType(type)?.properties ?? {};
  const out: Attributes = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (unset.has(k)) {
      const fallback = schema[k]?.default;
      if (fallback !== undefined) out[k] = fallback;
      continue;
    }
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      const inner = Object.fromEntries(Object.entries(v).filter(([ik]) => !unset.has(`${k}.${ik}`)));
      out[k] = inner;
    } else out[k] = v;
  }
  return out;
}

export function vpcLive(vpc: Vpc, dns: VpcDns): LiveResource | undefined {
  return live("aws_vpc", vpc.VpcId!, vpc.Tags, {
    cidr_block: vpc.CidrBlock ?? "",
    enable_dns_support: dns.support,
    enable_dns_hostnames: dns.hostnames,
    instance_tenancy: vpc.InstanceTenancy ?? "default",
  });
}

export function subnetLive(s: Subnet): LiveResource | undefined {
  return live("aws_subnet", s.SubnetId!, s.Tags, {
    vpc: s.VpcId ?? "",
    cidr_block: s.CidrBlock ?? "",
    ...(s.AvailabilityZone !== undefined && { availability_zone: s.AvailabilityZone }),
    map_public_ip_on_launch: s.MapPublicIpOnLaunch ?? false,
  });
}

export function securityGroupLive(g: SecurityGroup): LiveResource | undefined {
  return live("aws_security_group", g.GroupId!, g.Tags, {
    ...(g.VpcId !== undefined && { vpc: g.VpcId }),
    description: g.Description ?? "",
    ingress: rulesToValue(rulesFromPermissions(g.IpPermissions)),
    egress: rulesToValue(rulesFromPermissions(g.IpPermissionsEgress)),
  });
}

/** The id of the instance's root EBS volume, if it has one. */
export function rootVolumeId(i: Instance): string | undefined {
  const root =
    i.BlockDeviceMappings?.find((m) => m.DeviceName === i.RootDeviceName) ?? i.BlockDeviceMappings?.[0];
  return root?.Ebs?.VolumeId;
}

/**
 * `volumes` holds the environment's root volumes by id (one DescribeVolumes by tag for all
 * instances); without an entry the instance's root_block_device is not reported.
 */
export function instanceLive(i: Instance, volumes: ReadonlyMap<string, Volume>): LiveResource | undefined {
  // Order means nothing to EC2; sorted ids keep live state deterministic.
  const primary = i.NetworkInterfaces?.find((n) => n.Attachment?.DeviceIndex === 0);
  const groups = (primary?.Groups?.length ? primary.Groups : (i.SecurityGroups ?? []))
    .map((g) => g.GroupId)
    .filter((g): g is string => g !== undefined)
    .sort();
  const volumeId = rootVolumeId(i);
  const volume = volumeId === undefined ? undefined : volumes.get(volumeId);
  const attributes: Attributes = {
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
  return live("aws_instance", i.InstanceId!, i.Tags, attributes);
}

function rootBlockDevice(v: Volume): Value {
  return {
    ...(v.Size !== undefined && { volume_size: v.Size }),
    ...(v.VolumeType !== undefined && { volume_type: v.VolumeType }),
    ...(v.Encrypted !== undefined && { encrypted: v.Encrypted }),
  };
}

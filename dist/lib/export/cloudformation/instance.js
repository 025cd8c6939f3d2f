import { defined } from "./model.js";
const list = (v) => (Array.isArray(v) ? v : []);
const obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
/** One CloudFormation rule per CIDR: a spec rule carries lists, CloudFormation one range each. */
export function rules(value) {
    return list(value).flatMap((rule) => {
        const r = obj(rule);
        const all = String(r["protocol"]) === "-1";
        // Ports mean nothing for all protocols, and cfn-lint warns when they are given.
        const base = defined({
            IpProtocol: String(r["protocol"]),
            FromPort: all ? undefined : r["from_port"],
            ToPort: all ? undefined : r["to_port"],
            Description: r["description"] ?? undefined,
        });
        return [
            ...list(r["cidr_blocks"]).map((c) => ({ ...base, CidrIp: c })),
            ...list(r["ipv6_cidr_blocks"]).map((c) => ({ ...base, CidrIpv6: c })),
        ];
    });
}
/**
 * A group with no egress rules: CloudFormation keeps EC2's default allow-all rule unless the
 * template lists one, so an empty list becomes AWS's documented "nothing" rule (all protocols to
 * 127.0.0.1/32), which is what Plagentic's empty `egress` means.
 */
export const NO_EGRESS = [{ IpProtocol: "-1", CidrIp: "127.0.0.1/32", Description: "no egress" }];
export function instance(a, ctx) {
    const disk = obj(a["root_block_device"]);
    const groups = list(a["security_groups"]).map((g) => ctx.ref(g));
    const subnet = ctx.ref(a["subnet"]);
    const publicIp = a["associate_public_ip_address"] === true;
    return defined({
        InstanceType: a["instance_type"],
        ImageId: a["ami"],
        KeyName: a["key_name"],
        // A public address on launch is a network interface property; then subnet and groups go there.
        ...(publicIp
            ? {
                NetworkInterfaces: [
                    defined({ DeviceIndex: "0", AssociatePublicIpAddress: true, SubnetId: subnet, GroupSet: groups }),
                ],
            }
            : { SubnetId: subnet, SecurityGroupIds: groups.length > 0 ? groups : undefined }),
        BlockDeviceMappings: Object.keys(disk).length > 0
            ? [
                {
                    // The root device name is the AMI's; /dev/xvda is Amazon Linux's (see docs/export.md).
                    DeviceName: "/dev/xvda",
                    Ebs: defined({
                        VolumeSize: disk["volume_size"],
                        VolumeType: disk["volume_type"],
                        Encrypted: disk["encrypted"],
                    }),
                },
            ]
            : undefined,
        // Instances take IMDS settings only through a launch template (the extra below).
        LaunchTemplate: Object.keys(obj(a["metadata_options"])).length > 0
            ? {
                LaunchTemplateId: { Ref: `${ctx.logicalId}LaunchTemplate` },
                Version: { "Fn::GetAtt": [`${ctx.logicalId}LaunchTemplate`, "LatestVersionNumber"] },
            }
            : undefined,
    });
}
export function metadataTemplate(a) {
    const m = obj(a["metadata_options"]);
    if (Object.keys(m).length === 0)
        return [];
    const options = defined({
        HttpTokens: m["http_tokens"],
        HttpEndpoint: m["http_endpoint"],
        HttpPutResponseHopLimit: m["http_put_response_hop_limit"],
    });
    return [
        {
            suffix: "LaunchTemplate",
            type: "AWS::EC2::LaunchTemplate",
            properties: { LaunchTemplateData: { MetadataOptions: options } },
        },
    ];
}

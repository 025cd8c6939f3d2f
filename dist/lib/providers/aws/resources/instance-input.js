/** An `aws_instance` operation's attributes in EC2's words, for RunInstances and updates. */
import { DescribeImagesCommand, } from "@aws-sdk/client-ec2";
import { ProviderOperationError } from "../../provider.js";
import { object, str, strings } from "../attributes.js";
import { call } from "../context.js";
/**
 * Dotted paths of properties the spec leaves to AWS, recorded on the instance (UNSET_TAG).
 * An empty security group list means "the VPC's default group", which EC2 then reports.
 */
export function instanceUnset(op) {
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
export function metadataOptions(a) {
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
/** The root device of `ami` with the spec's `root_block_device` settings. */
export async function rootDeviceMapping(ctx, ami, root) {
    const images = await call(`reading image ${ami}`, () => ctx.ec2.send(new DescribeImagesCommand({ ImageIds: [ami] })));
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

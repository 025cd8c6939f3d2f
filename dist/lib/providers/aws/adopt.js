/**
 * Adopting EC2 resources (`import_id`): every EC2 type takes tags through one CreateTags call, and
 * an instance's root volume gets the instance's identity too, as a create gives it, so the bulk
 * read of the environment's volumes finds it afterwards.
 */
import { CreateTagsCommand } from "@aws-sdk/client-ec2";
import { OWNER_TAG_ADDRESS } from "../provider.js";
import { call, found } from "./context.js";
import { rootVolumeId } from "./live-state.js";
import { volumeTags } from "./tags.js";
export const AWS_ADOPTION = {
    types: [
        "aws_vpc",
        "aws_subnet",
        "aws_security_group",
        "aws_instance",
        "aws_internet_gateway",
        "aws_eip",
        "aws_ebs_volume",
        "aws_nat_gateway",
    ],
    withTags(current, tags) {
        const resource = current.resource;
        const kept = (resource.Tags ?? []).filter((t) => t.Key === undefined || !(t.Key in tags));
        return found(current.id, { ...resource, Tags: [...kept, ...asTags(tags)] });
    },
    async addTags(ctx, current, tags) {
        const added = asTags(tags);
        await call(`adopting ${current.id}`, () => ctx.ec2.send(new CreateTagsCommand({ Resources: [current.id], Tags: added })));
        const instance = current.resource;
        const volume = instance.InstanceId === current.id ? rootVolumeId(instance) : undefined;
        if (volume === undefined)
            return;
        const address = tags[OWNER_TAG_ADDRESS] ?? "";
        await call(`adopting the root volume ${volume} of ${current.id}`, () => ctx.ec2.send(new CreateTagsCommand({ Resources: [volume], Tags: volumeTags(added, address) })));
    },
};
function asTags(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

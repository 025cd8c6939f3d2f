/**
 * `aws_ebs_volume`: CreateVolume, found again by its token tag, waited on until available; size,
 * type, IOPS and throughput change in place through ModifyVolume. Root volumes of instances carry
 * the environment's tags too (tags.ts, VOLUME_OF_TAG) and are left to their instance.
 */
import { CreateVolumeCommand, DeleteVolumeCommand, DescribeVolumesCommand, DescribeVolumesModificationsCommand, ModifyVolumeCommand, } from "@aws-sdk/client-ec2";
import { ProviderOperationError } from "../../provider.js";
import { bool, str } from "../attributes.js";
import { byToken, call, convergeTags, createdId, deleteAndWait, describeOne, found, } from "../context.js";
import { live } from "../live-state.js";
import { listVolumes } from "../reads.js";
import { ownedTags, tagSpec, tagValue, TOKEN_TAG, UNSET_TAG, VOLUME_OF_TAG } from "../tags.js";
import { waitFor } from "../../waiting.js";
export const ebsVolume = {
    type: "aws_ebs_volume",
    // Listed when the spec names the type or the tagging API finds one (see dispatch.ts).
    optional: true,
    taggingType: "ec2:volume",
    async list(ctx, target) {
        return (await listVolumes(ctx.ec2, target.environment))
            .filter((v) => tagValue(v.Tags, VOLUME_OF_TAG) === undefined && v.State !== "deleted")
            .map((v) => found(v.VolumeId, v));
    },
    async live(_ctx, owned) {
        return owned.flatMap((v) => volumeLive(v.resource) ?? []);
    },
    async read(ctx, id) {
        const v = await describeVolume(ctx, id);
        return v && v.State !== "deleted" ? found(id, v) : undefined;
    },
    async findByToken(ctx, op) {
        const earlier = await byToken(op, (v) => v.VolumeId, async (Filters) => (await ctx.ec2.send(new DescribeVolumesCommand({ Filters }))).Volumes);
        return earlier.filter((v) => v.resource.State !== "deleted");
    },
    async create(ctx, op, earlier) {
        const a = op.attributes;
        const unset = unsetOf(a);
        const id = earlier?.id ??
            createdId((await call(`creating ${op.address}`, () => ctx.ec2.send(new CreateVolumeCommand({
                AvailabilityZone: str(a, "availability_zone"),
                ...performance(a),
                Encrypted: bool(a, "encrypted", false),
                ClientToken: op.token,
                TagSpecifications: [
                    tagSpec("volume", ownedTags(op, { [TOKEN_TAG]: op.token, ...(unset && { [UNSET_TAG]: unset }) })),
                ],
            })))).VolumeId, "CreateVolume", op);
        ctx.progress?.(`${op.address}: waiting for ${id} to become available`);
        await waitFor(ctx.clock, `${id} to become available`, async () => {
            const v = await describeVolume(ctx, id);
            if (v?.State === "error" || v?.State === "deleting" || v?.State === "deleted") {
                throw new ProviderOperationError("VolumeFailed", `${id} is ${v.State}`);
            }
            return v?.State === "available" || v?.State === "in-use" ? v : undefined;
        });
        return id;
    },
    async update(ctx, op, { resource: v }) {
        const want = performance(op.attributes);
        const change = {
            ...(want.Size !== undefined && want.Size !== v.Size && { Size: want.Size }),
            ...(want.VolumeType !== undefined &&
                want.VolumeType !== v.VolumeType && { VolumeType: want.VolumeType }),
            ...(want.Iops !== undefined && want.Iops !== v.Iops && { Iops: want.Iops }),
            ...(want.Throughput !== undefined &&
                want.Throughput !== v.Throughput && { Throughput: want.Throughput }),
        };
        if (Object.keys(change).length > 0) {
            // EBS only grows a volume, and allows one modification every six hours; its error says so.
            const r = await call(`modifying ${op.id}`, () => ctx.ec2.send(new ModifyVolumeCommand({ VolumeId: op.id, ...change })));
            if (!settled(r.VolumeModification))
                await waitForModification(ctx, op.id, op.address);
        }
        await convergeTags(ctx, op.id, v.Tags, op, { [UNSET_TAG]: unsetOf(op.attributes) });
    },
    async delete(ctx, _target, resource) {
        // An attached volume (VolumeInUse) is someone else's business: Plagentic does not attach.
        await deleteAndWait(ctx, resource, () => ctx.ec2.send(new DeleteVolumeCommand({ VolumeId: resource.id })), async () => {
            const v = await describeVolume(ctx, resource.id);
            return !v || v.State === "deleted";
        });
    },
};
export function volumeLive(v) {
    const resource = live("aws_ebs_volume", v.VolumeId, v.Tags, {
        availability_zone: v.AvailabilityZone ?? "",
        ...(v.Size !== undefined && { size: v.Size }),
        type: v.VolumeType ?? "gp2",
        // EBS reports the IOPS and throughput it chose when the spec named none; UNSET_TAG hides those.
        ...(v.Iops !== undefined && { iops: v.Iops }),
        ...(v.Throughput !== undefined && { throughput: v.Throughput }),
        encrypted: v.Encrypted ?? false,
    });
    // A volume EBS could not create is replaced by the next plan.
    return resource && v.State === "error" ? { ...resource, state: "error" } : resource;
}
/** What a create or ModifyVolume sets, from the spec. */
function performance(a) {
    const num = (k) => (typeof a[k] === "number" ? a[k] : undefined);
    const size = num("size");
    const iops = num("iops");
    const throughput = num("throughput");
    return {
        VolumeType: (str(a, "type") ?? "gp2"),
        ...(size !== undefined && { Size: size }),
        ...(iops !== undefined && { Iops: iops }),
        ...(throughput !== undefined && { Throughput: throughput }),
    };
}
/** The properties the spec leaves to EBS, recorded so live state leaves them out (UNSET_TAG). */
function unsetOf(a) {
    const unset = ["iops", "throughput"].filter((k) => typeof a[k] !== "number");
    return unset.length > 0 ? unset.join(",") : undefined;
}
/**
 * Whether a modification has taken effect: from `optimizing` on, the volume has its new size and
 * type (and DescribeVolumes reports them); `failed` is an error.
 */
function settled(m) {
    if (m?.ModificationState === "failed") {
        throw new ProviderOperationError("VolumeModificationFailed", `modifying ${m.VolumeId} failed${m.StatusMessage ? `: ${m.StatusMessage}` : ""}`);
    }
    return m?.ModificationState === "optimizing" || m?.ModificationState === "completed";
}
async function waitForModification(ctx, id, address) {
    ctx.progress?.(`${address}: waiting for the modification of ${id} to take effect`);
    await waitFor(ctx.clock, `the modification of ${id} to take effect`, async () => {
        const r = await call(`reading the modification of ${id}`, () => ctx.ec2.send(new DescribeVolumesModificationsCommand({ VolumeIds: [id] })));
        const latest = (r.VolumesModifications ?? []).sort((a, b) => (b.StartTime?.getTime() ?? 0) - (a.StartTime?.getTime() ?? 0))[0];
        return settled(latest) ? true : undefined;
    });
}
function describeVolume(ctx, id) {
    return describeOne(id, async () => (await ctx.ec2.send(new DescribeVolumesCommand({ VolumeIds: [id] }))).Volumes?.[0]);
}

import { deleteOne, readOne, refOf } from "./compute.js";
export function computeBasics(k) {
    return {
        type: k.type,
        async list(ctx, target) {
            return (await k.list(ctx, target.environment)).map((r) => k.found(ctx.project, r, target));
        },
        async live(_ctx, owned) {
            return owned.flatMap((f) => k.live(f) ?? []);
        },
        read(ctx, id) {
            const ref = refOf(id, k.kind, k.type);
            return readOne(() => k.get(ctx, ref), (r) => k.found(ref.project, r, ctx.target));
        },
        async delete(ctx, _target, resource) {
            const ref = refOf(resource.id, k.kind, k.type);
            await deleteOne(ctx, resource, ref, (requestId) => k.remove(ctx, ref, requestId));
        },
    };
}

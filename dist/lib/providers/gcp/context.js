import { ProviderOperationError } from "../provider.js";
import { waitFor } from "../waiting.js";
import { guarded } from "./errors.js";
export function gcpContext(s, target) {
    const project = s.project(target);
    return {
        target,
        project,
        clock: s.clock,
        progress: s.progress,
        client: s.client,
        compute: s.compute,
        call: s.call,
        async operate(scope, what, start) {
            const [started] = await guarded(start);
            await finish(s, project, scope, what, started.latestResponse);
        },
    };
}
async function finish(s, project, scope, what, started) {
    let op = started;
    const done = await waitFor(s.clock, what, async () => {
        if (op.status === "DONE")
            return op;
        if (!op.name)
            throw new ProviderOperationError("OperationFailed", `${what}: the operation has no name`);
        s.progress?.(`${what}: operation ${op.name} is ${String(op.status ?? "PENDING").toLowerCase()}`);
        // operations.wait blocks on GCE's side for up to two minutes, so this is no busy loop.
        const request = { project, operation: op.name };
        const c = s.compute;
        [op] = await guarded(() => scope.kind === "global"
            ? c.globalOps.wait(request, s.call)
            : scope.kind === "region"
                ? c.regionOps.wait({ ...request, region: scope.region }, s.call)
                : c.zoneOps.wait({ ...request, zone: scope.zone }, s.call));
        return op.status === "DONE" ? op : undefined;
    });
    const errors = done.error?.errors ?? [];
    if (errors.length > 0) {
        throw new ProviderOperationError(errors[0]?.code ?? "OperationFailed", `${what}: ${errors.map((e) => e.message ?? e.code ?? "unknown error").join("; ")}`);
    }
}

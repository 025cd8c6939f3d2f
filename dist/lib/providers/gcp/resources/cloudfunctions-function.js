/**
 * `google_cloudfunctions_function` applied as a 2nd gen function (Cloud Functions API v2), since
 * 1st gen takes no new runtimes. The spec's flat properties map to `buildConfig` (runtime, entry
 * point, source object) and `serviceConfig` (memory, timeout); `trigger_http` is the only trigger
 * the spec can say, and a v2 function without an event trigger is an HTTP one.
 * Ownership: the marker with the full tags in `description` (rewritten by updates, since it also
 * records which properties the spec left out), labels for the server-side filter; see
 * service-ownership.ts. The API takes no request id: a retry finds its first attempt by the name.
 */
import { importOptional } from "../../../optional-module.js";
import { ownershipAfterUpdate, ownershipTags, ProviderOperationError, } from "../../provider.js";
import { omittedPaths, withoutPaths } from "../../omitted.js";
import { resourceName } from "../names.js";
import { describeOwned, readDescription } from "../ownership.js";
import { guarded, orNothing, statusName, untilDone, untilReady, } from "./service-calls.js";
import { createLabels, environmentLabel, LABEL_ENVIRONMENT, ownershipFromMarker, serviceLive, updateLabels, } from "./service-ownership.js";
const TYPE = "google_cloudfunctions_function";
const OMITTABLE = ["entry_point", "trigger_http", "source_archive_bucket", "source_archive_object"];
const BROKEN = new Set(["FAILED", "DELETING"]);
/** What an update sends for each property: only what changed, so a label alone does not rebuild. */
const MASK_BY_PROPERTY = {
    runtime: "buildConfig.runtime",
    entry_point: "buildConfig.entryPoint",
    source_archive_bucket: "buildConfig.source",
    source_archive_object: "buildConfig.source",
    available_memory_mb: "serviceConfig.availableMemory",
    timeout: "serviceConfig.timeoutSeconds",
};
async function functions(ctx) {
    const { v2 } = await importOptional("gcp", () => import("@google-cloud/functions"));
    return ctx.client("functions", (o) => new v2.FunctionServiceClient(o));
}
function found(ctx, f) {
    const name = f.name ?? "";
    return {
        id: name,
        tags: ownershipFromMarker(f.description, f.labels, ctx.target),
        resource: f,
        name: name.slice(name.lastIndexOf("/") + 1),
    };
}
/** `256M`, `1G`, `512Mi`, `1Gi` as megabytes (the spec's unit). */
function megabytes(memory) {
    const m = /^(\d+(?:\.\d+)?)\s*([kMG]i?)?$/.exec(memory ?? "");
    if (!m)
        return 0;
    const n = Number(m[1]);
    const scale = {
        k: 1e-3,
        ki: 1 / 1024,
        M: 1,
        Mi: 1.048576,
        G: 1000,
        Gi: 1073.741824,
    };
    return Math.round(n * (scale[m[2] ?? "M"] ?? 1));
}
export function functionAttributes(f) {
    const storage = f.buildConfig?.source?.storageSource;
    const attributes = {
        runtime: f.buildConfig?.runtime ?? "",
        entry_point: f.buildConfig?.entryPoint ?? "",
        available_memory_mb: megabytes(f.serviceConfig?.availableMemory),
        timeout: Number(f.serviceConfig?.timeoutSeconds ?? 0),
        trigger_http: !f.eventTrigger,
        source_archive_bucket: storage?.bucket ?? "",
        source_archive_object: storage?.object ?? "",
    };
    return withoutPaths(attributes, readDescription(f.description)?.omitted ?? []);
}
function liveOf(f) {
    const state = String(f.resource.state ?? "");
    return serviceLive(TYPE, f, functionAttributes(f.resource), f.resource.labels, state, BROKEN);
}
/** What the spec decides, with `description` the marker and `labels` what the function carries. */
function bodyOf(op, description, labels) {
    const a = op.attributes;
    if (a["trigger_http"] === false) {
        throw new ProviderOperationError("InvalidParameterValue", `${op.address}: without trigger_http a function needs an event trigger, which the spec cannot give yet`);
    }
    const bucket = a["source_archive_bucket"];
    const object = a["source_archive_object"];
    return {
        description,
        labels,
        environment: "GEN_2",
        buildConfig: {
            runtime: String(a["runtime"] ?? ""),
            ...(typeof a["entry_point"] === "string" && { entryPoint: a["entry_point"] }),
            ...(typeof bucket === "string" &&
                typeof object === "string" && { source: { storageSource: { bucket, object } } }),
        },
        serviceConfig: {
            availableMemory: `${Number(a["available_memory_mb"] ?? 256)}M`,
            timeoutSeconds: Number(a["timeout"] ?? 60),
        },
    };
}
function marker(op, tags) {
    return describeOwned({ tags, omitted: omittedPaths(op.attributes, OMITTABLE) });
}
function maskOf(want, f) {
    const have = functionAttributes(f);
    const changed = Object.entries(MASK_BY_PROPERTY)
        .filter(([key]) => JSON.stringify(want[key] ?? null) !== JSON.stringify(have[key] ?? null))
        .map(([, path]) => path);
    return [...new Set(["description", "labels", ...changed])];
}
function stateOf(op) {
    const done = op.done === true;
    return {
        done,
        ...(done &&
            op.error &&
            (op.error.code ?? 0) !== 0 && {
            error: { code: statusName(op.error.code), message: op.error.message ?? "failed" },
        }),
    };
}
async function finish(ctx, started, what) {
    const client = await functions(ctx);
    await untilDone(ctx, `${what} (operation ${started.name ?? "?"})`, stateOf(started), async () => {
        const request = { name: started.name ?? "" };
        const [op] = await guarded(() => client.operationsClient.getOperation(request));
        return stateOf(op);
    });
}
async function get(ctx, name) {
    const client = await functions(ctx);
    return (await orNothing(() => client.getFunction({ name })))?.[0];
}
function nameOf(ctx, op) {
    const id = resourceName(op.target.environment, op.address, op.token);
    return `projects/${ctx.project}/locations/${op.target.region}/functions/${id}`;
}
/** Waits until the function is ACTIVE; FAILED is the deployment's failure. */
function active(ctx, name, what) {
    return untilReady(ctx, what, async () => {
        const f = await get(ctx, name);
        if (!f)
            throw new ProviderOperationError("NOT_FOUND", `${what} disappeared while it was being deployed`);
        if (f.state === "FAILED") {
            const why = (f.stateMessages ?? []).map((m) => m.message ?? "").join("; ");
            throw new ProviderOperationError("FunctionFailed", `${what} is FAILED${why ? `: ${why}` : ""}`);
        }
        return f.state === "ACTIVE" ? true : undefined;
    });
}
export const cloudfunctionsFunction = {
    type: TYPE,
    optional: true,
    tokenIn: "name",
    async list(ctx) {
        const client = await functions(ctx);
        const filter = `labels.${LABEL_ENVIRONMENT}="${environmentLabel(ctx.target.environment)}"`;
        const parent = `projects/${ctx.project}/locations/-`;
        const out = [];
        let pageToken = "";
        do {
            const [items, , raw] = await guarded(() => client.listFunctions({ parent, filter, pageToken }, { autoPaginate: false }));
            // A region that did not answer would make its functions look deleted.
            if ((raw?.unreachable ?? []).length > 0) {
                throw new ProviderOperationError("UNAVAILABLE", `Cloud Functions could not list ${raw.unreachable.join(", ")}; try again`);
            }
            out.push(...items.map((f) => found(ctx, f)));
            pageToken = raw?.nextPageToken ?? "";
        } while (pageToken !== "");
        return out;
    },
    async live(_ctx, owned) {
        return owned.map(liveOf);
    },
    async read(ctx, id) {
        const f = await get(ctx, id);
        return f && found(ctx, f);
    },
    async findByToken(ctx, op) {
        const f = await get(ctx, nameOf(ctx, op));
        return f ? [found(ctx, f)] : [];
    },
    async create(ctx, op, earlier) {
        const name = nameOf(ctx, op);
        const functionId = name.slice(name.lastIndexOf("/") + 1);
        const what = `${op.address} (Cloud Function ${functionId})`;
        if (!earlier) {
            const client = await functions(ctx);
            const body = bodyOf(op, marker(op, ownershipTags(op.target, op.address)), createLabels(op));
            const parent = name.slice(0, name.lastIndexOf("/functions/"));
            const [started] = await guarded(() => client.createFunction({ parent, functionId, function: body }));
            await finish(ctx, started.latestResponse, what);
        }
        await active(ctx, name, what);
        return name;
    },
    async update(ctx, op, current) {
        const client = await functions(ctx);
        const ownership = ownershipAfterUpdate(current, op);
        const body = {
            ...bodyOf(op, marker(op, ownership), updateLabels(current.resource.labels ?? {}, op)),
            name: op.id,
        };
        const [started] = await guarded(() => client.updateFunction({
            function: body,
            updateMask: { paths: maskOf(op.attributes, current.resource) },
        }));
        const what = `${op.address} (Cloud Function ${current.name ?? op.id})`;
        await finish(ctx, started.latestResponse, `${what}: update`);
        await active(ctx, op.id, what);
    },
    async delete(ctx, _target, resource) {
        const client = await functions(ctx);
        const what = `${resource.address} (Cloud Function ${resource.id})`;
        const [started] = await guarded(() => client.deleteFunction({ name: resource.id }));
        await finish(ctx, started.latestResponse, `${what}: delete`);
        await untilReady(ctx, `${what} to be gone`, async () => (await get(ctx, resource.id)) ? undefined : true);
    },
};

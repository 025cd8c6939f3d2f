/**
 * `aws_lambda_function`: a function from a zip in the repository or a container image. Its name
 * is derived from the environment and address, so a retried create finds its first attempt
 * with GetFunction (and a function of that name Plagentic does not own is refused, untouched).
 * The zip is uploaded in the create call, with the tags, and only if its bytes still hash to
 * what the approved plan says; code is updated only when Lambda's CodeSha256 differs.
 */
import { importOptional } from "../../../optional-module.js";
import { ProviderOperationError } from "../../provider.js";
import { waitFor } from "../../waiting.js";
import { str } from "../attributes.js";
import { call } from "../context.js";
import { taggedResources } from "../discover.js";
import { errorCode, toProviderError } from "../errors.js";
import { configChanges, createInput, createTags, functionName, lambdaLive, packageOf, plannedZip, tagChanges, TYPE, } from "./lambda-code.js";
const lambdaSdk = () => importOptional("aws", () => import("@aws-sdk/client-lambda"));
async function lambda(ctx) {
    const sdk = await lambdaSdk();
    return { client: ctx.client("LAMBDA", (c) => new sdk.LambdaClient(c)), sdk };
}
export const lambdaFunction = {
    type: TYPE,
    optional: true,
    taggingType: "lambda:function",
    tokenIn: "name",
    async list(ctx, target) {
        const tagged = await taggedResources(ctx, target, ["lambda:function"]);
        return tagged.map((r) => ({ id: r.arn, tags: r.tags, resource: { arn: r.arn } }));
    },
    async live(ctx, owned) {
        const { client, sdk } = await lambda(ctx);
        // One ListFunctions walk for every configuration: calls grow with pages, not functions.
        const configs = new Map();
        let marker;
        do {
            const page = await call("listing Lambda functions", () => client.send(new sdk.ListFunctionsCommand({ ...(marker && { Marker: marker }) })));
            for (const c of page.Functions ?? [])
                if (c.FunctionArn)
                    configs.set(c.FunctionArn, c);
            marker = page.NextMarker || undefined;
        } while (marker);
        const live = await Promise.all(owned.map(async (f) => {
            const config = configs.get(f.id);
            if (!config)
                return undefined;
            // Only GetFunction names a container function's image; such functions are few.
            const full = config.PackageType === "Image" ? await lambdaFunction.read(ctx, f.id) : undefined;
            return lambdaLive(full?.resource ?? { arn: f.id, config }, f.tags);
        }));
        return live.filter((r) => r !== undefined);
    },
    async read(ctx, id) {
        const { client, sdk } = await lambda(ctx);
        try {
            const r = await client.send(new sdk.GetFunctionCommand({ FunctionName: id }));
            const config = r.Configuration;
            if (!config?.FunctionArn)
                return undefined;
            return {
                id: config.FunctionArn,
                tags: r.Tags ?? {},
                name: config.FunctionName ?? id,
                resource: {
                    arn: config.FunctionArn,
                    config,
                    ...(r.Code?.ImageUri !== undefined && { imageUri: r.Code.ImageUri }),
                },
            };
        }
        catch (e) {
            if (errorCode(e) === "ResourceNotFoundException")
                return undefined;
            throw toProviderError(e, `reading ${id}`);
        }
    },
    async readBack(_ctx, found) {
        return lambdaLive(found.resource, found.tags);
    },
    async findByToken(ctx, op) {
        const f = await lambdaFunction.read(ctx, functionName(op.target, op.address, op.token));
        return f ? [f] : [];
    },
    async create(ctx, op, earlier) {
        const pkg = packageOf(op);
        const name = functionName(op.target, op.address, op.token);
        if (earlier) {
            // The first attempt got as far as the create: finish it as an update would.
            await lambdaFunction.update(ctx, { ...op, id: earlier.id }, earlier);
            return earlier.id;
        }
        let code;
        if (pkg === "Zip") {
            const ZipFile = await plannedZip(op);
            ctx.progress?.(`uploading ${str(op.attributes, "filename")} (${ZipFile.byteLength} bytes) to ${name}`);
            code = { ZipFile };
        }
        else
            code = { ImageUri: str(op.attributes, "image_uri") };
        const { client, sdk } = await lambda(ctx);
        const input = createInput(op, name, code, createTags(op));
        const made = await createWhenRoleAssumable(ctx, op.address, name, () => client.send(new sdk.CreateFunctionCommand(input)));
        const arn = made.FunctionArn;
        if (!arn)
            throw new ProviderOperationError("InvalidResponse", `CreateFunction for ${op.address} returned no ARN`);
        await ready(ctx, name);
        return arn;
    },
    async update(ctx, op, current) {
        const pkg = packageOf(op);
        const name = current.resource.config?.FunctionName ?? current.name ?? op.id;
        const have = current.resource.config ?? (await ready(ctx, name));
        if ((have.PackageType ?? "Zip") !== pkg) {
            throw new ProviderOperationError("PackageTypeChanged", `${op.address}: Lambda cannot turn a ${have.PackageType} function into ${pkg}; remove it and add it under a new name`);
        }
        const { client, sdk } = await lambda(ctx);
        await ready(ctx, name);
        if (pkg === "Zip" && have.CodeSha256 !== str(op.attributes, "source_code_hash")) {
            const ZipFile = await plannedZip(op);
            ctx.progress?.(`uploading ${str(op.attributes, "filename")} (${ZipFile.byteLength} bytes) to ${name}`);
            await call(`updating the code of ${op.address}`, () => client.send(new sdk.UpdateFunctionCodeCommand({ FunctionName: name, ZipFile })));
            await ready(ctx, name);
        }
        const image = str(op.attributes, "image_uri");
        if (pkg === "Image" && image !== current.resource.imageUri) {
            await call(`updating the image of ${op.address}`, () => client.send(new sdk.UpdateFunctionCodeCommand({ FunctionName: name, ImageUri: image })));
            await ready(ctx, name);
        }
        const changes = configChanges(op, have, pkg);
        if (changes) {
            await call(`updating the configuration of ${op.address}`, () => client.send(new sdk.UpdateFunctionConfigurationCommand(changes)));
            await ready(ctx, name);
        }
        const { set, remove } = tagChanges(current.tags, op);
        if (remove.length > 0)
            await call(`removing tags from ${name}`, () => client.send(new sdk.UntagResourceCommand({ Resource: current.id, TagKeys: remove })));
        if (Object.keys(set).length > 0)
            await call(`tagging ${name}`, () => client.send(new sdk.TagResourceCommand({ Resource: current.id, Tags: set })));
    },
    async delete(ctx, _target, { id }) {
        const { client, sdk } = await lambda(ctx);
        try {
            await client.send(new sdk.DeleteFunctionCommand({ FunctionName: id }));
        }
        catch (e) {
            if (errorCode(e) !== "ResourceNotFoundException")
                throw toProviderError(e, `deleting ${id}`);
        }
    },
};
/** How long a role Lambda cannot assume is taken for IAM still propagating a new one. */
const ROLE_PROPAGATION_MS = 120_000;
/**
 * Sends the create, again while Lambda says it cannot assume the role: a role made moments ago is
 * not yet visible to Lambda. Past a short bound the role is wrong, and Lambda's error is reported.
 */
async function createWhenRoleAssumable(ctx, address, name, send) {
    let refused;
    const clock = { ...ctx.clock, timeoutMs: Math.min(ctx.clock.timeoutMs, ROLE_PROPAGATION_MS) };
    try {
        return await waitFor(clock, `IAM to let Lambda assume the role of ${name}`, async () => {
            try {
                return await send();
            }
            catch (e) {
                const unassumable = errorCode(e) === "InvalidParameterValueException" &&
                    /cannot be assumed/i.test(e.message);
                if (!unassumable)
                    throw toProviderError(e, `creating ${address} as ${name}`);
                refused = e;
                return undefined;
            }
        });
    }
    catch (e) {
        if (e instanceof ProviderOperationError && e.code === "Timeout" && refused !== undefined)
            throw toProviderError(refused, `creating ${address} as ${name}`);
        throw e;
    }
}
/**
 * Waits until the function can take the next change: created (State Active) and no update in
 * progress (LastUpdateStatus Successful). A Failed state or update ends the wait with Lambda's reason.
 */
async function ready(ctx, name) {
    return waitFor(ctx.clock, `${name} to be Active with its last update Successful`, async () => {
        const f = await lambdaFunction.read(ctx, name);
        const c = f?.resource.config;
        if (!c)
            throw new ProviderOperationError("NotFound", `${name} disappeared while Plagentic waited for it`);
        if (c.State === "Failed" || c.LastUpdateStatus === "Failed") {
            const reason = c.State === "Failed" ? c.StateReason : c.LastUpdateStatusReason;
            throw new ProviderOperationError("Failed", `${name} failed: ${reason ?? "Lambda gave no reason"}`);
        }
        // Inactive is an idle function, which takes updates as an Active one does.
        const settled = (c.State === "Active" || c.State === "Inactive") &&
            (c.LastUpdateStatus ?? "Successful") === "Successful";
        return settled ? c : undefined;
    });
}

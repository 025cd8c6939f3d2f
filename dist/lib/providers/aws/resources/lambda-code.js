/**
 * What `aws_lambda_function` sends and reads besides the calls themselves: the function's
 * deterministic name, the zip read at apply time and held to the planned hash, the create and
 * configuration inputs, live state as the spec writes it, and tags in Lambda's map form.
 */
import { createHash } from "node:crypto";
import { getResourceType } from "../../../spec/registry.js";
import { fileHash, RepositoryFileError } from "../../../spec/repository-files.js";
import { identityTagsAfterUpdate, isOwnershipTag, OWNER_TAG_ADDRESS, ownershipTags, ProviderOperationError, } from "../../provider.js";
import { nameFromAddress, str, strings } from "../attributes.js";
import { isUserTag, TOKEN_TAG, writableTags } from "../tags.js";
export const TYPE = "aws_lambda_function";
/**
 * The function's name: the environment and the address people can read, and a hash of
 * repository, environment, address and the create's token. The repository keeps two repositories
 * with an environment of the same name apart; the token gives a replacement its own name, so its
 * create never takes the function it replaces for its own earlier attempt (and then deletes it as
 * the old copy). At most 64 of `[A-Za-z0-9_-]`, as Lambda allows.
 */
export function functionName(target, address, token) {
    const hash = createHash("sha256")
        .update(`${target.repository}\n${target.environment}\n${address}\n${token}`)
        .digest("hex")
        .slice(0, 10);
    const readable = `${target.environment}-${nameFromAddress(address)}`.replace(/[^A-Za-z0-9_-]/g, "-");
    return `${readable.slice(0, 64 - hash.length - 1)}-${hash}`;
}
function maxZipBytes() {
    const max = getResourceType(TYPE)?.properties["filename"]?.file?.maxBytes;
    if (max === undefined)
        throw new Error(`${TYPE}.filename is not declared as a repository file`);
    return max;
}
/**
 * The zip to upload, read through the operation's repository (with the loader's checks) and
 * refused unless its hash is the one the approved plan carries: a file changed between plan
 * and apply is never uploaded.
 */
export async function plannedZip(op) {
    const filename = str(op.attributes, "filename");
    const planned = str(op.attributes, "source_code_hash");
    if (!op.files || !planned) {
        throw new ProviderOperationError("NoRepositoryFiles", `${op.address}: ${filename} cannot be uploaded: this apply has no repository to read it from`);
    }
    let bytes;
    try {
        bytes = await op.files.read(filename, maxZipBytes());
    }
    catch (e) {
        if (e instanceof RepositoryFileError)
            throw new ProviderOperationError("FileRefused", `${op.address}: ${e.message}`);
        throw e;
    }
    const now = fileHash(bytes);
    if (now !== planned) {
        throw new ProviderOperationError("FileChanged", `${op.address}: ${filename} changed since the plan (planned sha256 ${planned}, now ${now}); nothing was uploaded, plan again`);
    }
    return bytes;
}
/** Whether the code is a zip from the repository or an image; refuses both or neither. */
export function packageOf(op) {
    const zip = str(op.attributes, "filename") !== undefined;
    const image = str(op.attributes, "image_uri") !== undefined;
    if (zip === image) {
        throw new ProviderOperationError("InvalidSpec", `${op.address}: give exactly one of filename (a zip in the repository) and image_uri`);
    }
    if (zip && (!str(op.attributes, "runtime") || !str(op.attributes, "handler"))) {
        throw new ProviderOperationError("InvalidSpec", `${op.address}: a zip function needs runtime and handler`);
    }
    return zip ? "Zip" : "Image";
}
/** Settings UpdateFunctionConfiguration changes, as the spec wants them. */
function wantedConfig(a, pkg) {
    return {
        Role: str(a, "role"),
        MemorySize: typeof a["memory_size"] === "number" ? a["memory_size"] : 128,
        Timeout: typeof a["timeout"] === "number" ? a["timeout"] : 3,
        ...(pkg === "Zip" && { Runtime: str(a, "runtime"), Handler: str(a, "handler") }),
    };
}
export function createInput(op, name, code, tags) {
    const pkg = "ZipFile" in code ? "Zip" : "Image";
    const architectures = strings(op.attributes, "architectures");
    return {
        FunctionName: name,
        PackageType: pkg,
        Code: code,
        ...wantedConfig(op.attributes, pkg),
        ...(architectures.length > 0 && { Architectures: architectures }),
        Tags: tags,
    };
}
/** The configuration settings that differ from `have`; undefined when none does. */
export function configChanges(op, have, pkg) {
    const want = wantedConfig(op.attributes, pkg);
    const changed = Object.entries(want).filter(([key, value]) => value !== undefined && have[key] !== value);
    if (changed.length === 0)
        return undefined;
    return { FunctionName: have.FunctionName ?? op.id, ...Object.fromEntries(changed) };
}
/** The tags a create writes: the spec's, the token, and the ownership tags. */
export function createTags(op) {
    return { ...writableTags(op.tags), [TOKEN_TAG]: op.token, ...ownershipTags(op.target, op.address) };
}
/**
 * Tags to set and to remove so the function carries exactly the spec's user tags and the
 * ownership tags an update by this repository keeps; our private tags and AWS's own stay.
 */
export function tagChanges(have, op) {
    const want = {
        ...writableTags(op.tags),
        ...identityTagsAfterUpdate(have, op.target),
        [OWNER_TAG_ADDRESS]: op.address,
    };
    const set = Object.fromEntries(Object.entries(want).filter(([k, v]) => have[k] !== v));
    const remove = Object.keys(have).filter((k) => !(k in want) && (isUserTag(k) || isOwnershipTag(k)));
    return { set, remove };
}
/** Live state in the spec's names; `filename` is not among them, its hash stands for it. */
export function lambdaLive(f, tags) {
    const c = f.config;
    const address = tags[OWNER_TAG_ADDRESS];
    if (!c || !address)
        return undefined;
    const attributes = {
        role: c.Role ?? "",
        memory_size: c.MemorySize ?? 128,
        timeout: c.Timeout ?? 3,
        architectures: c.Architectures ?? ["x86_64"],
    };
    if (c.PackageType === "Image") {
        if (f.imageUri !== undefined)
            attributes["image_uri"] = f.imageUri;
    }
    else {
        if (c.Runtime !== undefined)
            attributes["runtime"] = c.Runtime;
        if (c.Handler !== undefined)
            attributes["handler"] = c.Handler;
        if (c.CodeSha256 !== undefined)
            attributes["source_code_hash"] = c.CodeSha256;
    }
    return {
        address,
        type: TYPE,
        id: f.arn,
        attributes,
        tags: Object.fromEntries(Object.entries(tags).filter(([k]) => isUserTag(k))),
        // Inactive is only idle (the next invoke wakes it); Failed is a function that cannot run.
        ...(c.State === "Failed" && { state: "Failed" }),
    };
}

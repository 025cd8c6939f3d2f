/**
 * Files of the repository that a spec names (a Lambda zip): the rules every reader applies to a
 * path, the hash the plan carries, and the step that reads each named file once and writes its
 * hash into the resources, so that a changed file changes the plan.
 */
import { createHash } from "node:crypto";
import { formatNumber, SpecError } from "./errors.js";
/** A repository file that may not be read; `reason` is said after the path in messages. */
export class RepositoryFileError extends Error {
    problem;
    path;
    reason;
    constructor(problem, path, reason) {
        super(`${path}: ${reason}`);
        this.problem = problem;
        this.path = path;
        this.reason = reason;
        this.name = "RepositoryFileError";
    }
}
/**
 * Checks the form of a repository-relative path, before anything is read: not absolute (POSIX,
 * a drive letter, a UNC share), no `..` segment, no backslash (a Windows separator on one
 * machine, a name character on another), no NUL. Returns it with `.` segments and doubled
 * slashes dropped, the form the readers use.
 */
export function checkRepositoryPath(path) {
    if (path === "" || path.includes("\0"))
        throw new RepositoryFileError("missing", path, "is not a file name");
    if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.startsWith("\\\\"))
        throw new RepositoryFileError("absolute", path, "is an absolute path; name the file relative to the repository root (where config.yaml is)");
    if (path.includes("\\"))
        throw new RepositoryFileError("escapes", path, "holds a backslash; separate directories with /");
    const parts = path.split("/").filter((p) => p !== "" && p !== ".");
    if (parts.includes(".."))
        throw new RepositoryFileError("escapes", path, "leaves the repository (..); keep the file inside it");
    if (parts.length === 0)
        throw new RepositoryFileError("not-a-file", path, "is the repository root, not a file");
    return parts.join("/");
}
export function tooLarge(path, bytes, maxBytes) {
    return new RepositoryFileError("too-large", path, `is ${bytes > maxBytes ? `over ${formatNumber(maxBytes)}` : formatNumber(bytes)} bytes; the limit is ${formatNumber(maxBytes)} bytes`);
}
/** The hash a plan carries for a file: base64 of its sha256, what Lambda reports as CodeSha256. */
export function fileHash(bytes) {
    return createHash("sha256").update(bytes).digest("base64");
}
/** Files read ahead (a job's, read at a commit by the thread that talks to GitHub). */
export function filesFromBytes(files) {
    return {
        async read(path, maxBytes) {
            const clean = checkRepositoryPath(path);
            const got = Object.hasOwn(files, clean) ? files[clean] : undefined;
            if (got === undefined)
                throw new RepositoryFileError("missing", path, "does not exist in the repository");
            if (!(got instanceof Uint8Array))
                throw new RepositoryFileError(got.refused, path, got.reason);
            if (got.byteLength > maxBytes)
                throw tooLarge(path, got.byteLength, maxBytes);
            return got;
        },
    };
}
/** Reads `wanted` through `files` ahead of use, keeping each refusal as data. */
export async function readAhead(files, wanted) {
    const out = {};
    for (const { path, maxBytes } of wanted) {
        const key = checkRepositoryPath(path);
        try {
            out[key] = await files.read(key, maxBytes);
        }
        catch (e) {
            if (!(e instanceof RepositoryFileError))
                throw e;
            out[key] = { refused: e.problem, reason: e.reason };
        }
    }
    return out;
}
/**
 * Reads each file the spec names once, through `files`, and returns the environment with each
 * file's hash in its resources' `hashInto` property and `files` kept for apply. A refused file is
 * a SpecError at the line of the property that names it.
 */
export async function resolveRepositoryFiles(env, files) {
    const refs = env.unreadFiles ?? [];
    if (refs.length === 0)
        return { ...env, files };
    const hashes = new Map();
    for (const ref of refs) {
        if (hashes.has(`${ref.path}\0${ref.maxBytes}`))
            continue;
        hashes.set(`${ref.path}\0${ref.maxBytes}`, fileHash(await readAt(files, ref)));
    }
    const byResource = new Map();
    for (const ref of refs)
        byResource.set(ref.resource, [...(byResource.get(ref.resource) ?? []), ref]);
    const resources = env.resources.map((r) => {
        const mine = byResource.get(`${r.type}.${r.name}`);
        if (!mine)
            return r;
        const attributes = { ...r.attributes };
        for (const ref of mine)
            attributes[ref.hashInto] = hashes.get(`${ref.path}\0${ref.maxBytes}`);
        return { ...r, attributes };
    });
    return { ...env, resources, unreadFiles: [], files };
}
async function readAt(files, ref) {
    try {
        return await files.read(ref.path, ref.maxBytes);
    }
    catch (e) {
        if (e instanceof RepositoryFileError)
            throw new SpecError(ref.location, ref.field, e.message);
        throw e;
    }
}

/**
 * Finding and reading environment specs on disk (`environments/<name>.yaml`). Parsing itself is
 * pure and lives in parse.ts, so the GitHub faces can parse text read from a commit instead.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { NotFoundError, SpecError } from "./errors.js";
import { DEFAULT_SPEC_LIMITS } from "./limits.js";
import { checkSpecBytes, parseEnvironment } from "./parse.js";
import { resolveRepositoryFiles } from "./repository-files.js";
const EXTENSIONS = [".yaml", ".yml"];
export async function listEnvironmentNames(dir) {
    let entries;
    try {
        entries = await readdir(dir);
    }
    catch (e) {
        if (e.code === "ENOENT")
            return [];
        throw e;
    }
    return entries
        .filter((f) => EXTENSIONS.some((ext) => f.endsWith(ext)))
        .map((f) => f.replace(/\.ya?ml$/, ""))
        .sort();
}
/**
 * Reads and parses `<dir>/<name>.yaml`; messages name the file relative to `cwd`. With `files`
 * (the repository the spec belongs to), the files the spec names are read and hashed into it.
 */
export async function loadEnvironment(dir, name, cwd = process.cwd(), limits = {}, files) {
    for (const ext of EXTENSIONS) {
        const path = join(dir, name + ext);
        const file = relative(cwd, path) || path;
        let text;
        try {
            // An oversized file is refused before it is read; its size in bytes is what the limit counts.
            const { size } = await stat(path);
            checkSpecBytes(size, file, limits.maxSpecBytes ?? DEFAULT_SPEC_LIMITS.maxSpecBytes);
            text = await readFile(path, "utf8");
        }
        catch (e) {
            if (e.code === "ENOENT")
                continue;
            throw e;
        }
        const env = checkedEnvironment(text, file, name, limits);
        return files ? resolveRepositoryFiles(env, files) : env;
    }
    throw new NotFoundError("environment", name, await listEnvironmentNames(dir));
}
/**
 * Parses spec text and checks that its `environment:` matches the file it came from. Pass config's
 * `limits` (`LoadedConfig.limits`); the defaults apply when absent.
 */
export function checkedEnvironment(text, file, expectedName, limits = {}) {
    const env = parseEnvironment(text, file, limits);
    if (env.spec.environment !== expectedName) {
        throw new SpecError({ file, line: 1 }, "environment", `says "${env.spec.environment}" but the file is for "${expectedName}"; make them match`);
    }
    return env;
}

/**
 * Finding and reading environment specs on disk (`environments/<name>.yaml`). Parsing itself is
 * pure and lives in parse.ts, so the GitHub faces can parse text read from a commit instead.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { NotFoundError, SpecError } from "./errors.js";
import { parseEnvironment } from "./parse.js";
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
/** Reads and parses `<dir>/<name>.yaml`; messages name the file relative to `cwd`. */
export async function loadEnvironment(dir, name, cwd = process.cwd()) {
    for (const ext of EXTENSIONS) {
        const path = join(dir, name + ext);
        let text;
        try {
            text = await readFile(path, "utf8");
        }
        catch (e) {
            if (e.code === "ENOENT")
                continue;
            throw e;
        }
        return checkedEnvironment(text, relative(cwd, path) || path, name);
    }
    throw new NotFoundError("environment", name, await listEnvironmentNames(dir));
}
/** Parses spec text and checks that its `environment:` matches the file it came from. */
export function checkedEnvironment(text, file, expectedName) {
    const env = parseEnvironment(text, file);
    if (env.spec.environment !== expectedName) {
        throw new SpecError({ file, line: 1 }, "environment", `says "${env.spec.environment}" but the file is for "${expectedName}"; make them match`);
    }
    return env;
}

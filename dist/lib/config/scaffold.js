/**
 * `plagentic init`: copies the bundled config, teams and example environment into a project.
 * Nothing is written unless every file can be: a half-initialised project is harder to fix
 * than a refusal.
 */
import { copyFile, mkdir, readdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { packagePath } from "../paths.js";
import { RefusedError } from "../spec/errors.js";
/** Returns the absolute paths written, in the order written. */
export async function scaffoldProject(dir, opts = {}) {
    const root = opts.from ?? packagePath();
    const target = resolve(dir);
    const teams = (await readdir(join(root, "teams"))).filter((f) => f.endsWith(".yaml")).sort();
    const relativePaths = [
        "config.yaml",
        ...teams.map((f) => join("teams", f)),
        join("environments", "staging.yaml"),
    ];
    if (!opts.force) {
        const existing = [];
        for (const rel of relativePaths)
            if (await exists(join(target, rel)))
                existing.push(rel);
        if (existing.length > 0) {
            throw new RefusedError(`refusing to overwrite existing ${existing.length === 1 ? "file" : "files"} in ${target}: ${existing.join(", ")} (use --force to overwrite)`);
        }
    }
    const written = [];
    for (const rel of relativePaths) {
        const to = join(target, rel);
        await mkdir(dirname(to), { recursive: true });
        await copyFile(join(root, rel), to);
        written.push(to);
    }
    return written;
}
async function exists(path) {
    try {
        await stat(path);
        return true;
    }
    catch {
        return false;
    }
}

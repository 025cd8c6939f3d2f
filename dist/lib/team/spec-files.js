/**
 * Where an environment's spec lives in the working tree and how its text is read: the team's
 * tools and the MCP server both show and edit specs by these names.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { assertEnvironmentName } from "./proposal.js";
/** `environments/<name>.yaml` relative to the config's directory (`.yml` if that is what exists). */
export function specFile(workspace, name) {
    assertEnvironmentName(name);
    const dir = workspace.config.environmentsDir;
    const ext = !existsSync(join(dir, `${name}.yaml`)) && existsSync(join(dir, `${name}.yml`)) ? ".yml" : ".yaml";
    return relative(workspace.config.baseDir, join(dir, name + ext)) || `${name}${ext}`;
}
/** The spec's text as it is on disk (`.yaml`, else `.yml`), or null when there is none. */
export async function readSpecText(workspace, name) {
    assertEnvironmentName(name);
    for (const ext of [".yaml", ".yml"]) {
        try {
            return await readFile(join(workspace.config.environmentsDir, name + ext), "utf8");
        }
        catch (e) {
            if (e.code !== "ENOENT")
                throw e;
        }
    }
    return null;
}

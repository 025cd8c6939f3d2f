/**
 * Where the package's own files (price data, bundled teams and examples) live. Found by walking
 * up from this module, so it works from `src/` under the test runner, from `dist/lib/` and from
 * an installed copy alike.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
let cached;
export function packageRoot() {
    if (cached)
        return cached;
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const manifest = join(dir, "package.json");
        if (existsSync(manifest)) {
            const name = JSON.parse(readFileSync(manifest, "utf8")).name;
            if (name === "plagentic")
                return (cached = dir);
        }
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error("cannot find the plagentic package root");
        dir = parent;
    }
}
export function packagePath(...parts) {
    return join(packageRoot(), ...parts);
}

import { readFileSync } from "node:fs";
import { packagePath } from "../paths.js";
let cached;
export function version() {
    cached ??= JSON.parse(readFileSync(packagePath("package.json"), "utf8")).version;
    return cached;
}

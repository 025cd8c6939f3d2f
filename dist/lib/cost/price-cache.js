/**
 * The local price cache that `plagentic prices update` writes and the catalog loader may read:
 * files with the same names and shapes as the sourced regional price files, plus `manifest.json`
 * saying, per file, its hash, the date of its prices, where it came from and when it was fetched.
 *
 * Writes are all-or-nothing per call: every file goes to a temporary name in the cache directory
 * first and is renamed into place only when all of them are written; the manifest is renamed last,
 * so a reader that checks each file's sha256 against the manifest never trusts a half-written set.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { MANIFEST_FILE, parseManifest, sha256Hex } from "./price-manifest.js";
/**
 * The cache directory: `prices.cache_dir` from config.yaml (already absolute), else
 * `$XDG_CACHE_HOME/plagentic/prices`, else `$HOME/.cache/plagentic/prices`. A relative
 * XDG_CACHE_HOME is ignored, as the XDG Base Directory spec says. With none of them (a test's or a
 * sandbox's bare environment) there is no cache: plans use the bundled prices only.
 */
export function defaultPriceCacheDir(env, config) {
    const configured = config?.prices?.cacheDir;
    if (configured)
        return configured;
    const xdg = env["XDG_CACHE_HOME"];
    if (xdg && isAbsolute(xdg))
        return join(xdg, "plagentic", "prices");
    const home = env["HOME"] ?? env["USERPROFILE"];
    return home ? join(home, ".cache", "plagentic", "prices") : undefined;
}
/** The manifest, or an empty one when there is none yet; anything else unreadable is an error. */
export async function readPriceCacheManifest(dir) {
    const text = await readOptional(join(dir, MANIFEST_FILE));
    if (text === undefined)
        return { format: 1, files: {} };
    const manifest = parseManifest(text);
    if (typeof manifest === "string") {
        throw new Error(`${join(dir, MANIFEST_FILE)}: not a format 1 price cache manifest: ${manifest}`);
    }
    return manifest;
}
/**
 * A cached file's parsed content, only when its bytes still match the manifest (a file changed or
 * left half-renamed by hand is not merged into).
 */
export async function readPriceCacheFile(dir, name) {
    const manifest = await readPriceCacheManifest(dir);
    const entry = manifest.files[name];
    if (!entry)
        return undefined;
    const bytes = await readOptional(join(dir, name));
    if (bytes === undefined || sha256Hex(bytes) !== entry.sha256)
        return undefined;
    return JSON.parse(bytes);
}
/** Serialises as the cache stores it: two-space JSON with a final newline. */
export function serializePriceFile(content) {
    return JSON.stringify(content, null, 2) + "\n";
}
/** Writes the files and updates the manifest, each through a temporary file and a rename. */
export async function commitPriceCache(dir, writes) {
    await mkdir(dir, { recursive: true });
    const manifest = await readPriceCacheManifest(dir);
    const staged = [];
    try {
        for (const w of writes) {
            const text = serializePriceFile(w.content);
            const tmp = join(dir, tempName(w.name));
            staged.push({ tmp, final: join(dir, w.name) });
            await writeFile(tmp, text, { flag: "wx" });
            manifest.files[w.name] = {
                sha256: sha256Hex(text),
                as_of: w.asOf,
                source: w.source,
                fetched_at: w.fetchedAt,
            };
        }
        const sorted = {
            format: 1,
            files: Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b))),
        };
        const manifestTmp = join(dir, tempName(MANIFEST_FILE));
        staged.push({ tmp: manifestTmp, final: join(dir, MANIFEST_FILE) });
        await writeFile(manifestTmp, serializePriceFile(sorted), { flag: "wx" });
        // Only now does anything visible change; the manifest goes last.
        for (const s of staged)
            await rename(s.tmp, s.final);
        return sorted;
    }
    catch (e) {
        await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
        throw e;
    }
}
/** Temporary files a run killed before its rename left behind (`<name>.tmp-<pid>-<random>`). */
export async function removeStaleTempFiles(dir) {
    let names;
    try {
        names = await readdir(dir);
    }
    catch {
        return;
    }
    await Promise.all(names
        .filter((n) => /\.tmp-\d+-[0-9a-f]+$/.test(n) && !isAlive(Number(/\.tmp-(\d+)-/.exec(n)[1])))
        .map((n) => rm(join(dir, n), { force: true })));
}
function tempName(name) {
    return `${name}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
}
function isAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
async function readOptional(path) {
    try {
        return await readFile(path, "utf8");
    }
    catch (e) {
        if (e.code === "ENOENT")
            return undefined;
        throw e;
    }
}

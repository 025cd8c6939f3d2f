import { type Manifest } from "./price-manifest.js";
/** One file to write: its name in the cache, its JSON content and its manifest entry. */
export interface PriceCacheWrite {
    name: string;
    content: unknown;
    asOf: string;
    source: string;
    fetchedAt: string;
}
type Env = Readonly<Record<string, string | undefined>>;
/**
 * The cache directory: `prices.cache_dir` from config.yaml (already absolute), else
 * `$XDG_CACHE_HOME/plagentic/prices`, else `$HOME/.cache/plagentic/prices`. A relative
 * XDG_CACHE_HOME is ignored, as the XDG Base Directory spec says. With none of them (a test's or a
 * sandbox's bare environment) there is no cache: plans use the bundled prices only.
 */
export declare function defaultPriceCacheDir(env: Env, config?: {
    prices?: {
        cacheDir?: string | undefined;
    };
}): string | undefined;
/** The manifest, or an empty one when there is none yet; anything else unreadable is an error. */
export declare function readPriceCacheManifest(dir: string): Promise<Manifest>;
/**
 * A cached file's parsed content, only when its bytes still match the manifest (a file changed or
 * left half-renamed by hand is not merged into).
 */
export declare function readPriceCacheFile(dir: string, name: string): Promise<unknown>;
/** Serialises as the cache stores it: two-space JSON with a final newline. */
export declare function serializePriceFile(content: unknown): string;
/** Writes the files and updates the manifest, each through a temporary file and a rename. */
export declare function commitPriceCache(dir: string, writes: PriceCacheWrite[]): Promise<Manifest>;
/** Temporary files a run killed before its rename left behind (`<name>.tmp-<pid>-<random>`). */
export declare function removeStaleTempFiles(dir: string): Promise<void>;
export {};

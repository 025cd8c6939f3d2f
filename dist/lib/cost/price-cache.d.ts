export declare const PRICE_CACHE_FORMAT = 1;
export declare const PRICE_CACHE_MANIFEST = "manifest.json";
export interface PriceCacheEntry {
    /** Lower-case hex SHA-256 of the file's bytes as written. */
    sha256: string;
    /** ISO date of the prices (the provider's publication or effective date, else the fetch time). */
    as_of: string;
    /** The URL fetched (an API key is never included). */
    source: string;
    /** ISO time the fetch finished. */
    fetched_at: string;
}
export interface PriceCacheManifest {
    format: typeof PRICE_CACHE_FORMAT;
    files: Record<string, PriceCacheEntry>;
}
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
 * `$XDG_CACHE_HOME/plagentic/prices`, else `~/.cache/plagentic/prices`. A relative
 * XDG_CACHE_HOME is ignored, as the XDG Base Directory spec says.
 */
export declare function defaultPriceCacheDir(env: Env, config?: {
    prices?: {
        cacheDir?: string;
    };
}): string;
export declare function sha256Hex(bytes: Buffer | string): string;
/** The manifest, or an empty one when there is none yet; a manifest of another format is an error. */
export declare function readPriceCacheManifest(dir: string): Promise<PriceCacheManifest>;
/**
 * A cached file's parsed content, only when its bytes still match the manifest (a file changed or
 * left half-renamed by hand is not merged into).
 */
export declare function readPriceCacheFile(dir: string, name: string): Promise<unknown>;
/** Serialises as the cache stores it: two-space JSON with a final newline. */
export declare function serializePriceFile(content: unknown): string;
/** Writes the files and updates the manifest, each through a temporary file and a rename. */
export declare function commitPriceCache(dir: string, writes: PriceCacheWrite[]): Promise<PriceCacheManifest>;
/** Temporary files a run killed before its rename left behind (`<name>.tmp-<pid>-<random>`). */
export declare function removeStaleTempFiles(dir: string): Promise<void>;
export {};

import type { GitHubClient, RepoRef } from "./client.js";
export interface PreviewEntry {
    pr: number;
    parent: string;
    name: string;
    createdAt: string;
    /** When the TTL runs out; null when `previews.ttl_hours` is not set. */
    expiresAt: string | null;
    /** The pull request head the preview was last applied from. */
    headSha: string;
}
export declare function previewRef(name: string): string;
export declare function previewMessage(entry: PreviewEntry): string;
/** The entry a ref's commit message holds, or null unless it is whole and names itself consistently. */
export declare function parsePreviewMessage(refName: string, message: string): PreviewEntry | null;
export interface PreviewListing {
    entries: PreviewEntry[];
    /** Refs under the prefix whose entry was not trusted; reported, never acted on. */
    malformed: string[];
}
export interface PreviewRegistry {
    list(): Promise<PreviewListing>;
    get(name: string): Promise<PreviewEntry | null>;
    /** Records the entry; `treeOf` is a commit whose tree the registry commit reuses. */
    put(entry: PreviewEntry, treeOf: string): Promise<void>;
    remove(name: string): Promise<void>;
}
export declare function createPreviewRegistry(client: GitHubClient, repo: RepoRef): PreviewRegistry;

import type { PullRequestInfo } from "./client.js";
import { type GitHubContext } from "./context.js";
import { type PreviewEnd } from "./preview-messages.js";
import { type PreviewEntry } from "./preview-registry.js";
import { type RepoConfig } from "./repo-config.js";
import type { ScheduledTask } from "./schedule.js";
/** Hook for lifecycle.ts: a closed or merged pull request's previews are destroyed. */
export declare function destroyPullRequestPreviews(ctx: GitHubContext, number: number): Promise<string[]>;
/** The scheduled row: destroys previews whose TTL ran out, or whose pull request is no longer open. */
export declare const expiredPreviewsTask: ScheduledTask;
/** Destroys one preview and says so on its pull request; a failure keeps its entry for the next tick. */
export declare function destroyPreview(ctx: GitHubContext, rc: RepoConfig, entry: PreviewEntry, pr: PullRequestInfo, end: PreviewEnd): Promise<{
    ok: boolean;
    line: string;
}>;

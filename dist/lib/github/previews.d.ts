import type { Actor } from "./access.js";
import type { EventOutcome, GitHubContext } from "./context.js";
export interface PreviewRequest {
    number: number;
    isPullRequest: boolean;
    environment: string;
    actor: Actor;
    commentId: number;
    verbose: boolean;
}
/** The `preview` verb. The router has authorized the writer (authz.ts refuses forks for it). */
export declare function requestPreview(ctx: GitHubContext, request: PreviewRequest): Promise<Partial<EventOutcome>>;

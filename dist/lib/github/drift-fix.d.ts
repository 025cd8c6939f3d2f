import { type Actor } from "./access.js";
import type { EventOutcome, GitHubContext } from "./context.js";
export interface FixRequest {
    number: number;
    isPullRequest: boolean;
    /** The environment the command named, if any. */
    environment?: string;
    actor: Actor;
}
export declare function fixDrift(ctx: GitHubContext, request: FixRequest): Promise<Partial<EventOutcome>>;

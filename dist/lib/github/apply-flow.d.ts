import { type Actor } from "./access.js";
import { type ApplyOutcome, type GitHubContext } from "./context.js";
export type ApplyTrigger = "approval" | "command" | "button";
export interface ApplyRequest {
    number: number;
    environment?: string;
    trigger: ApplyTrigger;
    /** Who approved, commented or pressed the button. */
    actor: Actor;
}
export declare function applyOnPullRequest(ctx: GitHubContext, request: ApplyRequest): Promise<ApplyOutcome[]>;

import type { PullRequestInfo } from "./client.js";
import type { GitHubContext } from "./context.js";
import type { PlanRecord } from "./markers.js";
export type PlanIntent = {
    ok: true;
    requester: string;
    destroy: boolean;
} | {
    ok: false;
    reason: string;
};
export declare function planIntent(ctx: GitHubContext, pr: PullRequestInfo, record: Pick<PlanRecord, "commandCommentId" | "requester" | "environment">): Promise<PlanIntent>;

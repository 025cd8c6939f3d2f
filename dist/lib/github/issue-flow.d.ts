import type { GitHubContext, PlanOutcome } from "./context.js";
import { type RepoConfig } from "./repo-config.js";
export interface ChangeRequest {
    issue: number;
    title: string;
    author: string;
    /** The issue body, or the text after `/plagentic` in a comment. */
    text: string;
    /**
     * Set when the request was made on a pull request: the edit is committed to that PR's branch
     * (invariant 1) instead of a new one. `commentId` is the asking comment.
     */
    pullRequest?: {
        commentId: number;
    };
    /** The ref whose specs the edit starts from: the PR head, or the default branch. */
    specRef?: string;
}
/** A spec edit proposed for one environment: the file's new full text. */
export interface SpecEdit {
    environment: string;
    after: string;
    explanation: string;
}
/** Turns plain words into a spec edit; supplied by the team when a model is configured. */
export type PlainWordsProposer = (ctx: GitHubContext, rc: RepoConfig, request: ChangeRequest) => Promise<SpecEdit | {
    refused: string;
}>;
export declare function handleChangeRequest(ctx: GitHubContext, request: ChangeRequest, proposePlainWords: PlainWordsProposer | undefined): Promise<{
    pr: number;
    plan: PlanOutcome | null;
} | null>;

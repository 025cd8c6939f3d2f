/**
 * One issue per drifted environment, kept in step with the cloud: opened when drift is found,
 * rewritten in place while it lasts, closed with a comment once it is gone. Drift is always
 * measured against the DEFAULT branch's spec, the desired state (invariant 1). Only an issue the
 * bot itself opened, carrying its marker, is ever trusted: anyone can open "Drift in staging".
 */
import type { DriftReport } from "../plan/model.js";
import type { IssueInfo } from "./client.js";
import type { GitHubContext } from "./context.js";
import { type SpecSource } from "./drift-issue-body.js";
import { type RepoConfig } from "./repo-config.js";
/** Drift of one environment against the default branch at one commit, with the spec it used. */
export interface DriftCheck {
    report: DriftReport;
    spec: SpecSource;
}
export declare function checkDrift(ctx: GitHubContext, rc: RepoConfig, environment: string): Promise<DriftCheck | null>;
/** The environments a scheduled check covers: `drift.environments`, or every spec there is. */
export declare function driftEnvironments(ctx: GitHubContext, rc: RepoConfig): Promise<string[]>;
/** The open drift issue the bot keeps for `environment`, or null. */
export declare function findDriftIssue(ctx: GitHubContext, environment: string): Promise<IssueInfo | null>;
/** Whether an issue is the bot's own drift issue (of `environment` when given); which one it is. */
export declare function driftIssueEnvironment(ctx: GitHubContext, issue: IssueInfo): string | null;
export type DriftIssueOutcome = "opened" | "updated" | "unchanged" | "closed" | "none";
/** Opens, rewrites or closes the environment's drift issue to match a fresh check. */
export declare function syncDriftIssue(ctx: GitHubContext, check: DriftCheck): Promise<{
    outcome: DriftIssueOutcome;
    number?: number;
}>;
/**
 * After an apply, an environment with an open drift issue is checked again, so that applying a
 * revert clears the issue at once. It never fails the apply that has already happened.
 */
export declare function recheckDriftAfterApply(ctx: GitHubContext, rc: RepoConfig, environment: string): Promise<void>;
/** The spec source with links based on an issue's or pull request's address, when none is known. */
export declare function withBase(spec: SpecSource, htmlUrl: string): SpecSource;

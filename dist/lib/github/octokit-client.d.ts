/**
 * GitHubClient over an Octokit with the REST plugin. Probot's `context.octokit` and
 * @actions/github's `getOctokit(token)` both fit `OctokitLike`, so this file imports neither: the
 * faces hand their Octokit in, and every handler sees the same port.
 */
import type { GitHubClient } from "./client.js";
interface UserData {
    login: string;
    type?: string;
}
interface CommentData {
    id: number;
    user: UserData | null;
    body?: string;
    html_url: string;
    issue_url?: string;
    created_at: string;
}
interface IssueData {
    number: number;
    title: string;
    body?: string | null;
    state: string;
    user: UserData | null;
    labels?: (string | {
        name?: string;
    })[];
    html_url: string;
    pull_request?: unknown;
}
interface CommitData {
    sha: string;
    /** GitHub sends `{}` when the commit's email is linked to no account. */
    author: Partial<UserData> | null;
    committer: Partial<UserData> | null;
}
interface ReviewData {
    id: number;
    user: UserData | null;
    state: string;
    commit_id: string | null;
    submitted_at?: string;
}
interface ContentEntry {
    type: string;
    name: string;
    sha: string;
    content?: string;
    encoding?: string;
    size?: number;
}
/**
 * The part of an Octokit (REST endpoint methods + paginate) this adapter calls. Parameters are
 * loose (GitHub validates them) and responses list only the fields read. Method syntax on
 * purpose: it compares parameters bivariantly, so Octokit's precise parameter types fit.
 */
export interface OctokitLike {
    rest: {
        repos: {
            get(params?: object): Promise<{
                data: {
                    default_branch: string;
                };
            }>;
            getCollaboratorPermissionLevel(params?: object): Promise<{
                data: {
                    permission: string;
                    role_name?: string;
                };
            }>;
            getContent(params?: object): Promise<{
                data: ContentEntry | ContentEntry[];
            }>;
            createOrUpdateFileContents(params?: object): Promise<{
                data: {
                    commit: {
                        sha?: string;
                    };
                };
            }>;
            createCommitStatus(params?: object): Promise<{
                data: unknown;
            }>;
            createDeployment(params?: object): Promise<{
                data: {
                    id?: number;
                    message?: string;
                };
            }>;
            createDeploymentStatus(params?: object): Promise<{
                data: unknown;
            }>;
        };
        teams: {
            getMembershipForUserInOrg(params?: object): Promise<{
                data: {
                    state: string;
                };
            }>;
        };
        pulls: {
            get(params?: object): Promise<{
                data: {
                    number: number;
                    state: string;
                    merged: boolean | null;
                    user: UserData | null;
                    html_url: string;
                    title: string;
                    head: {
                        sha: string;
                        ref: string;
                        repo: {
                            full_name: string;
                        } | null;
                    };
                    base: {
                        ref: string;
                    };
                    merge_commit_sha?: string | null;
                };
            }>;
            listReviews(params?: object): Promise<{
                data: ReviewData[];
            }>;
            listCommits(params?: object): Promise<{
                data: CommitData[];
            }>;
            create(params?: object): Promise<{
                data: {
                    number: number;
                    html_url: string;
                };
            }>;
        };
        issues: {
            listForRepo(params?: object): Promise<{
                data: IssueData[];
            }>;
            get(params?: object): Promise<{
                data: IssueData;
            }>;
            create(params?: object): Promise<{
                data: IssueData;
            }>;
            update(params?: object): Promise<{
                data: unknown;
            }>;
            listComments(params?: object): Promise<{
                data: CommentData[];
            }>;
            getComment(params?: object): Promise<{
                data: CommentData;
            }>;
            createComment(params?: object): Promise<{
                data: CommentData;
            }>;
            updateComment(params?: object): Promise<{
                data: CommentData;
            }>;
        };
        reactions: {
            createForIssueComment(params?: object): Promise<{
                data: unknown;
            }>;
        };
        checks: {
            create(params?: object): Promise<{
                data: {
                    id: number;
                };
            }>;
            update(params?: object): Promise<{
                data: unknown;
            }>;
        };
        git: {
            getRef(params?: object): Promise<{
                data: {
                    object: {
                        sha: string;
                    };
                };
            }>;
            createRef(params?: object): Promise<{
                data: unknown;
            }>;
            deleteRef(params?: object): Promise<{
                data: unknown;
            }>;
            listMatchingRefs(params?: object): Promise<{
                data: {
                    ref: string;
                    object: {
                        sha: string;
                    };
                }[];
            }>;
            createCommit(params?: object): Promise<{
                data: {
                    sha: string;
                };
            }>;
            getCommit(params?: object): Promise<{
                data: {
                    message: string;
                    tree: {
                        sha: string;
                    };
                };
            }>;
            getBlob(params?: object): Promise<{
                data: {
                    content: string;
                    encoding: string;
                };
            }>;
        };
    };
    paginate(method: unknown, params: object): Promise<unknown>;
}
/** A failed GitHub call. The message names the operation and GitHub's reason, never a credential. */
export declare class GitHubApiError extends Error {
    readonly operation: string;
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number;
    constructor(operation: string, 
    /** HTTP status, or 0 when no response arrived. */
    status: number, reason: string);
}
export declare function octokitClient(octokit: OctokitLike): GitHubClient;
export {};

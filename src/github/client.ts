/**
 * The GitHub operations Plagentic needs, as a small port. The App (Probot's Octokit) and the
 * Action (@actions/github's Octokit) both adapt to it with `octokitClient`, so every handler is
 * plain code that neither face owns, and tests can use a local fake GitHub.
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export interface PullRequestInfo {
  number: number;
  state: "open" | "closed";
  merged: boolean;
  /** Author login. */
  author: string;
  headSha: string;
  headRef: string;
  /** `owner/repo` of the head; differs from the base repository for a fork PR. */
  headRepoFullName: string | null;
  baseRef: string;
  htmlUrl: string;
  title: string;
  /** The commit a merge made on the base branch; null until the pull request is merged. */
  mergeCommitSha: string | null;
}

/** An issue (never a pull request: `listIssues` leaves those out). */
export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  /** Author login. */
  user: string;
  /** "Bot" for apps and bots, "User" for people. */
  userType: string;
  labels: string[];
  htmlUrl: string;
}

/** A ref under a prefix, as `listMatchingRefs` returns it. */
export interface RefInfo {
  /** Full name, e.g. `refs/plagentic/previews/staging-pr-7`. */
  ref: string;
  sha: string;
}

export interface Review {
  id: number;
  user: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
  /** The head SHA the review was given on. */
  commitId: string;
  submittedAt: string | null;
}

export interface IssueComment {
  id: number;
  user: string;
  /** "Bot" for apps and bots, "User" for people. */
  userType: string;
  body: string;
  /** The issue or pull request the comment is on. */
  issueNumber: number;
  htmlUrl: string;
  createdAt: string;
}

/** A commit of a pull request, with the GitHub accounts linked to its author and committer. */
export interface PullRequestCommit {
  sha: string;
  /** Null when the commit's author email is linked to no GitHub account. */
  author: string | null;
  committer: string | null;
}

export interface CheckRunInput {
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed";
  conclusion?: "success" | "failure" | "neutral" | "cancelled" | "action_required" | "skipped";
  title: string;
  summary: string;
  text?: string;
  /** Buttons GitHub shows on the check run (App mode only); at most 3. */
  actions?: { label: string; description: string; identifier: string }[];
  externalId?: string;
}

export interface CommitStatusInput {
  sha: string;
  state: "pending" | "success" | "failure" | "error";
  context: string;
  description: string;
  targetUrl?: string;
}

/** What `getRawFile` found at a path. */
export interface RawFile {
  type: "file" | "dir" | "symlink" | "submodule";
  size: number;
  /** Present for a file within the bound. */
  bytes?: Uint8Array;
}

export interface GitHubClient {
  getPermission(repo: RepoRef, username: string): Promise<Permission>;
  isTeamMember(org: string, teamSlug: string, username: string): Promise<boolean>;

  getDefaultBranch(repo: RepoRef): Promise<string>;
  /** A file's text at a ref, or null when it does not exist there. */
  getFile(repo: RepoRef, path: string, ref: string): Promise<string | null>;
  /**
   * A path's raw bytes at a ref, for a file the spec names (a Lambda zip); null when nothing is
   * there. The bytes come only for a file of at most `maxBytes`: a larger one, a directory or a
   * symlink GitHub does not resolve inside the repository is described, never downloaded.
   */
  getRawFile(repo: RepoRef, path: string, ref: string, maxBytes: number): Promise<RawFile | null>;
  /** File names directly inside a directory at a ref; empty when the directory does not exist. */
  listDirectory(repo: RepoRef, path: string, ref: string): Promise<string[]>;

  getPullRequest(repo: RepoRef, number: number): Promise<PullRequestInfo>;
  /** Every review of the PR, all pages, oldest first. */
  listReviews(repo: RepoRef, number: number): Promise<Review[]>;
  /** The PR's commits (GitHub lists at most 250), oldest first. */
  listPullRequestCommits(repo: RepoRef, number: number): Promise<PullRequestCommit[]>;
  createPullRequest(
    repo: RepoRef,
    input: { title: string; body: string; head: string; base: string },
  ): Promise<{ number: number; htmlUrl: string }>;

  /** Issues (not pull requests) in a state, all pages, newest first; only those with every label given. */
  listIssues(
    repo: RepoRef,
    query: { state: "open" | "closed" | "all"; labels?: string[]; creator?: string },
  ): Promise<IssueInfo[]>;
  getIssue(repo: RepoRef, number: number): Promise<IssueInfo>;
  createIssue(
    repo: RepoRef,
    input: { title: string; body: string; labels?: string[] },
  ): Promise<{ number: number; htmlUrl: string }>;
  updateIssue(
    repo: RepoRef,
    number: number,
    input: { title?: string; body?: string; state?: "open" | "closed" },
  ): Promise<void>;

  /** Every comment on the issue or PR, all pages, oldest first. */
  listIssueComments(repo: RepoRef, number: number): Promise<IssueComment[]>;
  getIssueComment(repo: RepoRef, id: number): Promise<IssueComment>;
  createIssueComment(repo: RepoRef, number: number, body: string): Promise<IssueComment>;
  updateIssueComment(repo: RepoRef, id: number, body: string): Promise<IssueComment>;
  addReaction(
    repo: RepoRef,
    commentId: number,
    content: "eyes" | "+1" | "-1" | "confused" | "rocket",
  ): Promise<void>;

  createCheckRun(repo: RepoRef, input: CheckRunInput): Promise<{ id: number }>;
  updateCheckRun(repo: RepoRef, id: number, input: Partial<CheckRunInput>): Promise<void>;
  createCommitStatus(repo: RepoRef, input: CommitStatusInput): Promise<void>;

  createDeployment(
    repo: RepoRef,
    input: { ref: string; environment: string; description: string; payload: Record<string, unknown> },
  ): Promise<{ id: number }>;
  createDeploymentStatus(
    repo: RepoRef,
    deploymentId: number,
    input: { state: "in_progress" | "success" | "failure" | "error"; description: string; logUrl?: string },
  ): Promise<void>;

  /** SHA a ref (`heads/main`, `plagentic/locks/staging`) points at, or null if it does not exist. */
  getRef(repo: RepoRef, ref: string): Promise<string | null>;
  /** Creates a ref; resolves false (not an error) when it already exists, so it can serve as a lock. */
  createRef(repo: RepoRef, ref: string, sha: string): Promise<boolean>;
  deleteRef(repo: RepoRef, ref: string): Promise<void>;
  /** Refs whose name starts with a prefix (`plagentic/previews/`), all pages. */
  listMatchingRefs(repo: RepoRef, prefix: string): Promise<RefInfo[]>;
  /**
   * A commit with the given message on the given tree and parents; returns its SHA. Locks use a
   * parentless commit whose message carries the holder, so a lock needs no server of its own.
   */
  createCommit(repo: RepoRef, input: { message: string; tree: string; parents: string[] }): Promise<string>;
  getCommit(repo: RepoRef, sha: string): Promise<{ message: string; tree: string }>;
  /** Creates or updates a file on a branch as one commit; returns the commit SHA. */
  putFile(
    repo: RepoRef,
    input: { path: string; branch: string; content: string; message: string; sha?: string },
  ): Promise<string>;
  /** The blob SHA of a file on a ref (needed to update it), or null. */
  getFileSha(repo: RepoRef, path: string, ref: string): Promise<string | null>;
}

/**
 * GitHubClient over an Octokit with the REST plugin. Probot's `context.octokit` and
 * @actions/github's `getOctokit(token)` both fit `OctokitLike`, so this file imports neither: the
 * faces hand their Octokit in, and every handler sees the same port.
 */
import type {
  CheckRunInput,
  GitHubClient,
  IssueComment,
  IssueInfo,
  Permission,
  PullRequestInfo,
  RepoRef,
  Review,
} from "./client.js";

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
  labels?: (string | { name?: string })[];
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

interface CheckRunParams {
  name?: string;
  status?: string;
  conclusion?: string;
  external_id?: string;
  output?: { title: string; summary: string; text?: string };
  actions?: { label: string; description: string; identifier: string }[];
}

/**
 * The part of an Octokit (REST endpoint methods + paginate) this adapter calls. Parameters are
 * loose (GitHub validates them) and responses list only the fields read. Method syntax on
 * purpose: it compares parameters bivariantly, so Octokit's precise parameter types fit.
 */
export interface OctokitLike {
  rest: {
    repos: {
      get(params?: object): Promise<{ data: { default_branch: string } }>;
      getCollaboratorPermissionLevel(
        params?: object,
      ): Promise<{ data: { permission: string; role_name?: string } }>;
      getContent(params?: object): Promise<{ data: ContentEntry | ContentEntry[] }>;
      createOrUpdateFileContents(params?: object): Promise<{ data: { commit: { sha?: string } } }>;
      createCommitStatus(params?: object): Promise<{ data: unknown }>;
      createDeployment(params?: object): Promise<{ data: { id?: number; message?: string } }>;
      createDeploymentStatus(params?: object): Promise<{ data: unknown }>;
    };
    teams: { getMembershipForUserInOrg(params?: object): Promise<{ data: { state: string } }> };
    pulls: {
      get(params?: object): Promise<{
        data: {
          number: number;
          state: string;
          merged: boolean | null;
          user: UserData | null;
          html_url: string;
          title: string;
          head: { sha: string; ref: string; repo: { full_name: string } | null };
          base: { ref: string };
          merge_commit_sha?: string | null;
        };
      }>;
      listReviews(params?: object): Promise<{ data: ReviewData[] }>;
      listCommits(params?: object): Promise<{ data: CommitData[] }>;
      create(params?: object): Promise<{ data: { number: number; html_url: string } }>;
    };
    issues: {
      listForRepo(params?: object): Promise<{ data: IssueData[] }>;
      get(params?: object): Promise<{ data: IssueData }>;
      create(params?: object): Promise<{ data: IssueData }>;
      update(params?: object): Promise<{ data: unknown }>;
      listComments(params?: object): Promise<{ data: CommentData[] }>;
      getComment(params?: object): Promise<{ data: CommentData }>;
      createComment(params?: object): Promise<{ data: CommentData }>;
      updateComment(params?: object): Promise<{ data: CommentData }>;
    };
    reactions: { createForIssueComment(params?: object): Promise<{ data: unknown }> };
    checks: {
      create(params?: object): Promise<{ data: { id: number } }>;
      update(params?: object): Promise<{ data: unknown }>;
    };
    git: {
      getRef(params?: object): Promise<{ data: { object: { sha: string } } }>;
      createRef(params?: object): Promise<{ data: unknown }>;
      deleteRef(params?: object): Promise<{ data: unknown }>;
      listMatchingRefs(params?: object): Promise<{ data: { ref: string; object: { sha: string } }[] }>;
      createCommit(params?: object): Promise<{ data: { sha: string } }>;
      getCommit(params?: object): Promise<{ data: { message: string; tree: { sha: string } } }>;
      getBlob(params?: object): Promise<{ data: { content: string; encoding: string } }>;
    };
  };
  paginate(method: unknown, params: object): Promise<unknown>;
}

/** A failed GitHub call. The message names the operation and GitHub's reason, never a credential. */
export class GitHubApiError extends Error {
  constructor(
    readonly operation: string,
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    reason: string,
  ) {
    super(`GitHub ${operation} failed${status ? ` (HTTP ${status})` : ""}: ${redactCredentials(reason)}`);
    this.name = "GitHubApiError";
  }
}

const PER_PAGE = 100;
/** GitHub rejects longer commit status descriptions with 422. */
const STATUS_DESCRIPTION_MAX = 140;

const ROLES: readonly Permission[] = ["admin", "maintain", "write", "triage", "read", "none"];

export function octokitClient(octokit: OctokitLike): GitHubClient {
  const { rest } = octokit;

  /** Runs one call; a status listed in `missing` (a 404, say) yields its value instead of an error. */
  async function call<T>(
    operation: string,
    run: () => Promise<T>,
    missing?: { statuses: number[]; value: () => T },
  ): Promise<T> {
    try {
      return await run();
    } catch (err) {
      const status = statusOf(err);
      if (missing && missing.statuses.includes(status)) return missing.value();
      throw new GitHubApiError(operation, status, reasonOf(err));
    }
  }

  async function getContent(
    repo: RepoRef,
    path: string,
    ref: string,
  ): Promise<ContentEntry | ContentEntry[] | null> {
    return call(
      `get contents ${path}@${ref}`,
      async () => (await rest.repos.getContent({ ...repo, path, ref })).data,
      { statuses: [404], value: () => null },
    );
  }

  return {
    async getPermission(repo, username) {
      const data = await call(
        `read permission of ${username}`,
        async () => (await rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data,
        { statuses: [404], value: () => null },
      );
      return data ? toPermission(data) : "none";
    },

    async isTeamMember(org, teamSlug, username) {
      const data = await call(
        `read membership of ${username} in ${org}/${teamSlug}`,
        async () => (await rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username })).data,
        { statuses: [404], value: () => null },
      );
      // A pending invitation is not membership yet.
      return data?.state === "active";
    },

    async getDefaultBranch(repo) {
      const data = await call(
        `get repository ${repo.owner}/${repo.repo}`,
        async () => (await rest.repos.get(repo)).data,
      );
      return data.default_branch;
    },

    async getFile(repo, path, ref) {
      const data = await getContent(repo, path, ref);
      if (data === null || Array.isArray(data) || data.type !== "file") return null;
      if (data.encoding === "base64" && data.content !== undefined) return decodeBase64(data.content);
      // Files over 1 MB come without content; the blob API serves them up to 100 MB.
      const blob = await call(
        `get blob of ${path}@${ref}`,
        async () => (await rest.git.getBlob({ ...repo, file_sha: data.sha })).data,
      );
      return blob.encoding === "base64" ? decodeBase64(blob.content) : blob.content;
    },

    async getRawFile(repo, path, ref, maxBytes) {
      const data = await getContent(repo, path, ref);
      if (data === null) return null;
      if (Array.isArray(data)) return { type: "dir", size: 0 };
      const type = (["file", "symlink", "submodule"] as const).find((t) => t === data.type) ?? "dir";
      const size = data.size ?? 0;
      if (type !== "file" || size > maxBytes) return { type, size };
      let bytes: Buffer;
      if (data.encoding === "base64" && data.content !== undefined) bytes = fromBase64(data.content);
      else {
        // Files over 1 MB come without content; the blob API serves them up to 100 MB.
        const blob = await call(
          `get blob of ${path}@${ref}`,
          async () => (await rest.git.getBlob({ ...repo, file_sha: data.sha })).data,
        );
        bytes = blob.encoding === "base64" ? fromBase64(blob.content) : Buffer.from(blob.content, "utf8");
      }
      // The size GitHub listed is a claim; the bound holds for what actually came.
      return bytes.byteLength > maxBytes ? { type, size: bytes.byteLength } : { type, size, bytes };
    },

    async listDirectory(repo, path, ref) {
      const data = await getContent(repo, path, ref);
      if (!Array.isArray(data)) return [];
      return data.filter((e) => e.type === "file").map((e) => e.name);
    },

    async getPullRequest(repo, number) {
      const pr = await call(
        `get pull request #${number}`,
        async () => (await rest.pulls.get({ ...repo, pull_number: number })).data,
      );
      return {
        number: pr.number,
        state: pr.state === "open" ? "open" : "closed",
        merged: pr.merged === true,
        author: pr.user?.login ?? "ghost",
        headSha: pr.head.sha,
        headRef: pr.head.ref,
        headRepoFullName: pr.head.repo?.full_name ?? null,
        baseRef: pr.base.ref,
        htmlUrl: pr.html_url,
        title: pr.title,
        // GitHub sets it on an open pull request too (a test merge); only a merged one's counts.
        mergeCommitSha: pr.merged === true ? (pr.merge_commit_sha ?? null) : null,
      } satisfies PullRequestInfo;
    },

    async listReviews(repo, number) {
      const reviews = (await call(`list reviews of #${number}`, () =>
        octokit.paginate(rest.pulls.listReviews, { ...repo, pull_number: number, per_page: PER_PAGE }),
      )) as ReviewData[];
      return reviews.map(toReview);
    },

    async listPullRequestCommits(repo, number) {
      const commits = (await call(`list commits of #${number}`, () =>
        octokit.paginate(rest.pulls.listCommits, { ...repo, pull_number: number, per_page: PER_PAGE }),
      )) as CommitData[];
      return commits.map((c) => ({
        sha: c.sha,
        author: c.author?.login ?? null,
        committer: c.committer?.login ?? null,
      }));
    },

    async createPullRequest(repo, input) {
      const pr = await call(
        `create pull request from ${input.head}`,
        async () => (await rest.pulls.create({ ...repo, ...input })).data,
      );
      return { number: pr.number, htmlUrl: pr.html_url };
    },

    async listIssues(repo, query) {
      const issues = (await call(`list ${query.state} issues`, () =>
        octokit.paginate(rest.issues.listForRepo, {
          ...repo,
          state: query.state,
          ...(query.labels?.length && { labels: query.labels.join(",") }),
          ...(query.creator !== undefined && { creator: query.creator }),
          per_page: PER_PAGE,
        }),
      )) as IssueData[];
      // The issues endpoint lists pull requests too.
      return issues.filter((i) => i.pull_request === undefined || i.pull_request === null).map(toIssue);
    },

    async getIssue(repo, number) {
      const data = await call(
        `get issue #${number}`,
        async () => (await rest.issues.get({ ...repo, issue_number: number })).data,
      );
      return toIssue(data);
    },

    async createIssue(repo, input) {
      const data = await call(
        "create issue",
        async () => (await rest.issues.create({ ...repo, ...input })).data,
      );
      return { number: data.number, htmlUrl: data.html_url };
    },

    async updateIssue(repo, number, input) {
      await call(`update issue #${number}`, () =>
        rest.issues.update({ ...repo, issue_number: number, ...input }),
      );
    },

    async listIssueComments(repo, number) {
      const comments = (await call(`list comments of #${number}`, () =>
        octokit.paginate(rest.issues.listComments, { ...repo, issue_number: number, per_page: PER_PAGE }),
      )) as CommentData[];
      return comments.map(toComment);
    },

    async getIssueComment(repo, id) {
      const data = await call(
        `get comment ${id}`,
        async () => (await rest.issues.getComment({ ...repo, comment_id: id })).data,
      );
      return toComment(data);
    },

    async createIssueComment(repo, number, body) {
      const data = await call(
        `comment on #${number}`,
        async () => (await rest.issues.createComment({ ...repo, issue_number: number, body })).data,
      );
      return toComment(data);
    },

    async updateIssueComment(repo, id, body) {
      const data = await call(
        `update comment ${id}`,
        async () => (await rest.issues.updateComment({ ...repo, comment_id: id, body })).data,
      );
      return toComment(data);
    },

    async addReaction(repo, commentId, content) {
      await call(`react to comment ${commentId}`, () =>
        rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content }),
      );
    },

    async createCheckRun(repo, input) {
      const data = await call(
        `create check run "${input.name}"`,
        async () =>
          (await rest.checks.create({ ...repo, head_sha: input.headSha, ...checkRunParams(input) })).data,
      );
      return { id: data.id };
    },

    async updateCheckRun(repo, id, input) {
      await call(`update check run ${id}`, () =>
        rest.checks.update({ ...repo, check_run_id: id, ...checkRunParams(input) }),
      );
    },

    async createCommitStatus(repo, input) {
      await call(`set status "${input.context}" on ${input.sha}`, () =>
        rest.repos.createCommitStatus({
          ...repo,
          sha: input.sha,
          state: input.state,
          context: input.context,
          description: truncate(input.description, STATUS_DESCRIPTION_MAX),
          ...(input.targetUrl !== undefined ? { target_url: input.targetUrl } : {}),
        }),
      );
    },

    async createDeployment(repo, input) {
      const operation = `create deployment of ${input.ref} to ${input.environment}`;
      const data = await call(
        operation,
        async () =>
          (
            await rest.repos.createDeployment({
              ...repo,
              ref: input.ref,
              environment: input.environment,
              description: input.description,
              payload: input.payload,
              // Never merge the default branch into the PR, and do not wait for required statuses:
              // our own pending status would otherwise block the deployment that resolves it.
              auto_merge: false,
              required_contexts: [],
            })
          ).data,
      );
      // 202 carries only a message (GitHub merged or is busy); there is no deployment to report on.
      if (typeof data.id !== "number")
        throw new GitHubApiError(operation, 202, data.message ?? "no deployment created");
      return { id: data.id };
    },

    async createDeploymentStatus(repo, deploymentId, input) {
      await call(`set deployment ${deploymentId} to ${input.state}`, () =>
        rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: deploymentId,
          state: input.state,
          description: truncate(input.description, STATUS_DESCRIPTION_MAX),
          ...(input.logUrl !== undefined ? { log_url: input.logUrl } : {}),
        }),
      );
    },

    async getRef(repo, ref) {
      const short = shortRef(ref);
      const data = await call(
        `get ref ${short}`,
        async () => (await rest.git.getRef({ ...repo, ref: short })).data,
        { statuses: [404], value: () => null },
      );
      return data ? data.object.sha : null;
    },

    async createRef(repo, ref, sha) {
      const full = `refs/${shortRef(ref)}`;
      try {
        await rest.git.createRef({ ...repo, ref: full, sha });
        return true;
      } catch (err) {
        // The atomic "already exists" answer is what makes a ref usable as a lock.
        if (statusOf(err) === 422 && /already exists/i.test(reasonOf(err))) return false;
        throw new GitHubApiError(`create ref ${full}`, statusOf(err), reasonOf(err));
      }
    },

    async deleteRef(repo, ref) {
      const short = shortRef(ref);
      // 422 "Reference does not exist" and 404 both mean it is already gone.
      await call(`delete ref ${short}`, () => rest.git.deleteRef({ ...repo, ref: short }), {
        statuses: [404, 422],
        value: () => undefined,
      });
    },

    async listMatchingRefs(repo, prefix) {
      const short = shortRef(prefix);
      const refs = (await call(`list refs ${short}`, () =>
        octokit.paginate(rest.git.listMatchingRefs, { ...repo, ref: short, per_page: PER_PAGE }),
      )) as { ref: string; object: { sha: string } }[];
      return refs.map((r) => ({ ref: r.ref, sha: r.object.sha }));
    },

    async createCommit(repo, input) {
      const data = await call(
        "create commit",
        async () => (await rest.git.createCommit({ ...repo, ...input })).data,
      );
      return data.sha;
    },

    async getCommit(repo, sha) {
      const data = await call(
        `get commit ${sha}`,
        async () => (await rest.git.getCommit({ ...repo, commit_sha: sha })).data,
      );
      return { message: data.message, tree: data.tree.sha };
    },

    async putFile(repo, input) {
      const data = await call(
        `write ${input.path} on ${input.branch}`,
        async () =>
          (
            await rest.repos.createOrUpdateFileContents({
              ...repo,
              path: input.path,
              branch: input.branch,
              message: input.message,
              content: Buffer.from(input.content, "utf8").toString("base64"),
              ...(input.sha !== undefined ? { sha: input.sha } : {}),
            })
          ).data,
      );
      if (!data.commit.sha)
        throw new GitHubApiError(`write ${input.path}`, 0, "the response names no commit");
      return data.commit.sha;
    },

    async getFileSha(repo, path, ref) {
      const data = await getContent(repo, path, ref);
      if (data === null || Array.isArray(data) || data.type !== "file") return null;
      return data.sha;
    },
  };
}

function toPermission(data: { permission: string; role_name?: string }): Permission {
  // role_name knows maintain and triage; permission folds them into write and read. A custom
  // role's name is neither, and then its base permission is what counts.
  const role = ROLES.find((r) => r === data.role_name);
  if (role) return role;
  return ROLES.find((r) => r === data.permission) ?? "none";
}

const REVIEW_STATES: readonly Review["state"][] = [
  "APPROVED",
  "CHANGES_REQUESTED",
  "COMMENTED",
  "DISMISSED",
  "PENDING",
];

function toReview(r: ReviewData): Review {
  return {
    id: r.id,
    user: r.user?.login ?? "ghost",
    // An unknown future state must never read as an approval.
    state: REVIEW_STATES.find((s) => s === r.state) ?? "COMMENTED",
    commitId: r.commit_id ?? "",
    submittedAt: r.submitted_at ?? null,
  };
}

function toIssue(i: IssueData): IssueInfo {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? "",
    state: i.state === "closed" ? "closed" : "open",
    user: i.user?.login ?? "ghost",
    userType: i.user?.type ?? "User",
    labels: (i.labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter((l) => l !== ""),
    htmlUrl: i.html_url,
  };
}

function toComment(c: CommentData): IssueComment {
  return {
    id: c.id,
    user: c.user?.login ?? "ghost",
    userType: c.user?.type ?? "User",
    body: c.body ?? "",
    issueNumber: issueNumberOf(c.issue_url),
    htmlUrl: c.html_url,
    createdAt: c.created_at,
  };
}

function checkRunParams(input: Partial<CheckRunInput>): CheckRunParams {
  const params: CheckRunParams = {};
  if (input.name !== undefined) params.name = input.name;
  if (input.status !== undefined) params.status = input.status;
  if (input.conclusion !== undefined) params.conclusion = input.conclusion;
  if (input.externalId !== undefined) params.external_id = input.externalId;
  if (input.actions !== undefined) params.actions = input.actions;
  if (input.title !== undefined || input.summary !== undefined || input.text !== undefined) {
    // GitHub requires both title and summary whenever output is sent.
    if (input.title === undefined || input.summary === undefined)
      throw new Error("a check run's output needs both title and summary");
    params.output = { title: input.title, summary: input.summary };
    if (input.text !== undefined) params.output.text = input.text;
  }
  return params;
}

/** `refs/heads/main` and `heads/main` both name the same ref; the git ref endpoints want the short form. */
function shortRef(ref: string): string {
  return ref.startsWith("refs/") ? ref.slice("refs/".length) : ref;
}

function decodeBase64(content: string): string {
  return fromBase64(content).toString("utf8");
}

function fromBase64(content: string): Buffer {
  return Buffer.from(content.replace(/\s/g, ""), "base64");
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function statusOf(err: unknown): number {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : 0;
}

/** GitHub's own message, with the details of a 422 ("Validation Failed: head invalid"). */
function reasonOf(err: unknown): string {
  const data = (err as { response?: { data?: unknown } } | null)?.response?.data as
    { message?: unknown; errors?: unknown } | undefined;
  if (typeof data?.message !== "string") return err instanceof Error ? err.message : String(err);
  const details = Array.isArray(data.errors)
    ? data.errors.map(detailOf).filter((d): d is string => d !== undefined)
    : [];
  return details.length > 0 ? `${data.message}: ${details.join("; ")}` : data.message;
}

function detailOf(e: unknown): string | undefined {
  if (typeof e === "string") return e;
  const d = e as { message?: unknown; field?: unknown; code?: unknown } | null;
  if (typeof d?.message === "string") return d.message;
  if (typeof d?.code === "string") return typeof d.field === "string" ? `${d.field} ${d.code}` : d.code;
  return undefined;
}

/** Belt and braces: GitHub's messages carry no tokens, but a transport error might echo a header. */
function redactCredentials(text: string): string {
  return text
    .replace(/\b(gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,})\b/g, "[redacted]")
    .replace(/\b(token|bearer)\s+[A-Za-z0-9._-]{8,}/gi, "$1 [redacted]")
    .replace(/\bey[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+/g, "[redacted]");
}

/** The issue or PR number at the end of a comment's `issue_url`; 0 when GitHub sent none. */
function issueNumberOf(url: string | undefined): number {
  const m = /\/issues\/(\d+)$/.exec(url ?? "");
  return m ? Number(m[1]) : 0;
}

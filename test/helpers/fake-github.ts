/**
 * A small in-memory GitHub REST API on 127.0.0.1 for end-to-end tests of the App (Probot with
 * GHE_HOST/GHE_PROTOCOL, API under `/api/v3`) and the Action (GITHUB_API_URL, no prefix). It
 * serves every endpoint `octokitClient` calls plus App authentication, with GitHub's JSON field
 * names, status codes and error messages, `Link` pagination, and a tiny git object store so refs,
 * commits, trees and contents behave like the real thing (refs as locks included).
 *
 *   const gh = await startFakeGitHub();
 *   gh.addRepo({ owner: "acme", repo: "infra", files: { "environments/staging.yaml": "…" } });
 *   const pr = gh.addPullRequest({ head: "feature", user: "alice", title: "…" });
 *   … point Probot or @actions/github at gh.apiUrl / gh.url …
 *   await gh.close();
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakePermission = "admin" | "maintain" | "write" | "triage" | "read" | "none";
export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
type Json = Record<string, unknown>;

export interface RepoKey {
  owner: string;
  repo: string;
}

export interface FakeGitHubOptions {
  /** Login of the token's identity (installation tokens and unregistered tokens); default "plagentic[bot]". */
  botLogin?: string;
  /** Default `per_page` of list endpoints; GitHub's is 30. */
  pageSize?: number;
  /** The App installation that `/repos/{o}/{r}/installation` reports; default 1. */
  installationId?: number;
  appId?: number;
  appSlug?: string;
  /** Clock for timestamps; by default a logical clock from 2024-01-01 that ticks a second per write. */
  now?: () => Date;
}

export interface RequestLogEntry {
  method: string;
  /** Decoded path without the `/api/v3` prefix and without the query string. */
  path: string;
  /** "/api/v3" (GHE style, as Probot with GHE_HOST uses) or "" (as GITHUB_API_URL uses). */
  prefix: string;
  query: Record<string, string>;
  body: unknown;
  /** Login the request was authenticated as; "app" for a JWT, null when anonymous. */
  actor: string | null;
  status: number;
  /** False when no route matched (the fake answered 404): a missing endpoint shows up here. */
  matched: boolean;
}

export interface AddRepoInput extends RepoKey {
  defaultBranch?: string;
  files?: Record<string, string>;
  private?: boolean;
  ownerType?: "User" | "Organization";
}

export interface AddPullRequestInput {
  owner?: string;
  repo?: string;
  title?: string;
  body?: string;
  /** Author login. */
  user: string;
  /** Head branch; must exist in the repository unless `fork` is given. */
  head: string;
  base?: string;
  /** Owner of a fork the head lives in; the head SHA is then `headSha`. */
  fork?: string;
  headSha?: string;
  draft?: boolean;
}

export interface PullRequestPatch {
  state?: "open" | "closed";
  merged?: boolean;
  title?: string;
  body?: string;
  /** Only for fork PRs; a same-repo PR follows its branch. */
  headSha?: string;
}

export interface FakeFailure {
  method?: string;
  /** Matched against the decoded path without prefix. */
  path: RegExp;
  status: number;
  message: string;
  /** How many matching requests fail; default 1. */
  times?: number;
}

export interface FakeGitHub {
  /** `http://127.0.0.1:PORT`: GITHUB_API_URL for the Action; host of GHE_HOST for Probot. */
  readonly url: string;
  /** `<url>/api/v3`, the baseUrl Probot derives from GHE_HOST. */
  readonly apiUrl: string;
  /** `127.0.0.1:PORT`, the value for GHE_HOST. */
  readonly host: string;
  readonly botLogin: string;
  readonly installationId: number;
  readonly requests: RequestLogEntry[];
  close(): Promise<void>;

  addRepo(input: AddRepoInput): RepoKey;
  /** Creates a branch at `from` (a branch or SHA; default: the default branch); returns its SHA. */
  addBranch(owner: string, repo: string, branch: string, from?: string): string;
  /** Commits files (text, or null to delete) on a branch, creating the branch if needed; returns the SHA. */
  commitFiles(
    owner: string,
    repo: string,
    branch: string,
    files: Record<string, string | null>,
    message?: string,
    /** The GitHub login the commit is linked to; the repository owner by default. */
    author?: string,
  ): string;
  branchSha(owner: string, repo: string, branch: string): string | null;
  /** A file's text at a branch, tag or SHA, or null. */
  fileAt(owner: string, repo: string, ref: string, path: string): string | null;
  commit(sha: string, repo?: RepoKey): { message: string; tree: string; parents: string[] } | null;
  /** Every ref of the repository: full name → SHA. */
  refs(repo?: RepoKey): Record<string, string>;

  addPullRequest(input: AddPullRequestInput): number;
  updatePullRequest(number: number, patch: PullRequestPatch, repo?: RepoKey): void;
  /** The PR in GitHub's REST shape, e.g. to build a webhook payload. */
  pullRequest(number: number, repo?: RepoKey): Json;
  /** The repository in GitHub's REST shape, e.g. to build a webhook payload. */
  repository(repo?: RepoKey): Json;
  addIssue(input: {
    owner?: string;
    repo?: string;
    title?: string;
    body?: string;
    user: string;
    labels?: string[];
  }): number;
  /** An issue in GitHub's REST shape (also a pull request's issue half), or null. */
  issue(number: number, repo?: RepoKey): Json | null;
  /** Every issue that is not a pull request, oldest first, in GitHub's REST shape. */
  issues(repo?: RepoKey): Json[];
  /** Closes or reopens an issue as a person would in the UI. */
  setIssueState(number: number, state: "open" | "closed", repo?: RepoKey): void;
  /**
   * Merges a pull request as GitHub's merge button does: a merge commit on the base branch with
   * the head's tree and parents [base, head]; returns the merge commit's SHA.
   */
  mergePullRequest(number: number, repo?: RepoKey): string;
  /** A comment by a person (or `userType: "Bot"`), as if made in the UI; returns the comment's JSON. */
  addComment(number: number, input: { user: string; body: string; userType?: string }, repo?: RepoKey): Json;

  setPermission(user: string, permission: FakePermission, repo?: RepoKey): void;
  addTeamMember(org: string, slug: string, user: string, state?: "active" | "pending"): void;
  addReview(
    pr: number,
    input: { user: string; state: ReviewState; commitId?: string; body?: string },
    repo?: RepoKey,
  ): number;
  /** A token that authenticates as a person rather than the bot. */
  addUserToken(token: string, login: string): void;
  /** Makes the next matching request(s) fail with the given status and message. */
  failNext(failure: FakeFailure): void;

  comments(number: number, repo?: RepoKey): Json[];
  reactions(commentId: number): Json[];
  reviews(pr: number, repo?: RepoKey): Json[];
  checkRuns(): Json[];
  statuses(): Json[];
  /** Deployments, each with its `statuses` (oldest first). */
  deployments(): Json[];
}

// ---------------------------------------------------------------------------------------------
// State

interface CommitObject {
  tree: string;
  parents: string[];
  message: string;
  date: string;
  author: { name: string; email: string; date: string };
}

interface PullState {
  number: number;
  title: string;
  body: string | null;
  user: string;
  headRef: string;
  fork: string | null;
  headSha: string;
  baseRef: string;
  state: "open" | "closed";
  merged: boolean;
  draft: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
}

interface CommentState {
  id: number;
  issue: number;
  body: string;
  user: string;
  userType: string;
  createdAt: string;
  updatedAt: string;
}

interface ReviewStateRow {
  id: number;
  user: string;
  state: ReviewState;
  body: string;
  commitId: string;
  submittedAt: string | null;
}

interface IssueStateRow {
  title: string;
  body: string | null;
  user: string;
  userType: string;
  state: "open" | "closed";
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

interface RepoState {
  id: number;
  owner: string;
  name: string;
  ownerType: "User" | "Organization";
  private: boolean;
  defaultBranch: string;
  blobs: Map<string, string>;
  trees: Map<string, Map<string, string>>;
  commits: Map<string, CommitObject>;
  refs: Map<string, string>;
  nextNumber: number;
  issues: Map<number, IssueStateRow>;
  pulls: Map<number, PullState>;
  reviews: Map<number, ReviewStateRow[]>;
  permissions: Map<string, FakePermission>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Json = {},
  ) {
    super(message);
  }
}

interface Identity {
  login: string;
  type: "Bot" | "User" | "App";
}

interface RouteContext {
  params: string[];
  query: URLSearchParams;
  body: Json;
  identity: Identity | null;
  /** Absolute base of this request's API, for Link headers. */
  base: string;
  path: string;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const LEGACY_PERMISSION: Record<FakePermission, string> = {
  admin: "admin",
  maintain: "write",
  write: "write",
  triage: "read",
  read: "read",
  none: "none",
};

const DOCS = "https://docs.github.com/rest";
const REACTIONS = ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"];
const DEPLOYMENT_STATES = ["error", "failure", "inactive", "in_progress", "queued", "pending", "success"];
const STATUS_STATES = ["error", "failure", "pending", "success"];
const CHECK_STATUSES = ["queued", "in_progress", "completed", "waiting", "requested", "pending"];
const CHECK_CONCLUSIONS = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "stale",
  "timed_out",
];
const LARGE_FILE_BYTES = 1024 * 1024;

const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex");
const stamp = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "Z");
const isSha = (s: string): boolean => /^[0-9a-f]{40}$/.test(s);

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const botLogin = options.botLogin ?? "plagentic[bot]";
  const pageSize = options.pageSize ?? 30;
  const installationId = options.installationId ?? 1;
  const appId = options.appId ?? 1;
  const appSlug = options.appSlug ?? "plagentic";
  let tick = 0;
  const now = (): string => {
    if (options.now) return stamp(options.now());
    tick += 1;
    return stamp(new Date(Date.UTC(2024, 0, 1) + tick * 1000));
  };

  const repos = new Map<string, RepoState>();
  const userIds = new Map<string, number>();
  const userTokens = new Map<string, string>();
  const issuedTokens = new Set<string>();
  const teamMembers = new Map<string, "active" | "pending">();
  const comments = new Map<number, CommentState & { repo: string }>();
  const reactions = new Map<number, Json[]>();
  const checkRuns: (Json & { repository: string })[] = [];
  const statuses: (Json & { repository: string })[] = [];
  const deployments: (Json & { repository: string; statuses: Json[] })[] = [];
  const failures: FakeFailure[] = [];
  const requests: RequestLogEntry[] = [];
  let nextId = 1000;
  const newId = (): number => ++nextId;

  let url = "";
  let apiUrl = "";

  // ----- rendering ------------------------------------------------------------------------------

  function userJson(login: string, type = "User"): Json {
    let id = userIds.get(login);
    if (id === undefined) {
      id = 5000 + userIds.size;
      userIds.set(login, id);
    }
    return {
      login,
      id,
      node_id: Buffer.from(`04:User${id}`).toString("base64"),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: "",
      url: `${apiUrl}/users/${encodeURIComponent(login)}`,
      html_url: `${url}/${encodeURIComponent(login)}`,
      type,
      site_admin: false,
    };
  }

  const repoApi = (r: RepoState): string => `${apiUrl}/repos/${r.owner}/${r.name}`;
  const repoHtml = (r: RepoState): string => `${url}/${r.owner}/${r.name}`;

  function repoJson(r: RepoState): Json {
    return {
      id: r.id,
      node_id: Buffer.from(`010:Repository${r.id}`).toString("base64"),
      name: r.name,
      full_name: `${r.owner}/${r.name}`,
      private: r.private,
      visibility: r.private ? "private" : "public",
      owner: userJson(r.owner, r.ownerType),
      html_url: repoHtml(r),
      description: null,
      fork: false,
      url: repoApi(r),
      default_branch: r.defaultBranch,
      archived: false,
      disabled: false,
      created_at: "2024-01-01T00:00:00Z",
      updated_at: "2024-01-01T00:00:00Z",
      pushed_at: "2024-01-01T00:00:00Z",
    };
  }

  function commentJson(r: RepoState, c: CommentState): Json {
    return {
      url: `${repoApi(r)}/issues/comments/${c.id}`,
      html_url: `${repoHtml(r)}/${r.pulls.has(c.issue) ? "pull" : "issues"}/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${repoApi(r)}/issues/${c.issue}`,
      id: c.id,
      node_id: Buffer.from(`012:IssueComment${c.id}`).toString("base64"),
      user: userJson(c.user, c.userType),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: association(r, c.user),
      body: c.body,
    };
  }

  function association(r: RepoState, login: string): string {
    if (login === r.owner) return "OWNER";
    const p = r.permissions.get(login);
    return p && p !== "none" && p !== "read" ? "COLLABORATOR" : "NONE";
  }

  /** An issue, or a pull request's issue half (with `pull_request`), in GitHub's REST shape. */
  function issueJson(r: RepoState, number: number): Json | null {
    const issue = r.issues.get(number);
    const pull = r.pulls.get(number);
    if (!issue && !pull) return null;
    const base = {
      url: `${repoApi(r)}/issues/${number}`,
      id: 800000 + r.id * 1000 + number,
      number,
      comments: [...comments.values()].filter((c) => c.repo === keyOf(r) && c.issue === number).length,
    };
    if (issue)
      return {
        ...base,
        html_url: `${repoHtml(r)}/issues/${number}`,
        title: issue.title,
        body: issue.body,
        state: issue.state,
        user: userJson(issue.user, issue.userType),
        labels: issue.labels.map((name, i) => ({ id: 9000 + i, name, color: "ededed" })),
        created_at: issue.createdAt,
        updated_at: issue.updatedAt,
        closed_at: issue.closedAt,
      };
    const p = pull!;
    return {
      ...base,
      html_url: `${repoHtml(r)}/pull/${number}`,
      title: p.title,
      body: p.body,
      state: p.state,
      user: userJson(p.user),
      labels: [],
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.closedAt,
      pull_request: { url: `${repoApi(r)}/pulls/${number}`, html_url: `${repoHtml(r)}/pull/${number}` },
    };
  }

  function pullHeadSha(r: RepoState, p: PullState): string {
    if (p.fork === null) {
      const sha = r.refs.get(`refs/heads/${p.headRef}`);
      if (sha) p.headSha = sha;
    }
    return p.headSha;
  }

  function pullJson(r: RepoState, p: PullState): Json {
    const api = `${repoApi(r)}/pulls/${p.number}`;
    const headOwner = p.fork ?? r.owner;
    const headRepo =
      p.fork === null ? repoJson(r) : { ...repoJson(r), full_name: `${p.fork}/${r.name}`, fork: true };
    if (p.fork !== null) headRepo.owner = userJson(p.fork);
    return {
      url: api,
      id: 700000 + r.id * 1000 + p.number,
      node_id: Buffer.from(`011:PullRequest${r.id}:${p.number}`).toString("base64"),
      html_url: `${repoHtml(r)}/pull/${p.number}`,
      diff_url: `${repoHtml(r)}/pull/${p.number}.diff`,
      patch_url: `${repoHtml(r)}/pull/${p.number}.patch`,
      issue_url: `${repoApi(r)}/issues/${p.number}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: userJson(p.user),
      body: p.body,
      labels: [],
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.closedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      draft: p.draft,
      head: {
        label: `${headOwner}:${p.headRef}`,
        ref: p.headRef,
        sha: pullHeadSha(r, p),
        user: userJson(headOwner),
        repo: headRepo,
      },
      base: {
        label: `${r.owner}:${p.baseRef}`,
        ref: p.baseRef,
        sha: r.refs.get(`refs/heads/${p.baseRef}`) ?? null,
        user: userJson(r.owner, r.ownerType),
        repo: repoJson(r),
      },
      author_association: association(r, p.user),
      merged: p.merged,
      mergeable: p.state === "open" ? true : null,
      mergeable_state: p.state === "open" ? "clean" : "unknown",
      merged_by: null,
      comments: [...comments.values()].filter((c) => c.repo === keyOf(r) && c.issue === p.number).length,
      review_comments: 0,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    };
  }

  function reviewJson(r: RepoState, pr: number, v: ReviewStateRow): Json {
    return {
      id: v.id,
      node_id: Buffer.from(`017:PullRequestReview${v.id}`).toString("base64"),
      user: userJson(v.user),
      body: v.body,
      state: v.state,
      html_url: `${repoHtml(r)}/pull/${pr}#pullrequestreview-${v.id}`,
      pull_request_url: `${repoApi(r)}/pulls/${pr}`,
      author_association: association(r, v.user),
      commit_id: v.commitId,
      ...(v.submittedAt !== null ? { submitted_at: v.submittedAt } : {}),
    };
  }

  function gitCommitJson(r: RepoState, sha: string, c: CommitObject): Json {
    return {
      sha,
      node_id: Buffer.from(`06:Commit${sha}`).toString("base64"),
      url: `${repoApi(r)}/git/commits/${sha}`,
      html_url: `${repoHtml(r)}/commit/${sha}`,
      author: c.author,
      committer: c.author,
      tree: { sha: c.tree, url: `${repoApi(r)}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${repoApi(r)}/git/commits/${p}`,
        html_url: `${repoHtml(r)}/commit/${p}`,
      })),
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null,
      },
    };
  }

  function refJson(r: RepoState, ref: string, sha: string): Json {
    return {
      ref,
      node_id: Buffer.from(`03:Ref${r.id}:${ref}`).toString("base64"),
      url: `${repoApi(r)}/git/${ref}`,
      object: { sha, type: "commit", url: `${repoApi(r)}/git/commits/${sha}` },
    };
  }

  // ----- git objects ----------------------------------------------------------------------------

  function putBlob(r: RepoState, text: string): string {
    const sha = sha1(`blob ${Buffer.byteLength(text)}\0${text}`);
    r.blobs.set(sha, text);
    return sha;
  }

  function putTree(r: RepoState, entries: Map<string, string>): string {
    const sorted = new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const sha = sha1(`tree ${JSON.stringify([...sorted])}`);
    r.trees.set(sha, sorted);
    return sha;
  }

  function putCommit(
    r: RepoState,
    tree: string,
    parents: string[],
    message: string,
    author?: string,
  ): string {
    const date = now();
    const commit: CommitObject = {
      tree,
      parents,
      message,
      date,
      author: { name: author ?? botLogin, email: `${author ?? botLogin}@users.noreply.github.com`, date },
    };
    const sha = sha1(`commit ${JSON.stringify(commit)}`);
    r.commits.set(sha, commit);
    return sha;
  }

  /** Resolves a branch, tag, full ref or commit SHA to a commit SHA. */
  function resolve(r: RepoState, ref: string): string | null {
    if (isSha(ref) && r.commits.has(ref)) return ref;
    for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`]) {
      const sha = r.refs.get(candidate);
      if (sha) return sha;
    }
    return null;
  }

  function treeOf(r: RepoState, commitSha: string): Map<string, string> {
    const commit = r.commits.get(commitSha);
    return (commit && r.trees.get(commit.tree)) ?? new Map();
  }

  function commitOnBranch(
    r: RepoState,
    branch: string,
    files: Record<string, string | null>,
    message: string,
    author?: string,
  ): string {
    const ref = `refs/heads/${branch}`;
    const parent = r.refs.get(ref) ?? r.refs.get(`refs/heads/${r.defaultBranch}`);
    const entries = new Map(parent ? treeOf(r, parent) : []);
    for (const [path, text] of Object.entries(files)) {
      const clean = path.replace(/^\/+/, "");
      if (text === null) entries.delete(clean);
      else entries.set(clean, putBlob(r, text));
    }
    const sha = putCommit(r, putTree(r, entries), parent ? [parent] : [], message, author);
    r.refs.set(ref, sha);
    return sha;
  }

  function isAncestor(r: RepoState, ancestor: string, of: string): boolean {
    const seen = new Set<string>();
    const queue = [of];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(r.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  // ----- lookups --------------------------------------------------------------------------------

  const keyOf = (r: RepoState): string => `${r.owner}/${r.name}`.toLowerCase();

  function repoState(key?: Partial<RepoKey>): RepoState {
    if (key?.owner !== undefined && key.repo !== undefined) {
      const r = repos.get(`${key.owner}/${key.repo}`.toLowerCase());
      if (!r) throw new Error(`fake GitHub: no repository ${key.owner}/${key.repo}`);
      return r;
    }
    const first = repos.values().next();
    if (first.done) throw new Error("fake GitHub: add a repository first");
    return first.value;
  }

  function pullState(r: RepoState, number: number): PullState {
    const p = r.pulls.get(number);
    if (!p) throw new Error(`fake GitHub: no pull request #${number} in ${r.owner}/${r.name}`);
    return p;
  }

  // ----- routes ---------------------------------------------------------------------------------

  type Handler = (ctx: RouteContext, r: RepoState) => Reply;
  const routes: { method: string; pattern: RegExp; repo: boolean; handler: Handler }[] = [];
  const SEG = "([^/]+)";
  const REST = "(.+)";
  function route(method: string, path: string, handler: Handler): void {
    const isRepo = path.startsWith("/repos/:owner/:repo");
    const source = path
      .replace("/repos/:owner/:repo", `/repos/${SEG}/${SEG}`)
      .replace(/:rest/g, REST)
      .replace(/:[a-z_]+/g, SEG);
    routes.push({ method, pattern: new RegExp(`^${source}/?$`), repo: isRepo, handler });
  }

  const notFound = (): HttpError => new HttpError(404, "Not Found");
  const invalid = (message: string, extra: Json = {}): HttpError => new HttpError(422, message, extra);
  function requireWriter(ctx: RouteContext): Identity {
    if (!ctx.identity) throw new HttpError(401, "Requires authentication");
    if (ctx.identity.type === "App")
      throw new HttpError(
        401,
        "A JSON web token cannot be used for this endpoint; use an installation token",
      );
    return ctx.identity;
  }
  function requireJwt(ctx: RouteContext): void {
    if (ctx.identity?.type !== "App") throw new HttpError(401, "A JSON web token could not be decoded");
  }
  function int(text: string | undefined): number {
    const n = Number(text);
    if (!Number.isInteger(n)) throw notFound();
    return n;
  }
  function page<T>(ctx: RouteContext, items: T[]): Reply {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.get("per_page") ?? pageSize) || pageSize));
    const current = Math.max(1, Number(ctx.query.get("page") ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number): string => {
      const q = new URLSearchParams(ctx.query);
      q.set("per_page", String(perPage));
      q.set("page", String(n));
      return `<${ctx.base}${ctx.path}?${q.toString()}>`;
    };
    const links: string[] = [];
    if (current < last) links.push(`${link(current + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (current > 1) links.push(`${link(1)}; rel="first"`, `${link(current - 1)}; rel="prev"`);
    return {
      status: 200,
      body: items.slice((current - 1) * perPage, current * perPage),
      ...(links.length > 0 ? { headers: { link: links.join(", ") } } : {}),
    };
  }

  // App authentication
  route("GET", "/app", (ctx) => {
    requireJwt(ctx);
    return {
      status: 200,
      body: {
        id: appId,
        slug: appSlug,
        node_id: Buffer.from(`03:App${appId}`).toString("base64"),
        owner: userJson("plagentic", "Organization"),
        name: appSlug,
        description: "",
        external_url: url,
        html_url: `${url}/apps/${appSlug}`,
        created_at: "2024-01-01T00:00:00Z",
        updated_at: "2024-01-01T00:00:00Z",
        permissions: { checks: "write", contents: "write", issues: "write", pull_requests: "write" },
        events: ["issue_comment", "pull_request", "pull_request_review", "issues", "check_run"],
      },
    };
  });
  const installationJson = (): Json => ({
    id: installationId,
    account: repos.size > 0 ? userJson(repoState().owner, repoState().ownerType) : null,
    repository_selection: "selected",
    access_tokens_url: `${apiUrl}/app/installations/${installationId}/access_tokens`,
    repositories_url: `${apiUrl}/installation/repositories`,
    html_url: `${url}/settings/installations/${installationId}`,
    app_id: appId,
    app_slug: appSlug,
    target_id: 1,
    target_type: "Organization",
    permissions: { checks: "write", contents: "write", issues: "write", pull_requests: "write" },
    events: ["issue_comment", "pull_request"],
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2024-01-01T00:00:00Z",
    single_file_name: null,
  });
  route("GET", "/app/installations", (ctx) => {
    requireJwt(ctx);
    return page(ctx, repos.size > 0 ? [installationJson()] : []);
  });
  // Every repository of the fake belongs to its one installation.
  route("GET", "/installation/repositories", (ctx) => {
    requireWriter(ctx);
    const all = [...repos.values()].map(repoJson);
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.get("per_page") ?? pageSize) || pageSize));
    const current = Math.max(1, Number(ctx.query.get("page") ?? 1) || 1);
    const paged = page(ctx, all);
    return {
      ...paged,
      body: { total_count: all.length, repositories: all.slice((current - 1) * perPage, current * perPage) },
    };
  });
  route("GET", "/app/installations/:id", (ctx) => {
    requireJwt(ctx);
    if (int(ctx.params[0]) !== installationId) throw notFound();
    return { status: 200, body: installationJson() };
  });
  route("POST", "/app/installations/:id/access_tokens", (ctx) => {
    requireJwt(ctx);
    if (int(ctx.params[0]) !== installationId) throw notFound();
    const token = `ghs_${sha1(`token${issuedTokens.size}`).slice(0, 36)}`;
    issuedTokens.add(token);
    return {
      status: 201,
      body: {
        token,
        expires_at: stamp(new Date(Date.now() + 3600_000)),
        permissions: { checks: "write", contents: "write", issues: "write", pull_requests: "write" },
        repository_selection: "selected",
      },
    };
  });
  route("GET", "/repos/:owner/:repo/installation", () => ({ status: 200, body: installationJson() }));

  // Repository, permissions, teams
  route("GET", "/repos/:owner/:repo", (_ctx, r) => ({ status: 200, body: repoJson(r) }));
  route("GET", "/repos/:owner/:repo/collaborators/:user/permission", (ctx, r) => {
    const login = ctx.params[2]!;
    const permission = r.permissions.get(login);
    if (permission === undefined) throw notFound();
    return {
      status: 200,
      body: { permission: LEGACY_PERMISSION[permission], role_name: permission, user: userJson(login) },
    };
  });
  route("GET", "/orgs/:org/teams/:slug/memberships/:user", (ctx) => {
    const [org, slug, user] = ctx.params as [string, string, string];
    const state = teamMembers.get(`${org}/${slug}/${user}`.toLowerCase());
    if (!state) throw notFound();
    return {
      status: 200,
      body: { url: `${apiUrl}/organizations/1/team/1/memberships/${user}`, role: "member", state },
    };
  });

  // Contents and blobs
  function contentEntry(r: RepoState, path: string, ref: string, type: "file" | "dir", sha: string): Json {
    const name = path.split("/").pop()!;
    const api = `${repoApi(r)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const html = `${repoHtml(r)}/${type === "file" ? "blob" : "tree"}/${ref}/${path}`;
    const git = `${repoApi(r)}/git/${type === "file" ? "blobs" : "trees"}/${sha}`;
    return {
      type,
      name,
      path,
      sha,
      size: type === "file" ? Buffer.byteLength(r.blobs.get(sha) ?? "") : 0,
      url: api,
      html_url: html,
      git_url: git,
      download_url: type === "file" ? `${url}/raw/${r.owner}/${r.name}/${ref}/${path}` : null,
      _links: { self: api, git, html },
    };
  }
  function readContents(ctx: RouteContext, r: RepoState, rawPath: string): Reply {
    const path = rawPath.replace(/^\/+|\/+$/g, "");
    const ref = ctx.query.get("ref") ?? r.defaultBranch;
    const commit = resolve(r, ref);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const tree = treeOf(r, commit);
    const blob = tree.get(path);
    if (blob !== undefined) {
      const text = r.blobs.get(blob) ?? "";
      const entry = contentEntry(r, path, ref, "file", blob);
      const large = Buffer.byteLength(text) > LARGE_FILE_BYTES;
      return {
        status: 200,
        body: {
          ...entry,
          content: large
            ? ""
            : (
                Buffer.from(text)
                  .toString("base64")
                  .match(/.{1,60}/g) ?? []
              ).join("\n") + "\n",
          encoding: large ? "none" : "base64",
        },
      };
    }
    const prefix = path === "" ? "" : `${path}/`;
    const children = new Map<string, Json>();
    for (const [file, sha] of tree) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const slash = rest.indexOf("/");
      if (slash === -1) children.set(rest, contentEntry(r, file, ref, "file", sha));
      else {
        const dir = prefix + rest.slice(0, slash);
        if (!children.has(rest.slice(0, slash)))
          children.set(rest.slice(0, slash), contentEntry(r, dir, ref, "dir", sha1(`tree ${commit} ${dir}`)));
      }
    }
    if (children.size === 0) throw notFound();
    return {
      status: 200,
      body: [...children.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => e),
    };
  }
  route("GET", "/repos/:owner/:repo/contents", (ctx, r) => readContents(ctx, r, ""));
  route("GET", "/repos/:owner/:repo/contents/:rest", (ctx, r) => readContents(ctx, r, ctx.params[2]!));
  route("PUT", "/repos/:owner/:repo/contents/:rest", (ctx, r) => {
    const who = requireWriter(ctx);
    const path = ctx.params[2]!.replace(/^\/+|\/+$/g, "");
    const { message, content, sha } = ctx.body as { message?: string; content?: string; sha?: string };
    const branch = (ctx.body.branch as string | undefined) ?? r.defaultBranch;
    if (typeof message !== "string" || typeof content !== "string")
      throw invalid('Invalid request.\n\n"message" and "content" are required.');
    const head = r.refs.get(`refs/heads/${branch}`);
    if (!head) throw new HttpError(404, `Branch ${branch} not found`);
    const existing = treeOf(r, head).get(path);
    if (existing !== undefined && sha === undefined)
      throw invalid('Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing !== undefined && sha !== existing) throw new HttpError(409, `${path} does not match ${sha}`);
    const commitSha = commitOnBranch(
      r,
      branch,
      { [path]: Buffer.from(content, "base64").toString("utf8") },
      message,
      who.login,
    );
    const blob = treeOf(r, commitSha).get(path)!;
    const commit = r.commits.get(commitSha)!;
    return {
      status: existing === undefined ? 201 : 200,
      body: {
        content: contentEntry(r, path, branch, "file", blob),
        commit: gitCommitJson(r, commitSha, commit),
      },
    };
  });
  route("GET", "/repos/:owner/:repo/git/blobs/:sha", (ctx, r) => {
    const sha = ctx.params[2]!;
    const text = r.blobs.get(sha);
    if (text === undefined) throw notFound();
    return {
      status: 200,
      body: {
        sha,
        node_id: Buffer.from(`04:Blob${sha}`).toString("base64"),
        size: Buffer.byteLength(text),
        url: `${repoApi(r)}/git/blobs/${sha}`,
        content: Buffer.from(text).toString("base64"),
        encoding: "base64",
      },
    };
  });

  // Pull requests and reviews
  route("GET", "/repos/:owner/:repo/pulls/:number", (ctx, r) => {
    const p = r.pulls.get(int(ctx.params[2]));
    if (!p) throw notFound();
    return { status: 200, body: pullJson(r, p) };
  });
  route("GET", "/repos/:owner/:repo/pulls/:number/reviews", (ctx, r) => {
    const number = int(ctx.params[2]);
    if (!r.pulls.has(number)) throw notFound();
    return page(
      ctx,
      (r.reviews.get(number) ?? []).map((v) => reviewJson(r, number, v)),
    );
  });
  route("GET", "/repos/:owner/:repo/pulls/:number/commits", (ctx, r) => {
    const number = int(ctx.params[2]);
    const pr = r.pulls.get(number);
    if (!pr) throw notFound();
    const base = r.refs.get(`refs/heads/${pr.baseRef}`);
    // The PR's commits: first parents from the head back to the first one the base contains.
    const shas: string[] = [];
    for (let sha: string | undefined = pr.headSha; sha && shas.length < 250;) {
      if (base && isAncestor(r, sha, base)) break;
      shas.unshift(sha);
      sha = r.commits.get(sha)?.parents[0];
    }
    return page(
      ctx,
      shas.map((sha) => {
        const c = r.commits.get(sha)!;
        return {
          sha,
          commit: { author: c.author, committer: c.author, message: c.message },
          author: userJson(c.author.name, "User"),
          committer: userJson(c.author.name, "User"),
        };
      }),
    );
  });
  route("POST", "/repos/:owner/:repo/pulls", (ctx, r) => {
    const who = requireWriter(ctx);
    const { title, head, base, body, draft } = ctx.body as {
      title?: string;
      head?: string;
      base?: string;
      body?: string;
      draft?: boolean;
    };
    if (typeof head !== "string" || typeof base !== "string")
      throw invalid("Validation Failed", {
        errors: [{ resource: "PullRequest", field: "head", code: "missing_field" }],
      });
    const headBranch = head.includes(":") ? head.slice(head.indexOf(":") + 1) : head;
    const headSha = r.refs.get(`refs/heads/${headBranch}`);
    const baseSha = r.refs.get(`refs/heads/${base}`);
    if (!headSha)
      throw invalid("Validation Failed", {
        errors: [{ resource: "PullRequest", field: "head", code: "invalid" }],
      });
    if (!baseSha)
      throw invalid("Validation Failed", {
        errors: [{ resource: "PullRequest", field: "base", code: "invalid" }],
      });
    const open = [...r.pulls.values()].find(
      (p) => p.state === "open" && p.fork === null && p.headRef === headBranch && p.baseRef === base,
    );
    if (open)
      throw invalid("Validation Failed", {
        errors: [
          {
            resource: "PullRequest",
            code: "custom",
            message: `A pull request already exists for ${r.owner}:${headBranch}.`,
          },
        ],
      });
    if (headSha === baseSha)
      throw invalid("Validation Failed", {
        errors: [
          {
            resource: "PullRequest",
            code: "custom",
            message: `No commits between ${base} and ${headBranch}`,
          },
        ],
      });
    const number = addPull(r, {
      title: title ?? headBranch,
      body: body ?? null,
      user: who.login,
      headRef: headBranch,
      fork: null,
      headSha,
      baseRef: base,
      draft: draft === true,
    });
    return { status: 201, body: pullJson(r, r.pulls.get(number)!) };
  });

  // Issue comments and reactions
  function commentIn(r: RepoState, id: number): CommentState {
    const c = comments.get(id);
    if (!c || c.repo !== keyOf(r)) throw notFound();
    return c;
  }
  route("GET", "/repos/:owner/:repo/issues", (ctx, r) => {
    const state = ctx.query.get("state") ?? "open";
    if (!["open", "closed", "all"].includes(state)) throw invalid("Validation Failed");
    const labels = (ctx.query.get("labels") ?? "").split(",").filter((l) => l !== "");
    const creator = ctx.query.get("creator");
    const list: Json[] = [];
    for (const number of [...r.issues.keys(), ...r.pulls.keys()].sort((a, b) => b - a)) {
      const json = issueJson(r, number)!;
      if (state !== "all" && json["state"] !== state) continue;
      const names = (json["labels"] as { name: string }[]).map((l) => l.name);
      if (!labels.every((l) => names.includes(l))) continue;
      if (creator && (json["user"] as { login: string }).login !== creator) continue;
      list.push(json);
    }
    return page(ctx, list);
  });
  route("POST", "/repos/:owner/:repo/issues", (ctx, r) => {
    const who = requireWriter(ctx);
    const { title, body, labels } = ctx.body as { title?: unknown; body?: unknown; labels?: unknown };
    if (typeof title !== "string" || title === "")
      throw invalid("Validation Failed", {
        errors: [{ resource: "Issue", field: "title", code: "missing_field" }],
      });
    if (body !== undefined && body !== null && typeof body !== "string") throw invalid("Validation Failed");
    if (typeof body === "string" && body.length > 65536) throw invalid("Validation Failed");
    const names = Array.isArray(labels) ? labels.map((l) => String(l)) : [];
    const number = r.nextNumber++;
    const at = now();
    r.issues.set(number, {
      title,
      body: typeof body === "string" ? body : null,
      user: who.login,
      userType: who.type === "User" ? "User" : "Bot",
      state: "open",
      labels: names,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    });
    return { status: 201, body: issueJson(r, number) };
  });
  route("GET", "/repos/:owner/:repo/issues/:number", (ctx, r) => {
    const json = issueJson(r, int(ctx.params[2]));
    if (!json) throw notFound();
    return { status: 200, body: json };
  });
  route("PATCH", "/repos/:owner/:repo/issues/:number", (ctx, r) => {
    requireWriter(ctx);
    const number = int(ctx.params[2]);
    const issue = r.issues.get(number);
    if (!issue) throw notFound();
    const { title, body, state, labels } = ctx.body as {
      title?: unknown;
      body?: unknown;
      state?: unknown;
      labels?: unknown;
    };
    if (typeof title === "string") issue.title = title;
    if (typeof body === "string") {
      if (body.length > 65536) throw invalid("Validation Failed");
      issue.body = body;
    }
    if (state === "open" || state === "closed") {
      issue.closedAt = state === "closed" ? (issue.state === "closed" ? issue.closedAt : now()) : null;
      issue.state = state;
    } else if (state !== undefined) throw invalid("Validation Failed");
    if (Array.isArray(labels)) issue.labels = labels.map((l) => String(l));
    issue.updatedAt = now();
    return { status: 200, body: issueJson(r, number) };
  });
  route("GET", "/repos/:owner/:repo/issues/:number/comments", (ctx, r) => {
    const number = int(ctx.params[2]);
    if (!r.issues.has(number) && !r.pulls.has(number)) throw notFound();
    const list = [...comments.values()].filter((c) => c.repo === keyOf(r) && c.issue === number);
    return page(
      ctx,
      list.map((c) => commentJson(r, c)),
    );
  });
  route("POST", "/repos/:owner/:repo/issues/:number/comments", (ctx, r) => {
    const who = requireWriter(ctx);
    const number = int(ctx.params[2]);
    if (!r.issues.has(number) && !r.pulls.has(number)) throw notFound();
    const body = ctx.body.body;
    if (typeof body !== "string" || body === "")
      throw invalid("Validation Failed", {
        errors: [{ resource: "IssueComment", field: "body", code: "missing_field" }],
      });
    if (body.length > 65536)
      throw invalid("Validation Failed", {
        errors: [
          {
            resource: "IssueComment",
            code: "custom",
            field: "body",
            message: "body is too long (maximum is 65536 characters)",
          },
        ],
      });
    const c = storeComment(r, number, body, who.login, who.type);
    return { status: 201, body: commentJson(r, c) };
  });
  route("GET", "/repos/:owner/:repo/issues/comments/:id", (ctx, r) => ({
    status: 200,
    body: commentJson(r, commentIn(r, int(ctx.params[2]))),
  }));
  route("PATCH", "/repos/:owner/:repo/issues/comments/:id", (ctx, r) => {
    requireWriter(ctx);
    const c = commentIn(r, int(ctx.params[2]));
    const body = ctx.body.body;
    if (typeof body !== "string" || body === "")
      throw invalid("Validation Failed", {
        errors: [{ resource: "IssueComment", field: "body", code: "missing_field" }],
      });
    if (body.length > 65536)
      throw invalid("Validation Failed", {
        errors: [
          {
            resource: "IssueComment",
            code: "custom",
            field: "body",
            message: "body is too long (maximum is 65536 characters)",
          },
        ],
      });
    c.body = body;
    c.updatedAt = now();
    return { status: 200, body: commentJson(r, c) };
  });
  route("POST", "/repos/:owner/:repo/issues/comments/:id/reactions", (ctx, r) => {
    const who = requireWriter(ctx);
    const c = commentIn(r, int(ctx.params[2]));
    const content = ctx.body.content;
    if (typeof content !== "string" || !REACTIONS.includes(content))
      throw invalid("Validation Failed", {
        errors: [{ resource: "Reaction", field: "content", code: "invalid" }],
      });
    const list = reactions.get(c.id) ?? [];
    reactions.set(c.id, list);
    const existing = list.find((x) => x.content === content && (x.user as Json).login === who.login);
    if (existing) return { status: 200, body: existing };
    const reaction = {
      id: newId(),
      node_id: Buffer.from(`08:Reaction${nextId}`).toString("base64"),
      user: userJson(who.login, who.type),
      content,
      created_at: now(),
    };
    list.push(reaction);
    return { status: 201, body: reaction };
  });

  // Check runs, statuses, deployments
  function checkOutput(r: RepoState, id: number, output: unknown): Json | undefined {
    if (output === undefined) return undefined;
    const o = output as { title?: unknown; summary?: unknown; text?: unknown };
    if (typeof o.title !== "string" || typeof o.summary !== "string")
      throw invalid('Invalid request.\n\n"title" and "summary" are required keys of output.');
    if (o.summary.length > 65535 || (typeof o.text === "string" && o.text.length > 65535))
      throw invalid("Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.");
    return {
      title: o.title,
      summary: o.summary,
      text: typeof o.text === "string" ? o.text : null,
      annotations_count: 0,
      annotations_url: `${repoApi(r)}/check-runs/${id}/annotations`,
    };
  }
  function checkActions(actions: unknown): Json[] | undefined {
    if (actions === undefined) return undefined;
    if (!Array.isArray(actions) || actions.length > 3)
      throw invalid("Invalid request.\n\nNo more than 3 actions are allowed.");
    for (const a of actions as Json[]) {
      if (typeof a.label !== "string" || a.label.length > 20)
        throw invalid("Invalid request.\n\nAn action's label must be at most 20 characters.");
      if (typeof a.description !== "string" || a.description.length > 40)
        throw invalid("Invalid request.\n\nAn action's description must be at most 40 characters.");
      if (typeof a.identifier !== "string" || a.identifier.length > 20)
        throw invalid("Invalid request.\n\nAn action's identifier must be at most 20 characters.");
    }
    return actions as Json[];
  }
  function applyCheckFields(r: RepoState, run: Json, body: Json): void {
    const { name, status, conclusion, external_id, details_url } = body as Record<string, string | undefined>;
    if (status !== undefined && !CHECK_STATUSES.includes(status))
      throw invalid(`Invalid request.\n\n${status} is not a valid status.`);
    if (conclusion !== undefined && !CHECK_CONCLUSIONS.includes(conclusion))
      throw invalid(`Invalid request.\n\n${conclusion} is not a valid conclusion.`);
    if (name !== undefined) run.name = name;
    if (external_id !== undefined) run.external_id = external_id;
    if (details_url !== undefined) run.details_url = details_url;
    if (status !== undefined) run.status = status;
    if (conclusion !== undefined) {
      run.conclusion = conclusion;
      run.status = "completed";
    }
    if (run.status === "completed" && !run.conclusion)
      throw invalid('Invalid request.\n\n"conclusion" is required when status is completed.');
    if (run.status === "completed" && !run.completed_at) run.completed_at = now();
    const output = checkOutput(r, run.id as number, body.output);
    if (output) run.output = output;
    const actions = checkActions(body.actions);
    if (actions) run.actions = actions;
  }
  function requireApp(who: Identity): void {
    if (who.type === "User") throw new HttpError(403, "You must authenticate via a GitHub App.");
  }
  route("POST", "/repos/:owner/:repo/check-runs", (ctx, r) => {
    const who = requireWriter(ctx);
    requireApp(who);
    const { name, head_sha } = ctx.body as { name?: unknown; head_sha?: unknown };
    if (typeof name !== "string" || typeof head_sha !== "string")
      throw invalid('Invalid request.\n\n"name" and "head_sha" are required.');
    if (!r.commits.has(head_sha)) throw invalid(`No commit found for SHA: ${head_sha}`);
    const id = newId();
    const run: Json & { repository: string } = {
      id,
      node_id: Buffer.from(`08:CheckRun${id}`).toString("base64"),
      head_sha,
      external_id: "",
      url: `${repoApi(r)}/check-runs/${id}`,
      html_url: `${repoHtml(r)}/runs/${id}`,
      details_url: url,
      status: "queued",
      conclusion: null,
      started_at: now(),
      completed_at: null,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: 0,
        annotations_url: `${repoApi(r)}/check-runs/${id}/annotations`,
      },
      name,
      check_suite: { id: 1 },
      app: { id: appId, slug: appSlug, name: appSlug },
      pull_requests: [],
      repository: `${r.owner}/${r.name}`,
    };
    applyCheckFields(r, run, ctx.body);
    checkRuns.push(run);
    return { status: 201, body: withoutRepository(run) };
  });
  route("PATCH", "/repos/:owner/:repo/check-runs/:id", (ctx, r) => {
    const who = requireWriter(ctx);
    requireApp(who);
    const id = int(ctx.params[2]);
    const run = checkRuns.find((c) => c.id === id && c.repository === `${r.owner}/${r.name}`);
    if (!run) throw notFound();
    applyCheckFields(r, run, ctx.body);
    return { status: 200, body: withoutRepository(run) };
  });
  route("POST", "/repos/:owner/:repo/statuses/:sha", (ctx, r) => {
    const who = requireWriter(ctx);
    const sha = ctx.params[2]!;
    const { state, target_url, description, context } = ctx.body as Record<string, string | undefined>;
    if (state === undefined || !STATUS_STATES.includes(state))
      throw invalid("Validation Failed", {
        errors: [{ resource: "Status", field: "state", code: "custom" }],
      });
    if (!r.commits.has(sha)) throw invalid(`No commit found for SHA: ${sha}`);
    if (description !== undefined && description.length > 140)
      throw invalid("Validation Failed", {
        errors: [
          {
            resource: "Status",
            code: "custom",
            field: "description",
            message: "description is too long (maximum is 140 characters)",
          },
        ],
      });
    const id = newId();
    const status = {
      url: `${repoApi(r)}/statuses/${sha}`,
      id,
      node_id: Buffer.from(`06:StatusContext${id}`).toString("base64"),
      state,
      description: description ?? null,
      target_url: target_url ?? null,
      context: context ?? "default",
      created_at: now(),
      updated_at: now(),
      creator: userJson(who.login, who.type),
      sha,
      repository: `${r.owner}/${r.name}`,
    };
    statuses.push(status);
    return { status: 201, body: withoutRepository(status) };
  });
  route("POST", "/repos/:owner/:repo/deployments", (ctx, r) => {
    const who = requireWriter(ctx);
    const body = ctx.body as {
      ref?: string;
      environment?: string;
      description?: string;
      payload?: unknown;
      required_contexts?: string[];
      task?: string;
    };
    if (typeof body.ref !== "string")
      throw invalid("Validation Failed", {
        errors: [{ resource: "Deployment", field: "ref", code: "missing_field" }],
      });
    const sha = resolve(r, body.ref);
    if (!sha) throw new HttpError(422, `No ref found for: ${body.ref}`);
    // Without an explicit list, GitHub demands every context on the commit be green.
    const required = body.required_contexts ?? [
      ...new Set(statuses.filter((s) => s.sha === sha).map((s) => s.context as string)),
    ];
    const failing = required.filter((context) => {
      const latest = statuses.filter((s) => s.sha === sha && s.context === context).pop();
      return latest?.state !== "success";
    });
    if (failing.length > 0)
      throw new HttpError(409, `Conflict: Commit status checks failed for ${body.ref}.`, {
        errors: failing.map((context) => ({
          contexts: [{ context, state: "pending" }],
          resource: "Deployment",
          field: "required_contexts",
          code: "invalid",
        })),
      });
    const id = newId();
    const environment = body.environment ?? "production";
    const deployment = {
      url: `${repoApi(r)}/deployments/${id}`,
      id,
      node_id: Buffer.from(`010:Deployment${id}`).toString("base64"),
      sha,
      ref: body.ref,
      task: body.task ?? "deploy",
      payload: body.payload ?? {},
      original_environment: environment,
      environment,
      description: body.description ?? null,
      creator: userJson(who.login, who.type),
      created_at: now(),
      updated_at: now(),
      statuses_url: `${repoApi(r)}/deployments/${id}/statuses`,
      repository_url: repoApi(r),
      transient_environment: false,
      production_environment: false,
      repository: `${r.owner}/${r.name}`,
      statuses: [] as Json[],
    };
    deployments.push(deployment);
    const { statuses: _statuses, ...json } = deployment;
    return { status: 201, body: withoutRepository(json) };
  });
  route("POST", "/repos/:owner/:repo/deployments/:id/statuses", (ctx, r) => {
    const who = requireWriter(ctx);
    const id = int(ctx.params[2]);
    const deployment = deployments.find((d) => d.id === id && d.repository === `${r.owner}/${r.name}`);
    if (!deployment) throw notFound();
    const { state, description, log_url, environment_url, target_url } = ctx.body as Record<
      string,
      string | undefined
    >;
    if (state === undefined || !DEPLOYMENT_STATES.includes(state))
      throw invalid("Validation Failed", {
        errors: [{ resource: "DeploymentStatus", field: "state", code: "invalid" }],
      });
    if (description !== undefined && description.length > 140)
      throw invalid("Validation Failed", {
        errors: [
          {
            resource: "DeploymentStatus",
            code: "custom",
            field: "description",
            message: "description is too long (maximum is 140 characters)",
          },
        ],
      });
    const statusId = newId();
    const status = {
      url: `${repoApi(r)}/deployments/${id}/statuses/${statusId}`,
      id: statusId,
      node_id: Buffer.from(`016:DeploymentStatus${statusId}`).toString("base64"),
      state,
      creator: userJson(who.login, who.type),
      description: description ?? "",
      environment: deployment.environment,
      target_url: target_url ?? log_url ?? "",
      log_url: log_url ?? target_url ?? "",
      environment_url: environment_url ?? "",
      created_at: now(),
      updated_at: now(),
      deployment_url: deployment.url,
      repository_url: repoApi(r),
    };
    deployment.statuses.push(status);
    return { status: 201, body: status };
  });

  // Git refs and commits
  route("GET", "/repos/:owner/:repo/git/matching-refs/:rest", (ctx, r) => {
    const prefix = `refs/${ctx.params[2]!}`;
    const list = [...r.refs]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([ref, sha]) => refJson(r, ref, sha));
    return page(ctx, list);
  });
  route("GET", "/repos/:owner/:repo/git/ref/:rest", (ctx, r) => {
    const ref = `refs/${ctx.params[2]!}`;
    const sha = r.refs.get(ref);
    if (!sha) throw notFound();
    return { status: 200, body: refJson(r, ref, sha) };
  });
  route("POST", "/repos/:owner/:repo/git/refs", (ctx, r) => {
    requireWriter(ctx);
    const { ref, sha } = ctx.body as { ref?: unknown; sha?: unknown };
    if (typeof ref !== "string" || !/^refs\/[^/]+\/.+/.test(ref) || /\.\.|[\s~^:?*[\\]|\/$|\.lock$/.test(ref))
      throw invalid("Reference name must start with 'refs/' and have at least two slashes.");
    if (typeof sha !== "string" || !r.commits.has(sha)) throw invalid("Object does not exist");
    if (r.refs.has(ref)) throw invalid("Reference already exists");
    r.refs.set(ref, sha);
    return { status: 201, body: refJson(r, ref, sha) };
  });
  route("PATCH", "/repos/:owner/:repo/git/refs/:rest", (ctx, r) => {
    requireWriter(ctx);
    const ref = `refs/${ctx.params[2]!}`;
    const current = r.refs.get(ref);
    if (!current) throw invalid("Reference does not exist");
    const { sha, force } = ctx.body as { sha?: unknown; force?: unknown };
    if (typeof sha !== "string" || !r.commits.has(sha)) throw invalid("Object does not exist");
    if (force !== true && !isAncestor(r, current, sha)) throw invalid("Update is not a fast forward");
    r.refs.set(ref, sha);
    return { status: 200, body: refJson(r, ref, sha) };
  });
  route("DELETE", "/repos/:owner/:repo/git/refs/:rest", (ctx, r) => {
    requireWriter(ctx);
    const ref = `refs/${ctx.params[2]!}`;
    if (!r.refs.delete(ref)) throw invalid("Reference does not exist");
    return { status: 204 };
  });
  route("POST", "/repos/:owner/:repo/git/commits", (ctx, r) => {
    const who = requireWriter(ctx);
    const { message, tree, parents } = ctx.body as { message?: unknown; tree?: unknown; parents?: unknown };
    if (typeof message !== "string" || typeof tree !== "string")
      throw invalid('Invalid request.\n\n"message" and "tree" are required.');
    if (!r.trees.has(tree)) throw invalid("Tree SHA does not exist");
    const parentList = (parents ?? []) as string[];
    if (!Array.isArray(parentList) || parentList.some((p) => typeof p !== "string" || !r.commits.has(p)))
      throw invalid("Parent SHA does not exist or is not a commit object");
    const sha = putCommit(r, tree, parentList, message, who.login);
    return { status: 201, body: gitCommitJson(r, sha, r.commits.get(sha)!) };
  });
  route("GET", "/repos/:owner/:repo/git/commits/:sha", (ctx, r) => {
    const sha = ctx.params[2]!;
    const commit = r.commits.get(sha);
    if (!commit) throw notFound();
    return { status: 200, body: gitCommitJson(r, sha, commit) };
  });

  function withoutRepository<T extends Json>(row: T): Omit<T, "repository"> {
    const { repository: _repository, ...rest } = row;
    return rest;
  }

  function storeComment(
    r: RepoState,
    issue: number,
    body: string,
    user: string,
    userType: string,
  ): CommentState {
    const at = now();
    const c = { id: newId(), issue, body, user, userType, createdAt: at, updatedAt: at, repo: keyOf(r) };
    comments.set(c.id, c);
    return c;
  }

  function addPull(
    r: RepoState,
    input: Omit<
      PullState,
      "number" | "state" | "merged" | "createdAt" | "updatedAt" | "closedAt" | "mergedAt" | "mergeCommitSha"
    >,
  ): number {
    const number = r.nextNumber++;
    const at = now();
    r.pulls.set(number, {
      ...input,
      number,
      state: "open",
      merged: false,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      mergedAt: null,
      mergeCommitSha: null,
    });
    return number;
  }

  // ----- HTTP -----------------------------------------------------------------------------------

  function identify(header: string | undefined): Identity | null {
    if (!header) return null;
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    if (!match) return null;
    const token = match[1]!;
    if (/^ey[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) return { login: appSlug, type: "App" };
    const person = userTokens.get(token);
    if (person !== undefined) return { login: person, type: "User" };
    return { login: botLogin, type: "Bot" };
  }

  async function readBody(req: IncomingMessage): Promise<Json> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    if (text.trim() === "") return {};
    try {
      const parsed = JSON.parse(text) as unknown;
      return typeof parsed === "object" && parsed !== null ? (parsed as Json) : {};
    } catch {
      throw new HttpError(400, "Problems parsing JSON");
    }
  }

  function send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      "x-github-media-type": "github.v3; format=json",
      "x-github-request-id": `FAKE:${requests.length}`,
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      "x-ratelimit-resource": "core",
      ...reply.headers,
    };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    const text = JSON.stringify(reply.body);
    res
      .writeHead(reply.status, {
        ...headers,
        "content-type": "application/json; charset=utf-8",
        "content-length": String(Buffer.byteLength(text)),
      })
      .end(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const parsed = new URL(req.url ?? "/", "http://fake");
    const prefix = parsed.pathname.startsWith("/api/v3/") || parsed.pathname === "/api/v3" ? "/api/v3" : "";
    const rawPath = parsed.pathname.slice(prefix.length) || "/";
    let decodedPath = rawPath;
    try {
      decodedPath = decodeURIComponent(rawPath);
    } catch {
      // Keep the raw path; no route will match it.
    }
    const identity = identify(req.headers.authorization);
    const entry: RequestLogEntry = {
      method,
      path: decodedPath,
      prefix,
      query: Object.fromEntries(parsed.searchParams),
      body: undefined,
      actor: identity ? (identity.type === "App" ? "app" : identity.login) : null,
      status: 0,
      matched: false,
    };
    requests.push(entry);
    let reply: Reply;
    try {
      const body = await readBody(req);
      entry.body = Object.keys(body).length > 0 ? body : undefined;
      const failure = failures.find((f) => (!f.method || f.method === method) && f.path.test(decodedPath));
      if (failure) {
        failure.times = (failure.times ?? 1) - 1;
        if (failure.times <= 0) failures.splice(failures.indexOf(failure), 1);
        throw new HttpError(failure.status, failure.message);
      }
      reply = dispatch(
        method,
        rawPath,
        {
          params: [],
          query: parsed.searchParams,
          body,
          identity,
          base: `http://${req.headers.host ?? "127.0.0.1"}${prefix}`,
          path: rawPath,
        },
        entry,
      );
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      reply = {
        status: err.status,
        body: { message: err.message, documentation_url: DOCS, status: String(err.status), ...err.extra },
      };
    }
    entry.status = reply.status;
    send(res, reply);
  }

  function dispatch(method: string, rawPath: string, ctx: RouteContext, entry: RequestLogEntry): Reply {
    for (const r of routes) {
      if (r.method !== method) continue;
      const m = r.pattern.exec(rawPath);
      if (!m) continue;
      entry.matched = true;
      const params = m.slice(1).map((p) => decodeURIComponent(p));
      const context = { ...ctx, params };
      if (!r.repo) return r.handler(context, undefined as unknown as RepoState);
      const repo = repos.get(`${params[0]}/${params[1]}`.toLowerCase());
      if (!repo) throw notFound();
      return r.handler(context, repo);
    }
    throw notFound();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(res, { status: 500, body: { message: `fake GitHub bug: ${String(err)}` } });
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;
  apiUrl = `${url}/api/v3`;

  // ----- state API ------------------------------------------------------------------------------

  return {
    url,
    apiUrl,
    host: `127.0.0.1:${port}`,
    botLogin,
    installationId,
    requests,

    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },

    addRepo(input) {
      const key = `${input.owner}/${input.repo}`.toLowerCase();
      if (repos.has(key)) throw new Error(`fake GitHub: ${input.owner}/${input.repo} exists`);
      const r: RepoState = {
        id: 100 + repos.size,
        owner: input.owner,
        name: input.repo,
        ownerType: input.ownerType ?? "Organization",
        private: input.private ?? false,
        defaultBranch: input.defaultBranch ?? "main",
        blobs: new Map(),
        trees: new Map(),
        commits: new Map(),
        refs: new Map(),
        nextNumber: 1,
        issues: new Map(),
        pulls: new Map(),
        reviews: new Map(),
        permissions: new Map(),
      };
      repos.set(key, r);
      commitOnBranch(r, r.defaultBranch, input.files ?? {}, "Initial commit", input.owner);
      return { owner: input.owner, repo: input.repo };
    },

    addBranch(owner, repo, branch, from) {
      const r = repoState({ owner, repo });
      const sha = resolve(r, from ?? r.defaultBranch);
      if (!sha) throw new Error(`fake GitHub: no ref ${from ?? r.defaultBranch}`);
      r.refs.set(`refs/heads/${branch}`, sha);
      return sha;
    },

    commitFiles(owner, repo, branch, files, message = "Update files", author = owner) {
      return commitOnBranch(repoState({ owner, repo }), branch, files, message, author);
    },

    branchSha(owner, repo, branch) {
      return repoState({ owner, repo }).refs.get(`refs/heads/${branch}`) ?? null;
    },

    fileAt(owner, repo, ref, path) {
      const r = repoState({ owner, repo });
      const sha = resolve(r, ref);
      const blob = sha ? treeOf(r, sha).get(path) : undefined;
      return blob === undefined ? null : (r.blobs.get(blob) ?? null);
    },

    commit(sha, repo) {
      const c = repoState(repo).commits.get(sha);
      return c ? { message: c.message, tree: c.tree, parents: [...c.parents] } : null;
    },

    refs(repo) {
      return Object.fromEntries(repoState(repo).refs);
    },

    addPullRequest(input) {
      const r = repoState(input);
      const base = input.base ?? r.defaultBranch;
      const headSha = input.fork !== undefined ? input.headSha : r.refs.get(`refs/heads/${input.head}`);
      if (!headSha) throw new Error(`fake GitHub: head ${input.head} needs a branch (or fork + headSha)`);
      if (!r.refs.has(`refs/heads/${base}`)) throw new Error(`fake GitHub: no base branch ${base}`);
      return addPull(r, {
        title: input.title ?? input.head,
        body: input.body ?? null,
        user: input.user,
        headRef: input.head,
        fork: input.fork ?? null,
        headSha,
        baseRef: base,
        draft: input.draft ?? false,
      });
    },

    updatePullRequest(number, patch, repo) {
      const r = repoState(repo);
      const p = pullState(r, number);
      const at = now();
      if (patch.title !== undefined) p.title = patch.title;
      if (patch.body !== undefined) p.body = patch.body;
      if (patch.headSha !== undefined) p.headSha = patch.headSha;
      if (patch.merged === true) {
        p.merged = true;
        p.mergedAt = at;
        p.state = "closed";
      }
      if (patch.state !== undefined) p.state = patch.state;
      p.closedAt = p.state === "closed" ? (p.closedAt ?? at) : null;
      p.updatedAt = at;
    },

    issue(number, repo) {
      return issueJson(repoState(repo), number);
    },

    issues(repo) {
      const r = repoState(repo);
      return [...r.issues.keys()].sort((a, b) => a - b).map((n) => issueJson(r, n)!);
    },

    setIssueState(number, state, repo) {
      const issue = repoState(repo).issues.get(number);
      if (!issue) throw new Error(`fake GitHub: no issue #${number}`);
      issue.state = state;
      issue.closedAt = state === "closed" ? now() : null;
      issue.updatedAt = now();
    },

    mergePullRequest(number, repo) {
      const r = repoState(repo);
      const p = pullState(r, number);
      if (p.state !== "open") throw new Error(`fake GitHub: #${number} is not open`);
      const head = pullHeadSha(r, p);
      const baseRef = `refs/heads/${p.baseRef}`;
      const base = r.refs.get(baseRef);
      const headCommit = r.commits.get(head);
      if (!base || !headCommit) throw new Error(`fake GitHub: #${number} has no base or head commit`);
      // A three-way merge without conflicts: the base's tree, with every path the head changed
      // since the merge base taken from the head (GitHub would refuse a real conflict).
      const ancestors = new Set<string>();
      const walk = [head];
      while (walk.length > 0) {
        const c = walk.pop()!;
        if (ancestors.has(c)) continue;
        ancestors.add(c);
        walk.push(...(r.commits.get(c)?.parents ?? []));
      }
      let mergeBase: string | undefined;
      const queue = [base];
      const seen = new Set<string>();
      while (queue.length > 0 && mergeBase === undefined) {
        const c = queue.shift()!;
        if (seen.has(c)) continue;
        seen.add(c);
        if (ancestors.has(c)) mergeBase = c;
        else queue.push(...(r.commits.get(c)?.parents ?? []));
      }
      const headTree = treeOf(r, head);
      const baseTree = mergeBase ? treeOf(r, mergeBase) : new Map<string, string>();
      const merged = new Map(treeOf(r, base));
      for (const path of new Set([...headTree.keys(), ...baseTree.keys()])) {
        if (headTree.get(path) === baseTree.get(path)) continue;
        const blob = headTree.get(path);
        if (blob === undefined) merged.delete(path);
        else merged.set(path, blob);
      }
      const sha = putCommit(
        r,
        putTree(r, merged),
        [base, head],
        `Merge pull request #${number} from ${p.headRef}`,
        p.user,
      );
      r.refs.set(baseRef, sha);
      const at = now();
      p.merged = true;
      p.mergedAt = at;
      p.mergeCommitSha = sha;
      p.state = "closed";
      p.closedAt = at;
      p.updatedAt = at;
      return sha;
    },

    pullRequest(number, repo) {
      const r = repoState(repo);
      return pullJson(r, pullState(r, number));
    },

    repository(repo) {
      return repoJson(repoState(repo));
    },

    addIssue(input) {
      const r = repoState(input);
      const number = r.nextNumber++;
      const at = now();
      r.issues.set(number, {
        title: input.title ?? "",
        body: input.body ?? null,
        user: input.user,
        userType: "User",
        state: "open",
        labels: input.labels ?? [],
        createdAt: at,
        updatedAt: at,
        closedAt: null,
      });
      return number;
    },

    addComment(number, input, repo) {
      const r = repoState(repo);
      if (!r.issues.has(number) && !r.pulls.has(number))
        throw new Error(`fake GitHub: no issue or pull request #${number}`);
      return commentJson(r, storeComment(r, number, input.body, input.user, input.userType ?? "User"));
    },

    setPermission(user, permission, repo) {
      repoState(repo).permissions.set(user, permission);
    },

    addTeamMember(org, slug, user, state = "active") {
      teamMembers.set(`${org}/${slug}/${user}`.toLowerCase(), state);
    },

    addReview(pr, input, repo) {
      const r = repoState(repo);
      const p = pullState(r, pr);
      const id = newId();
      const list = r.reviews.get(pr) ?? [];
      r.reviews.set(pr, list);
      list.push({
        id,
        user: input.user,
        state: input.state,
        body: input.body ?? "",
        commitId: input.commitId ?? pullHeadSha(r, p),
        submittedAt: input.state === "PENDING" ? null : now(),
      });
      return id;
    },

    addUserToken(token, login) {
      userTokens.set(token, login);
    },

    failNext(failure) {
      failures.push({ ...failure });
    },

    comments(number, repo) {
      const r = repoState(repo);
      return [...comments.values()]
        .filter((c) => c.repo === keyOf(r) && c.issue === number)
        .map((c) => commentJson(r, c));
    },

    reactions(commentId) {
      return [...(reactions.get(commentId) ?? [])];
    },

    reviews(pr, repo) {
      const r = repoState(repo);
      return (r.reviews.get(pr) ?? []).map((v) => reviewJson(r, pr, v));
    },

    checkRuns() {
      return checkRuns.map((c) => ({ ...c }));
    },

    statuses() {
      return statuses.map((s) => ({ ...s }));
    },

    deployments() {
      return deployments.map((d) => ({ ...d, statuses: [...d.statuses] }));
    },
  };
}

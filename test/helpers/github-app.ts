/**
 * A real Probot running Plagentic's App against the fake GitHub, with helpers to deliver the
 * webhooks a user's actions would cause and to wait for the queued work.
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createProbot, ProbotOctokit, type Probot } from "probot";
import { plagenticApp, runningJobs, type RunningJobs } from "../../src/app/app.js";
import { sqliteState, type AppState } from "../../src/app/app-state.js";
import { acceptDelivery, runQueuedEvent } from "../../src/app/event-flow.js";
import type { RecordBinding } from "../../src/github/markers.js";
import { recordKeyFromEnv } from "../../src/github/record-key.js";
import type { RouterOptions } from "../../src/github/router.js";
import type { ApprovedChanges } from "../../src/store/approved-changes.js";
import { appProposer } from "../../src/app/server.js";
import { startFakeGitHub, type FakeGitHub } from "./fake-github.js";

export const OWNER = "acme";
export const REPO = "infra";

export const CONFIG = `environments_dir: environments
policies:
  max_monthly_cost: { limit: 1000 }
approvals:
  required: 1
`;

/** A small spec that plans quickly: one VPC and one instance. */
export function smallSpec(instanceType = "t3.small", extraTags = ""): string {
  return `environment: staging
provider: sandbox
region: us-east-1
tags: { team: web${extraTags} }
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_instance
    name: web
    properties: { instance_type: ${instanceType}, ami: ami-0abcdef1234567890 }
`;
}

let keyPem: string | undefined;
export function privateKey(): string {
  keyPem ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
  return keyPem;
}

export interface AppHarness {
  gh: FakeGitHub;
  probot: Probot;
  /** The App's state: an in-memory SQLite store and the in-process queue. */
  state: AppState;
  /** What the handler learns a job's attempt from; `receive` runs an event as a given attempt. */
  jobs: RunningJobs;
  dataDir: string;
  errors: unknown[];
  /** Delivers a webhook and waits until the work it queued is done. */
  deliver(name: string, payload: Record<string, unknown>, id?: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Probot merges its own throttle options over class defaults, which re-enables the one-second
 * spacing of writes; a function default applied last switches it off for tests.
 */
export function unthrottledOctokit(): typeof ProbotOctokit {
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    throttle: { ...(options["throttle"] as object), enabled: false },
    retry: { enabled: false },
  })) as typeof ProbotOctokit;
}

let deliveryCounter = 0;

export async function startApp(
  opts: {
    files?: Record<string, string>;
    env?: Record<string, string>;
    router?: RouterOptions;
    /** In place of the state's own (SQLite) record of approved changes. */
    approvedChanges?: ApprovedChanges;
  } = {},
): Promise<AppHarness> {
  const gh = await startFakeGitHub();
  gh.addRepo({
    owner: OWNER,
    repo: REPO,
    files: opts.files ?? { "config.yaml": CONFIG, "environments/staging.yaml": smallSpec() },
  });
  const dataDir = mkdtempSync(join(tmpdir(), "plagentic-app-"));
  const errors: unknown[] = [];
  const state = sqliteState(":memory:", {
    settings: { leaseSeconds: 30, replicaId: "test-replica" },
    concurrency: 1,
    onError: (_what, e) => errors.push(e),
  });
  const env = { PRIVATE_KEY: privateKey(), WEBHOOK_SECRET: "secret", ...opts.env };
  const probot = createProbot({
    env: {
      APP_ID: "1",
      PRIVATE_KEY: privateKey(),
      WEBHOOK_SECRET: "secret",
      GHE_HOST: gh.host,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "fatal",
    },
    defaults: { Octokit: unthrottledOctokit() },
  });
  const jobs = runningJobs();
  await state.queue.work((job) =>
    runQueuedEvent(state, job, {
      receive: (j) => jobs.receive(probot, j),
      onError: (_j, e) => errors.push(e),
    }),
  );
  await probot.load(
    plagenticApp({
      env,
      dataDir,
      jobs,
      approvedChanges: opts.approvedChanges ?? state.approvedChanges,
      router: opts.router ?? { proposePlainWords: appProposer(env) },
    }),
  );
  return {
    gh,
    probot,
    state,
    jobs,
    dataDir,
    errors,
    async deliver(name, payload, id = `delivery-${++deliveryCounter}`) {
      await acceptDelivery(state, { id, name, payload });
      await idle(state, 20_000);
    },
    async close() {
      await state.close(5_000);
      await gh.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the in-process queue has nothing queued or running. */
async function idle(state: AppState, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (state.queue.size() > 0) {
    if (Date.now() > end) throw new Error("the App's queued work did not finish in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Payloads shaped like @octokit/webhooks-examples, built from the fake's own REST shapes. */
export function commentPayload(h: AppHarness, number: number, user: string, body: string, userType = "User") {
  const comment = h.gh.addComment(number, { user, body, userType });
  const pr = safePullRequest(h, number);
  return {
    action: "created",
    issue: {
      number,
      title: pr?.["title"] ?? "issue",
      user: { login: (pr?.["user"] as { login: string } | undefined)?.login ?? user, type: "User" },
      labels: [],
      ...(pr && { pull_request: { url: pr["url"], html_url: pr["html_url"] } }),
    },
    comment,
    repository: h.gh.repository(),
    sender: { login: user, type: userType },
    installation: { id: h.gh.installationId },
  };
}

/** A `plagentic` label added to an issue by its author, as GitHub delivers it. */
export function issueLabeledPayload(
  h: AppHarness,
  issue: { number: number; title: string; body: string; user: string },
) {
  return {
    action: "labeled",
    label: { name: "plagentic" },
    issue: {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      user: { login: issue.user },
      labels: [{ name: "plagentic" }],
    },
    repository: h.gh.repository(),
    sender: { login: issue.user, type: "User" },
    installation: { id: h.gh.installationId },
  };
}

export function reviewPayload(
  h: AppHarness,
  number: number,
  user: string,
  state: "APPROVED" | "CHANGES_REQUESTED",
  commitId?: string,
) {
  const pr = h.gh.pullRequest(number);
  const sha = commitId ?? (pr["head"] as { sha: string }).sha;
  const id = h.gh.addReview(number, { user, state, commitId: sha });
  return {
    action: "submitted",
    review: { id, user: { login: user, type: "User" }, state: state.toLowerCase(), commit_id: sha },
    pull_request: pr,
    repository: h.gh.repository(),
    sender: { login: user, type: "User" },
    installation: { id: h.gh.installationId },
  };
}

export function pullRequestPayload(h: AppHarness, number: number, action: string, sender = "alice") {
  return {
    action,
    number,
    pull_request: h.gh.pullRequest(number),
    repository: h.gh.repository(),
    sender: { login: sender, type: "User" },
    installation: { id: h.gh.installationId },
  };
}

function safePullRequest(h: AppHarness, number: number): Record<string, unknown> | null {
  try {
    return h.gh.pullRequest(number);
  } catch {
    return null;
  }
}

/** Opens a PR from a new branch that commits `files`; returns its number. */
export function openPullRequest(
  h: AppHarness,
  branch: string,
  files: Record<string, string>,
  user = "alice",
): number {
  h.gh.commitFiles(OWNER, REPO, branch, files, "change");
  return h.gh.addPullRequest({ user, head: branch, title: `change ${branch}` });
}

export function botComments(h: AppHarness, number: number): string[] {
  return h.gh
    .comments(number)
    .filter((c) => (c["user"] as { login: string }).login === h.gh.botLogin)
    .map((c) => String(c["body"]));
}

/** What the harness's App binds pull request `number`'s plan records to (markers.ts). */
export function recordBinding(number: number, env: Record<string, string> = {}): RecordBinding {
  const key = recordKeyFromEnv({ PRIVATE_KEY: privateKey(), WEBHOOK_SECRET: "secret", ...env }, "app").key;
  return { key, repository: `${OWNER}/${REPO}`, number };
}

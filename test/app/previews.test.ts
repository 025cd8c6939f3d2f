/**
 * Preview environments through the App (a real Probot against the fake GitHub) on the sandbox
 * cloud: created, priced by the hour, kept apart from their parent, destroyed on close, merge and
 * TTL; capped by cost; refused for other environments and for read-only users.
 */
import { Octokit } from "@octokit/rest";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GitHubContext } from "../../src/github/context.js";
import { octokitClient } from "../../src/github/octokit-client.js";
import { parsePreviewMessage } from "../../src/github/preview-registry.js";
import { redactingClient } from "../../src/github/redacting-client.js";
import { handleEvent } from "../../src/github/router.js";
import { Workspace } from "../../src/plan/workspace.js";
import { createRedactor } from "../../src/render/redact.js";
import { checkedEnvironment } from "../../src/spec/load.js";
import { openStore } from "../../src/store/store.js";
import {
  botComments,
  commentPayload,
  CONFIG,
  OWNER,
  openPullRequest,
  pullRequestPayload,
  recordBinding,
  REPO,
  reviewPayload,
  startApp,
  type AppHarness,
} from "../helpers/github-app.js";
import { PREVIEW_CONFIG, previewSpec } from "../helpers/previews.js";

let h: AppHarness;
let parentRows: SandboxRow[];

interface SandboxRow {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  tags: Record<string, string>;
}

function rows(environment: string): SandboxRow[] {
  const store = openStore(join(h.dataDir, OWNER, REPO, ".plagentic", "state.db"));
  try {
    return (
      store.db
        .prepare("SELECT id, type, attributes, tags FROM sandbox_resources WHERE environment = ? ORDER BY id")
        .all(environment) as { id: string; type: string; attributes: string; tags: string }[]
    ).map((r) => ({ ...r, attributes: JSON.parse(r.attributes), tags: JSON.parse(r.tags) }));
  } finally {
    store.close();
  }
}

function previewRefs(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(h.gh.refs()).filter(([ref]) => ref.startsWith("refs/plagentic/previews/")),
  );
}

function registryEntry(name: string) {
  const sha = previewRefs()[`refs/plagentic/previews/${name}`];
  return sha ? parsePreviewMessage(`refs/plagentic/previews/${name}`, h.gh.commit(sha)!.message) : null;
}

/** The App's context for a scheduled tick, at a chosen time (ticks are not webhooks). */
function tickContext(now: Date): GitHubContext {
  const redactor = createRedactor();
  return {
    gh: redactingClient(
      octokitClient(
        new Octokit({
          auth: "ghs_tick",
          baseUrl: h.gh.apiUrl,
          log: { debug() {}, info() {}, warn() {}, error() {} },
        }),
      ),
      redactor,
    ),
    redactor,
    repo: { owner: OWNER, repo: REPO },
    mode: "app",
    botLogin: h.gh.botLogin,
    env: {},
    workDir: join(h.dataDir, OWNER, REPO),
    log: { info() {}, warn() {}, error() {} },
    now: () => now,
    recordKey: recordBinding(0).key,
  };
}

const lastBot = (pr: number) => botComments(h, pr).at(-1) ?? "";

beforeAll(async () => {
  h = await startApp({
    files: { "config.yaml": `${CONFIG}${PREVIEW_CONFIG}`, "environments/staging.yaml": previewSpec() },
  });
  h.gh.setPermission("alice", "write");
  h.gh.setPermission("bob", "write");
  h.gh.setPermission("rita", "read");
  // The parent is live first, applied as this repository would (the CLI or an earlier PR).
  const workDir = join(h.dataDir, OWNER, REPO);
  const ws = await Workspace.open({
    cwd: workDir,
    repository: `${OWNER}/${REPO}`,
    statePath: join(workDir, ".plagentic", "state.db"),
  });
  const env = checkedEnvironment(previewSpec(), "staging.yaml", "staging");
  await ws.apply(env, { expectedHash: (await ws.plan(env)).plan.hash });
  await ws.close();
  parentRows = rows("staging");
  expect(parentRows.length).toBeGreaterThanOrEqual(4);
});

afterAll(async () => {
  expect(h.errors).toEqual([]);
  expect(rows("staging")).toEqual(parentRows);
  await h.close();
});

describe("/plagentic preview through the App", () => {
  it("creates, prices, updates and on close destroys a preview, never touching its parent", async () => {
    const pr = openPullRequest(h, "bigger", { "environments/staging.yaml": previewSpec("t3.medium") });
    const name = `staging-pr-${pr}`;
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic preview staging"));

    const sticky = botComments(h, pr).find((b) => b.startsWith(`<!-- plagentic:plan:${name} -->`))!;
    expect(sticky).toContain(`Plagentic preview plan for \`${name}\``);
    const monthly = /\$([\d.,]+) per month/.exec(sticky)!;
    const hourly = /\$(\d+\.\d{4}) per hour/.exec(sticky)!;
    expect(Number(hourly[1])).toBeCloseTo(Number(monthly[1]!.replace(",", "")) / 730, 3);
    expect(Number(hourly[1])).toBeGreaterThan(0);
    expect(lastBot(pr)).toMatch(/Apply complete! Resources: 5 added/);
    expect(h.gh.deployments().at(-1)?.["environment"]).toBe(name);

    // The preview's resources: its own environment and tags, names and address space.
    const preview = rows(name);
    expect(preview.map((r) => r.type).sort()).toEqual(parentRows.map((r) => r.type).sort());
    for (const r of preview) {
      expect(r.tags["plagentic:environment"]).toBe(name);
      expect(r.tags["plagentic-preview-of"]).toBe("staging");
      expect(r.tags["plagentic-pull-request"]).toBe(String(pr));
    }
    const block = 64 + (pr % 64);
    expect(preview.find((r) => r.type === "aws_vpc")?.attributes["cidr_block"]).toBe(`100.${block}.0.0/16`);
    expect(preview.find((r) => r.type === "aws_instance")?.tags["Name"]).toBe(`web-pr-${pr}`);
    expect(preview.find((r) => r.type === "aws_instance")?.attributes["instance_type"]).toBe("t3.medium");
    expect(preview.filter((r) => parentRows.some((p) => p.id === r.id))).toEqual([]);
    expect(rows("staging")).toEqual(parentRows);

    const entry = registryEntry(name)!;
    expect(entry).toMatchObject({ pr, parent: "staging", name });
    expect(Date.parse(entry.expiresAt!) - Date.parse(entry.createdAt)).toBe(24 * 3_600_000);
    expect(h.gh.refs()[`refs/plagentic/locks/${name}`]).toBeDefined();

    // A push and a second preview command update it in place.
    h.gh.commitFiles(OWNER, REPO, "bigger", { "environments/staging.yaml": previewSpec("t3.large") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic preview staging"));
    expect(rows(name).find((r) => r.type === "aws_instance")?.attributes["instance_type"]).toBe("t3.large");
    expect(registryEntry(name)?.createdAt).toBe(entry.createdAt);
    expect(rows("staging")).toEqual(parentRows);

    h.gh.updatePullRequest(pr, { state: "closed" });
    await h.deliver("pull_request", pullRequestPayload(h, pr, "closed"));
    expect(rows(name)).toEqual([]);
    expect(registryEntry(name)).toBeNull();
    expect(h.gh.refs()[`refs/plagentic/locks/${name}`]).toBeUndefined();
    expect(
      botComments(h, pr).some((b) =>
        b.includes(`Preview \`${name}\` was destroyed: this pull request was closed`),
      ),
    ).toBe(true);
    expect(rows("staging")).toEqual(parentRows);
  });

  it("destroys the preview when its pull request is merged", async () => {
    const pr = openPullRequest(h, "tagged", {
      "environments/staging.yaml": previewSpec("t3.small", "owner: web"),
    });
    const name = `staging-pr-${pr}`;
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic preview staging"));
    expect(rows(name).length).toBe(parentRows.length);
    h.gh.mergePullRequest(pr);
    await h.deliver("pull_request", pullRequestPayload(h, pr, "closed"));
    expect(rows(name)).toEqual([]);
    expect(registryEntry(name)).toBeNull();
    expect(lastBot(pr)).toContain("this pull request was merged");
  });

  it("destroys a preview whose TTL ran out on the next tick, and not before", async () => {
    const pr = openPullRequest(h, "ttl", { "environments/staging.yaml": previewSpec("t3.micro") });
    const name = `staging-pr-${pr}`;
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic preview staging"));
    const expiresAt = Date.parse(registryEntry(name)!.expiresAt!);

    const early = await handleEvent(tickContext(new Date(expiresAt - 60_000)), {
      name: "schedule",
      payload: {},
    });
    expect(early.failed).toBeUndefined();
    expect(rows(name).length).toBe(parentRows.length);

    const late = await handleEvent(tickContext(new Date(expiresAt + 1)), { name: "schedule", payload: {} });
    expect(late.failed).toBeUndefined();
    expect(late.summary.join("\n")).toContain(`Destroyed preview \`${name}\``);
    expect(rows(name)).toEqual([]);
    expect(registryEntry(name)).toBeNull();
    expect(lastBot(pr)).toContain("time to live");
  });

  it("a destroy that fails says so, keeps the entry, and the next tick destroys it", async () => {
    const pr = openPullRequest(h, "flaky", { "environments/staging.yaml": previewSpec("t3.nano") });
    const name = `staging-pr-${pr}`;
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic preview staging"));
    h.gh.failNext({
      method: "GET",
      path: /contents\/environments\/staging\.yaml/,
      status: 500,
      message: "boom",
    });
    h.gh.updatePullRequest(pr, { state: "closed" });
    await h.deliver("pull_request", pullRequestPayload(h, pr, "closed"));
    expect(lastBot(pr)).toMatch(/should be destroyed \(this pull request was closed\), but that failed/);
    expect(rows(name).length).toBe(parentRows.length);
    expect(registryEntry(name)).not.toBeNull();

    const tick = await handleEvent(tickContext(new Date()), { name: "schedule", payload: {} });
    expect(tick.failed).toBeUndefined();
    expect(rows(name)).toEqual([]);
    expect(registryEntry(name)).toBeNull();
    expect(lastBot(pr)).toContain("this pull request is no longer open");
  });

  it("plans but does not apply a preview over previews.max_monthly_cost, and says why", async () => {
    const pr = openPullRequest(h, "huge", { "environments/staging.yaml": previewSpec("m5.4xlarge") });
    const name = `staging-pr-${pr}`;
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic preview staging"));
    const sticky = botComments(h, pr).find((b) => b.startsWith(`<!-- plagentic:plan:${name} -->`))!;
    expect(sticky).toMatch(/Not applied:.*over `previews\.max_monthly_cost` \(\$300\.00\)/);
    expect(rows(name)).toEqual([]);
    expect(registryEntry(name)).toBeNull();
    // Nor can a later command apply it.
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", `/plagentic apply ${name}`));
    expect(rows(name)).toEqual([]);
  });

  it("with previews.require_approval, waits for an approval, then applies the derived spec", async () => {
    h.gh.commitFiles(OWNER, REPO, "main", {
      "config.yaml": `${CONFIG}${PREVIEW_CONFIG}  require_approval: true\n`,
    });
    const pr = openPullRequest(h, "reviewed", { "environments/staging.yaml": previewSpec("t3.micro") });
    const name = `staging-pr-${pr}`;
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic preview staging"));
    expect(rows(name)).toEqual([]);
    expect(lastBot(pr)).toMatch(/get 1 approval/);
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    expect(rows(name).length).toBe(parentRows.length);
    expect(registryEntry(name)).toMatchObject({ pr, parent: "staging" });
    h.gh.updatePullRequest(pr, { state: "closed" });
    await h.deliver("pull_request", pullRequestPayload(h, pr, "closed"));
    expect(rows(name)).toEqual([]);
    h.gh.commitFiles(OWNER, REPO, "main", { "config.yaml": `${CONFIG}${PREVIEW_CONFIG}` });
  });

  it("refuses an environment not in previews.environments, and a read-only user", async () => {
    const pr = openPullRequest(h, "other", {
      "environments/prod.yaml": previewSpec().replace("staging", "prod"),
    });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic preview prod"));
    expect(lastBot(pr)).toMatch(/`prod` cannot be previewed\. Environments that can: `staging`/);
    await h.deliver("issue_comment", commentPayload(h, pr, "rita", "/plagentic preview staging"));
    expect(lastBot(pr)).toMatch(/needs write access/);
    expect(rows(`staging-pr-${pr}`)).toEqual([]);
    expect(Object.keys(previewRefs())).toEqual([]);
  });

  it("says how to turn previews on when config.yaml has no previews section", async () => {
    h.gh.commitFiles(OWNER, REPO, "main", { "config.yaml": CONFIG });
    const pr = openPullRequest(h, "off", { "environments/staging.yaml": previewSpec("t3.micro") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic preview staging"));
    expect(lastBot(pr)).toMatch(
      /Preview environments are off[\s\S]*previews:\n {2}environments: \[staging\]/,
    );
    expect(rows(`staging-pr-${pr}`)).toEqual([]);
    h.gh.commitFiles(OWNER, REPO, "main", { "config.yaml": `${CONFIG}${PREVIEW_CONFIG}` });
  });
});

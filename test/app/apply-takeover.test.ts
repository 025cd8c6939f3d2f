/**
 * An apply taken over by another replica (github/apply-flow.ts with `ctx.takeover`): the plan is
 * made through the real Probot App, which keeps its change fingerprints; a first replica claims
 * the apply, creates part of it and stops answering; a second runs the same event again against
 * the same fake GitHub and sandbox, and finishes exactly the approved change.
 */
import { Octokit } from "@octokit/rest";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { usageRanges } from "../../src/cost/index.js";
import type { GitHubContext } from "../../src/github/context.js";
import { decodeRecord } from "../../src/github/markers.js";
import { octokitClient } from "../../src/github/octokit-client.js";
import { redactingClient } from "../../src/github/redacting-client.js";
import { handleEvent } from "../../src/github/router.js";
import { applyPlan } from "../../src/plan/apply.js";
import { inlineRunner, type ApplyJob, type PlanRunner } from "../../src/plan/jobs.js";
import { Workspace } from "../../src/plan/workspace.js";
import { ProviderOperationError, type Provider } from "../../src/providers/provider.js";
import { createRedactor } from "../../src/render/redact.js";
import { checkedEnvironment } from "../../src/spec/load.js";
import type { ApprovedChanges, PlanKey } from "../../src/store/approved-changes.js";
import { openStore } from "../../src/store/store.js";
import {
  botComments,
  commentPayload,
  OWNER,
  openPullRequest,
  recordBinding,
  REPO,
  reviewPayload,
  smallSpec,
  startApp,
  type AppHarness,
} from "../helpers/github-app.js";

/** The tests' own ApprovedChanges: a map (the App's are SQLite and PostgreSQL). */
function memoryApprovedChanges(): ApprovedChanges & { kept: Map<string, readonly string[]> } {
  const kept = new Map<string, readonly string[]>();
  const key = (k: PlanKey) => JSON.stringify([k.repository, k.environment, k.planHash]);
  return {
    kept,
    async put(k, fingerprints) {
      if (!kept.has(key(k))) kept.set(key(k), [...fingerprints]);
    },
    async get(k) {
      return kept.get(key(k)) ?? null;
    },
  };
}

/** Creates go through until the `dieAfter`th, which the cloud accepts but whose answer is lost. */
function dying(provider: Provider, dieAfter: number): Provider {
  let sent = 0;
  return {
    ...provider,
    create: async (op) => {
      if (++sent > dieAfter) throw new ProviderOperationError("ReplicaStopped", "the replica stopped");
      const created = await provider.create(op);
      if (sent === dieAfter) throw new ProviderOperationError("ReplicaStopped", "no answer");
      return created;
    },
  };
}

/**
 * A replica that stops answering mid-apply: it applies the job as the real one would (same
 * inputs, tokens and attempt), with its cloud calls cut after `dieAfter` creates, and never returns.
 */
function dyingRunner(dieAfter: number, died: () => void): PlanRunner {
  return {
    ...inlineRunner(),
    async apply(job: ApplyJob) {
      const ws = await Workspace.open({
        config: job.config,
        cwd: job.cwd,
        env: job.env,
        repository: job.repository,
      });
      try {
        await applyPlan({
          env: checkedEnvironment(job.spec.text, job.spec.file, job.spec.name, job.config.limits),
          provider: dying(await ws.provider("sandbox"), dieAfter),
          catalog: ws.catalog,
          policies: job.config.policies,
          usageRanges: usageRanges(job.config.cost?.usageRanges),
          identity: ws.identity(job.spec.name),
          commit: job.commit,
          destroy: job.destroy,
          expectedHash: job.expectedHash,
          ...(job.attempt !== undefined && { attempt: job.attempt }),
          parallelism: 1,
        });
      } finally {
        await ws.close();
      }
      died();
      return new Promise(() => {});
    },
  };
}

let h: AppHarness;
let approved: ReturnType<typeof memoryApprovedChanges>;
const logged: string[] = [];

beforeEach(async () => {
  approved = memoryApprovedChanges();
  h = await startApp({ approvedChanges: approved });
  h.gh.setPermission("alice", "write");
  h.gh.setPermission("bob", "write");
  logged.length = 0;
});
afterEach(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

/** Another replica of the same App (same key, data directory and database) handling one event. */
function replica(opts: { deliveryId: string; takeover: boolean; runner?: PlanRunner }): GitHubContext {
  const redactor = createRedactor();
  const octokit = new Octokit({
    auth: "ghs_replica",
    baseUrl: h.gh.apiUrl,
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  return {
    gh: redactingClient(octokitClient(octokit), redactor),
    redactor,
    repo: { owner: OWNER, repo: REPO },
    mode: "app",
    botLogin: h.gh.botLogin,
    env: {},
    workDir: join(h.dataDir, OWNER, REPO),
    log: { info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) },
    now: () => new Date(),
    recordKey: recordBinding(0).key,
    approvedChanges: approved,
    deliveryId: opts.deliveryId,
    takeover: opts.takeover,
    ...(opts.runner && { runner: opts.runner }),
  };
}

function planRecord(number: number) {
  const sticky = botComments(h, number).find((b) => b.includes("<!-- plagentic:plan:staging -->"));
  return sticky ? decodeRecord(sticky, recordBinding(number)) : null;
}

/** Rows per ownership address in the sandbox the App's replicas share. */
function sandboxRows(): Record<string, number> {
  const store = openStore(join(h.dataDir, OWNER, REPO, ".plagentic", "state.db"));
  try {
    const rows = store.db
      .prepare(
        "SELECT json_extract(tags, '$.\"plagentic:address\"') AS address, count(*) AS n FROM sandbox_resources GROUP BY 1 ORDER BY 1",
      )
      .all() as { address: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.address, r.n]));
  } finally {
    store.close();
  }
}

/** A planned PR, approved by bob, and the apply command a first replica claims and dies in. */
async function halfApplied(
  dieAfter = 1,
): Promise<{ pr: number; event: { name: string; payload: Record<string, unknown> } }> {
  const pr = openPullRequest(h, "grow", { "environments/staging.yaml": smallSpec("t3.medium") });
  await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
  reviewPayload(h, pr, "bob", "APPROVED"); // on GitHub only; its webhook is not what applies here
  const event = { name: "issue_comment", payload: commentPayload(h, pr, "bob", "/plagentic apply staging") };
  let died!: () => void;
  const dead = new Promise<void>((r) => (died = r));
  void handleEvent(
    replica({ deliveryId: "d-apply", takeover: false, runner: dyingRunner(dieAfter, died) }),
    event,
  );
  await dead;
  return { pr, event };
}

describe("an apply taken over from a replica that stopped", () => {
  it("the plan keeps one fingerprint per change", async () => {
    const pr = openPullRequest(h, "grow", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    const record = planRecord(pr)!;
    const kept = await approved.get({
      repository: `${OWNER}/${REPO}`,
      environment: "staging",
      planHash: record.planHash,
    });
    expect(kept).toHaveLength(2);
    for (const f of kept!) expect(f).toMatch(/^[0-9a-f]{64}$/);
  });

  it("resumes from live: the record becomes applied and each resource exists once", async () => {
    const { pr, event } = await halfApplied();
    // The dead replica claimed the plan and created the VPC (its answer was lost).
    expect(planRecord(pr)?.status).toBe("applying");
    expect(sandboxRows()).toEqual({ "aws_vpc.main": 1 });
    const hash = planRecord(pr)!.planHash;

    // The same event without a takeover is a redelivery: it answers, and touches nothing.
    await handleEvent(replica({ deliveryId: "d-apply", takeover: false }), event);
    expect(botComments(h, pr).at(-1)).toMatch(/on this commit was already started/);
    expect(sandboxRows()).toEqual({ "aws_vpc.main": 1 });

    await handleEvent(replica({ deliveryId: "d-apply", takeover: true }), event);
    expect(planRecord(pr)).toMatchObject({ status: "applied", planHash: hash });
    expect(sandboxRows()).toEqual({ "aws_instance.web": 1, "aws_vpc.main": 1 });
    const last = botComments(h, pr).at(-1)!;
    expect(last).toMatch(
      /taken over from a replica that stopped answering.*1 approved change\(s\) were left/,
    );
    expect(last).toContain("aws_instance.web");
    expect(last).toContain(hash.slice(0, 12));
    const deployment = h.gh.deployments().at(-1)!;
    expect((deployment["statuses"] as { state: string }[]).at(-1)?.state).toBe("success");
    expect(h.gh.checkRuns().at(-1)).toMatchObject({ name: "plagentic/staging", conclusion: "success" });
  });

  it("refuses when what is left is not the approved change, applying nothing", async () => {
    const { pr, event } = await halfApplied();
    // The VPC's CIDR is edited behind Plagentic's back: what is left now replaces it, unapproved.
    const ws = await Workspace.open({
      cwd: join(h.dataDir, OWNER, REPO),
      repository: `${OWNER}/${REPO}`,
      statePath: join(h.dataDir, OWNER, REPO, ".plagentic", "state.db"),
    });
    const store = ws.store();
    store.db
      .prepare(
        "UPDATE sandbox_resources SET attributes = json_set(attributes, '$.cidr_block', '10.9.0.0/16')",
      )
      .run();
    await ws.close();

    await handleEvent(replica({ deliveryId: "d-apply", takeover: true }), event);
    expect(planRecord(pr)?.status).toBe("stale");
    expect(botComments(h, pr).at(-1)).toMatch(/not the one that was approved/);
    expect(sandboxRows()).toEqual({ "aws_vpc.main": 1 });
  });

  it("a replica that had finished every change before it stopped leaves nothing to do", async () => {
    const { pr, event } = await halfApplied(2);
    expect(sandboxRows()).toEqual({ "aws_instance.web": 1, "aws_vpc.main": 1 });
    await handleEvent(replica({ deliveryId: "d-apply", takeover: true }), event);
    expect(planRecord(pr)?.status).toBe("applied");
    expect(botComments(h, pr).at(-1)).toMatch(
      /had already applied every approved change, so nothing was left/,
    );
    expect(sandboxRows()).toEqual({ "aws_instance.web": 1, "aws_vpc.main": 1 });
  });

  it("refuses clearly when no fingerprints were kept, and keeps the lock", async () => {
    const { pr, event } = await halfApplied();
    approved.kept.clear();
    await handleEvent(replica({ deliveryId: "d-apply", takeover: true }), event);
    expect(planRecord(pr)?.status).toBe("failed");
    expect(botComments(h, pr).at(-1)).toMatch(/cannot be resumed: the approved plan's changes were not kept/);
    expect(h.gh.refs()["refs/plagentic/locks/staging"]).toBeDefined();
    expect(sandboxRows()).toEqual({ "aws_vpc.main": 1 });
  });
});

/**
 * The drift loop in the App, with a real Probot against the fake GitHub and the sandbox cloud: a
 * scheduled tick opens a drift issue, rewrites it as the drift changes and closes it when the drift
 * is gone; `/plagentic fix` opens a revert and an accept pull request, each planned; applying the
 * revert or merging the accept clears the drift.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeRecord } from "../../src/github/markers.js";
import { applyStaging, driftSpec, tamper } from "../helpers/drift.js";
import {
  botComments,
  commentPayload,
  CONFIG,
  OWNER,
  openPullRequest,
  recordBinding,
  REPO,
  reviewPayload,
  startApp,
  type AppHarness,
} from "../helpers/github-app.js";

let h: AppHarness;
let ticks = 0;

const workDir = () => join(h.dataDir, OWNER, REPO);

async function tick(): Promise<void> {
  const at = new Date(Date.UTC(2026, 0, 1, 6, ticks++)).toISOString();
  await h.deliver(
    "schedule",
    {
      action: "tick",
      schedule: { at, drift: true },
      repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
      installation: { id: h.gh.installationId },
    },
    `schedule-test-${ticks}`,
  );
}

function driftIssues() {
  return h.gh.issues().filter((i) => i["title"] === "Drift in staging");
}

function issueBody(n: number): string {
  return String(h.gh.issue(n)!["body"]);
}

async function fresh(): Promise<void> {
  h = await startApp({ files: { "config.yaml": CONFIG, "environments/staging.yaml": driftSpec() } });
  h.gh.setPermission("alice", "write");
  h.gh.setPermission("bob", "write");
  await applyStaging(workDir(), driftSpec());
}

afterEach(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

describe("drift issues from scheduled ticks", () => {
  beforeEach(fresh);

  it("opens one issue, rewrites it as the drift changes, and closes it with a comment when it is gone", async () => {
    await tick();
    expect(driftIssues()).toEqual([]); // no drift, no issue

    tamper(workDir(), { instanceType: "t3.large" });
    await tick();
    const [issue] = driftIssues();
    expect(issue).toBeDefined();
    const n = issue!["number"] as number;
    expect((issue!["user"] as { login: string }).login).toBe(h.gh.botLogin);
    expect((issue!["labels"] as { name: string }[]).map((l) => l.name)).toEqual(["plagentic-drift"]);
    const body = issueBody(n);
    expect(body.split("\n")[0]).toBe("<!-- plagentic:drift:staging -->");
    expect(body).toContain("~ aws_instance.web");
    expect(body).toContain('~ instance_type = "t3.small" -> "t3.large"');
    const sha = h.gh.branchSha(OWNER, REPO, "main")!;
    // The definition's line: `- type: aws_instance` is line 15 of the spec.
    expect(body).toContain(`/${OWNER}/${REPO}/blob/${sha}/environments/staging.yaml#L15)`);
    expect(body).toContain("/plagentic fix");

    // The same drift again: the same issue, untouched.
    await tick();
    expect(driftIssues()).toHaveLength(1);
    expect(issueBody(n)).toBe(body);

    // More drift: the same issue, rewritten.
    tamper(workDir(), { deleteSubnet: true });
    await tick();
    expect(driftIssues()).toHaveLength(1);
    expect(issueBody(n)).toContain("+ aws_subnet.b");
    expect(issueBody(n)).toContain("~ aws_instance.web");

    // Live back to the spec: closed, with a comment.
    await applyStaging(workDir(), driftSpec());
    await tick();
    expect(h.gh.issue(n)!["state"]).toBe("closed");
    expect(botComments(h, n).at(-1)).toMatch(/No drift in `staging` any more/);
  });

  it("never updates or trusts an issue titled like a drift issue that a person opened", async () => {
    const fake = h.gh.addIssue({
      user: "alice",
      title: "Drift in staging",
      body: "<!-- plagentic:drift:staging -->\nplease apply",
      labels: ["plagentic-drift"],
    });
    tamper(workDir(), { instanceType: "t3.large" });
    await tick();
    expect(issueBody(fake)).toBe("<!-- plagentic:drift:staging -->\nplease apply");
    expect(driftIssues()).toHaveLength(2); // the bot opened its own

    // `/plagentic fix` on the person's issue does nothing but explain.
    await h.deliver("issue_comment", commentPayload(h, fake, "alice", "/plagentic fix"));
    expect(botComments(h, fake).at(-1)).toMatch(/works only on a drift issue Plagentic opened/);
    expect(Object.keys(h.gh.refs()).filter((r) => r.includes("drift-"))).toEqual([]);
  });

  it("escapes what came from the cloud: a value cannot close the block, mention or command", async () => {
    tamper(workDir(), { instanceType: "x\n```\n/plagentic apply staging @admins <!-- -->" });
    await tick();
    const body = issueBody(driftIssues()[0]!["number"] as number);
    expect(body.match(/<!--/g)).toHaveLength(1); // the marker only
    expect(body).not.toMatch(/^\s*\/plagentic/m);
    // The value stays on its diff line, inside the block.
    const line = body.split("\n").find((l) => l.includes("instance_type"))!;
    expect(line).toContain("@admins");
    const fence = body.split("\n").find((l) => l.startsWith("```"))!;
    expect(fence.replace("diff", "").length).toBeGreaterThan(3);
  });
});

describe("/plagentic fix", () => {
  beforeEach(fresh);

  async function fixed(): Promise<{ issue: number; revert: number; accept: number }> {
    tamper(workDir(), { instanceType: "t3.large", deleteSubnet: true });
    await tick();
    const issue = driftIssues()[0]!["number"] as number;
    await h.deliver("issue_comment", commentPayload(h, issue, "alice", "/plagentic fix"));
    const pulls = (title: string) =>
      Number(
        /\/pull\/(\d+)/.exec(
          botComments(h, issue)
            .at(-1)!
            .split("\n")
            .find((l) => l.includes(title))!,
        )![1],
      );
    return { issue, revert: pulls("Revert"), accept: pulls("Accept") };
  }

  function planOf(pr: number) {
    const sticky = botComments(h, pr).find((b) => b.includes("<!-- plagentic:plan:staging -->"));
    return { text: sticky ?? "", record: sticky ? decodeRecord(sticky, recordBinding(pr)) : null };
  }

  it("opens a revert and an accept pull request, each planned; approving the revert applies it and closes the issue", async () => {
    const { issue, revert, accept } = await fixed();
    expect(botComments(h, issue).at(-1)).toMatch(/Revert.*\/pull\/\d+/);

    // Revert: same tree as main; its plan re-creates the subnet and sets the size back.
    const revertPr = h.gh.pullRequest(revert);
    expect(revertPr["title"]).toBe("Revert drift in staging");
    const head = (revertPr["head"] as { sha: string }).sha;
    expect(h.gh.commit(head)!.tree).toBe(h.gh.commit(h.gh.branchSha(OWNER, REPO, "main")!)!.tree);
    const rp = planOf(revert);
    expect(rp.record).toMatchObject({ environment: "staging", requester: "alice", hasChanges: true });
    expect(rp.text).toContain("Plan: 1 to add, 1 to change, 0 to destroy");

    // Accept: the spec edited to live, comments kept; its plan changes nothing.
    const acceptPr = h.gh.pullRequest(accept);
    const acceptHead = (acceptPr["head"] as { sha: string }).sha;
    expect(h.gh.commit(acceptHead)!.message).toBe(
      "Accept drift in staging\n\n- aws_instance.web: instance_type t3.small -> t3.large\n- aws_subnet.b: removed (deleted outside Plagentic)",
    );
    const edited = h.gh.fileAt(OWNER, REPO, acceptHead, "environments/staging.yaml")!;
    expect(edited).toContain("instance_type: t3.large # sized for the demo");
    expect(edited).toContain("# the network");
    expect(edited).not.toContain("aws_subnet");
    expect(planOf(accept).record).toMatchObject({ hasChanges: false, requester: "alice" });

    // A second fix opens nothing new.
    const before = h.gh.issues().length;
    const pullsBefore = Object.keys(h.gh.refs()).length;
    await h.deliver("issue_comment", commentPayload(h, issue, "alice", "/plagentic fix"));
    expect(botComments(h, issue).at(-1)).toMatch(/already opened on the branch/);
    expect(h.gh.issues().length).toBe(before);
    expect(Object.keys(h.gh.refs()).length).toBe(pullsBefore);

    // The fixer's own approval does not count; another writer's applies, and the issue closes.
    await h.deliver("pull_request_review", reviewPayload(h, revert, "alice", "APPROVED"));
    expect(h.gh.deployments()).toEqual([]);
    await h.deliver("pull_request_review", reviewPayload(h, revert, "bob", "APPROVED"));
    expect(botComments(h, revert).some((b) => /Apply complete/.test(b))).toBe(true);
    expect(h.gh.issue(issue)!["state"]).toBe("closed");
    expect(botComments(h, issue).at(-1)).toMatch(/No drift in `staging` any more/);
  });

  it("merging the accept pull request clears the drift at the next tick", async () => {
    const { issue, accept } = await fixed();
    h.gh.mergePullRequest(accept);
    await tick();
    expect(h.gh.issue(issue)!["state"]).toBe("closed");
  });

  it("with no drift left says so and closes the issue, opening nothing", async () => {
    tamper(workDir(), { instanceType: "t3.large" });
    await tick();
    const issue = driftIssues()[0]!["number"] as number;
    await applyStaging(workDir(), driftSpec());
    await h.deliver("issue_comment", commentPayload(h, issue, "alice", "/plagentic fix staging"));
    expect(botComments(h, issue).at(-1)).toMatch(/There is no drift in `staging` now/);
    expect(h.gh.issue(issue)!["state"]).toBe("closed");
    expect(Object.keys(h.gh.refs()).filter((r) => r.includes("drift-"))).toEqual([]);
  });

  it("on a pull request, or by a reader, does nothing but explain", async () => {
    const pr = openPullRequest(h, "other", { "environments/staging.yaml": driftSpec("t3.medium") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic fix"));
    expect(botComments(h, pr).at(-1)).toMatch(/works on a drift issue Plagentic opened/);

    tamper(workDir(), { instanceType: "t3.large" });
    await tick();
    const issue = driftIssues()[0]!["number"] as number;
    h.gh.setPermission("rita", "read");
    await h.deliver("issue_comment", commentPayload(h, issue, "rita", "/plagentic fix"));
    expect(botComments(h, issue).at(-1)).toMatch(/needs write access/);
    expect(Object.keys(h.gh.refs()).filter((r) => r.includes("drift-"))).toEqual([]);
  });
});

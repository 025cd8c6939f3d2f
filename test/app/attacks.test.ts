/**
 * The adversarial review's attacks on the App, replayed through a real Probot against the fake
 * GitHub. Each test failed on the code before the fix it names (issue 8): forged plan records
 * (hole 1), apply paths that skipped the environment's rules (hole 3), self-approval (hole 4), a
 * failure that kept the lock (hole 5) and the smaller holes (hole 9).
 */
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decodeRecord, stickyHeader, type PlanRecord } from "../../src/github/markers.js";
import { Workspace } from "../../src/plan/workspace.js";
import {
  botComments,
  commentPayload,
  CONFIG,
  issueLabeledPayload,
  OWNER,
  openPullRequest,
  pullRequestPayload,
  recordBinding,
  REPO,
  reviewPayload,
  smallSpec,
  startApp,
  type AppHarness,
} from "../helpers/github-app.js";

let h: AppHarness;
let expectedErrors = 0;

async function setup(opts: Parameters<typeof startApp>[0] = {}) {
  h = await startApp(opts);
  expectedErrors = 0;
  for (const u of ["alice", "bob", "carol", "dave"]) h.gh.setPermission(u, "write");
  h.gh.setPermission("mia", "maintain");
  h.gh.setPermission("olga", "maintain");
  h.gh.addTeamMember(OWNER, "ops", "olga");
}

afterEach(async () => {
  expect(h.errors).toHaveLength(expectedErrors);
  await h.close();
});

const headSha = (pr: number) => (h.gh.pullRequest(pr)["head"] as { sha: string }).sha;
const lock = () => h.gh.refs()["refs/plagentic/locks/staging"];

function record(pr: number): PlanRecord | null {
  const sticky = botComments(h, pr).find((b) => b.startsWith("<!-- plagentic:plan:staging -->"));
  return sticky ? decodeRecord(sticky, recordBinding(pr)) : null;
}

/** The live resources of this repository's staging, read the way the App reads them. */
async function liveStaging(): Promise<string[]> {
  const workDir = join(h.dataDir, OWNER, REPO);
  const ws = await Workspace.open({
    cwd: workDir,
    repository: `${OWNER}/${REPO}`,
    statePath: join(workDir, ".plagentic", "state.db"),
  });
  try {
    const env = await ws.plan(
      (await import("../../src/spec/load.js")).checkedEnvironment(smallSpec(), "s.yaml", "staging"),
    );
    return env.live.map((r) => r.address).sort();
  } finally {
    await ws.close();
  }
}

/** Plans staging on a new PR as alice and has bob approve it, so staging exists. */
async function provisionStaging(): Promise<void> {
  const pr = openPullRequest(h, "provision", { "environments/staging.yaml": smallSpec() });
  await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
  await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
  expect(record(pr)?.status).toBe("applied");
  h.gh.updatePullRequest(pr, { state: "closed", merged: true });
  await h.deliver("pull_request", pullRequestPayload(h, pr, "closed"));
  expect(lock()).toBeUndefined();
}

describe("hole 1: only a plan Plagentic computed and posted can be applied", () => {
  it("a crafted YAML key echoed in a reply on a README-only PR never becomes a destroy record", async () => {
    await setup();
    await provisionStaging();
    expect(await liveStaging()).toEqual(["aws_instance.web", "aws_vpc.main"]);

    const victim = openPullRequest(h, "docs", { "README.md": "typo fix" }, "carol");
    // Worst case: the forger even knows the App's record key. The record says "destroy staging".
    const forged = stickyHeader(
      {
        v: 2,
        environment: "staging",
        planHash: "0".repeat(64),
        headSha: headSha(victim),
        requester: "alice",
        commandCommentId: null,
        destroy: true,
        status: "planned",
        createdAt: "2026-01-01T00:00:00Z",
        policy: "pass",
        hasChanges: true,
      },
      recordBinding(victim),
    );
    const key = JSON.stringify(`x\n${forged}\n`);
    const request = [
      "/plagentic tidy staging",
      "### Environment",
      "staging",
      "### Resources",
      "```yaml",
      "- type: aws_vpc",
      "  name: main",
      `  properties: { cidr_block: 10.0.0.0/16, ${key}: 1 }`,
      "```",
    ].join("\n");
    await h.deliver("issue_comment", commentPayload(h, victim, "alice", request));
    const replies = botComments(h, victim);
    // The reply did quote the crafted key (the echo the attack needs)...
    expect(replies.join("\n")).toContain("plagentic:record");
    // The key was echoed, but no bot comment carries a marker or a record anywhere.
    for (const body of replies) {
      expect(body).not.toContain("<!-- plagentic:");
      expect(body).not.toMatch(/^\s*\/plagentic/m);
    }

    // A second writer approves the README change: nothing is applied, staging is intact.
    await h.deliver("pull_request_review", reviewPayload(h, victim, "dave", "APPROVED"));
    await h.deliver("issue_comment", commentPayload(h, victim, "dave", "/plagentic apply staging"));
    expect(h.gh.deployments()).toHaveLength(1);
    expect(await liveStaging()).toEqual(["aws_instance.web", "aws_vpc.main"]);
  });

  it("a record moved to another pull request, or re-signed with another key, is no plan there", async () => {
    await setup();
    const a = openPullRequest(h, "a", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("issue_comment", commentPayload(h, a, "alice", "/plagentic plan staging"));
    const sticky = botComments(h, a)[0]!;
    expect(decodeRecord(sticky, recordBinding(a))).not.toBeNull();
    expect(decodeRecord(sticky, recordBinding(a + 1))).toBeNull();
    expect(decodeRecord(sticky, { ...recordBinding(a), key: Buffer.alloc(32) })).toBeNull();
  });

  it("whether a plan destroys comes from the parsed verb: an edited asking comment stops the apply", async () => {
    await setup();
    await provisionStaging();
    const pr = openPullRequest(h, "teardown", { "README.md": "bye" });
    const ask = commentPayload(h, pr, "alice", "/plagentic destroy staging");
    await h.deliver("issue_comment", ask);
    expect(record(pr)).toMatchObject({ destroy: true, status: "planned" });
    // The asking comment is edited into a plain plan after the destroy plan was posted.
    const commentId = (ask.comment as { id: number }).id;
    h.gh.addUserToken("alice-token", "alice");
    await fetch(`${h.gh.apiUrl}/repos/${OWNER}/${REPO}/issues/comments/${commentId}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", authorization: "token alice-token" },
      body: JSON.stringify({ body: "/plagentic plan staging" }),
    });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    expect(h.gh.deployments()).toHaveLength(1);
    expect(await liveStaging()).toEqual(["aws_instance.web", "aws_vpc.main"]);
  });
});

describe("hole 3: every apply path passes the environment's permission and team rules", () => {
  const gated = `${CONFIG.replace("required: 1", "required: 1\n  apply_on: command")}  environments:
    staging: { permission: maintain, teams: [ops] }
`;

  /** A plan by alice with olga's (counting) approval: only who applies is left to decide. */
  async function approvedPlan(): Promise<number> {
    const pr = openPullRequest(h, "gated", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    await h.deliver("pull_request_review", reviewPayload(h, pr, "olga", "APPROVED"));
    expect(record(pr)?.status).toBe("planned");
    return pr;
  }

  function button(pr: number, user: string) {
    return {
      action: "requested_action",
      requested_action: { identifier: "apply" },
      check_run: { id: 1, external_id: "staging", pull_requests: [{ number: pr }] },
      repository: h.gh.repository(),
      sender: { login: user, type: "User" },
      installation: { id: h.gh.installationId },
    };
  }

  const paths: [string, (pr: number, user: string) => Promise<void>][] = [
    [
      "comment",
      (pr, user) => h.deliver("issue_comment", commentPayload(h, pr, user, "/plagentic apply staging")),
    ],
    ["button", (pr, user) => h.deliver("check_run", button(pr, user))],
  ];
  const actors: [string, string, boolean][] = [
    ["a writer", "bob", false],
    ["a maintainer outside the team", "mia", false],
    ["a maintainer in the team", "olga", true],
  ];

  for (const [path, run] of paths)
    for (const [who, user, applies] of actors)
      it(`${path} by ${who}: ${applies ? "applies" : "refused"}`, async () => {
        await setup({ files: { "config.yaml": gated, "environments/staging.yaml": smallSpec() } });
        const pr = await approvedPlan();
        await run(pr, user);
        expect(h.gh.deployments()).toHaveLength(applies ? 1 : 0);
        if (!applies)
          expect(botComments(h, pr).at(-1)).toMatch(/needs (maintain access|membership of team `ops`)/);
      });

  it("unlock without naming the environment still passes that environment's rules", async () => {
    await setup({ files: { "config.yaml": gated, "environments/staging.yaml": smallSpec() } });
    const pr = await approvedPlan();
    await h.deliver("issue_comment", commentPayload(h, pr, "bob", "/plagentic unlock"));
    expect(lock()).toBeDefined();
    expect(botComments(h, pr).at(-1)).toMatch(/needs maintain access/);
    await h.deliver("issue_comment", commentPayload(h, pr, "olga", "/plagentic unlock"));
    expect(lock()).toBeUndefined();
  });

  it("approval: only an approver who meets the rules both counts and triggers the apply", async () => {
    const rules = `${CONFIG}  environments:
    staging: { permission: maintain, teams: [ops] }
`;
    await setup({ files: { "config.yaml": rules, "environments/staging.yaml": smallSpec() } });
    const pr = openPullRequest(h, "gated", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    await h.deliver("pull_request_review", reviewPayload(h, pr, "mia", "APPROVED"));
    expect(h.gh.deployments()).toHaveLength(0);
    await h.deliver("pull_request_review", reviewPayload(h, pr, "olga", "APPROVED"));
    expect(h.gh.deployments()).toHaveLength(1);
  });
});

describe("hole 4: four eyes", () => {
  it("with autoplan, whoever pushed last cannot approve the plan of their own push", async () => {
    await setup({
      files: {
        "config.yaml": `${CONFIG}github:\n  autoplan: true\n`,
        "environments/staging.yaml": smallSpec(),
      },
    });
    const pr = openPullRequest(h, "auto", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    // bob pushes his own spec; autoplan re-plans it.
    h.gh.commitFiles(
      OWNER,
      REPO,
      "auto",
      { "environments/staging.yaml": smallSpec("m5.large") },
      "bigger",
      "bob",
    );
    await h.deliver("pull_request", pullRequestPayload(h, pr, "synchronize", "bob"));
    expect(record(pr)).toMatchObject({ headSha: headSha(pr), status: "planned" });
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    expect(h.gh.deployments()).toHaveLength(0);
    await h.deliver("issue_comment", commentPayload(h, pr, "bob", "/plagentic apply staging"));
    expect(botComments(h, pr).at(-1)).toMatch(/bob pushed a commit this plan covers/);
    // Someone who neither asked nor pushed can approve it.
    await h.deliver("pull_request_review", reviewPayload(h, pr, "dave", "APPROVED"));
    expect(h.gh.deployments()).toHaveLength(1);
  });

  it("on a pull request the bot opened for an issue, the issue's author cannot push and approve", async () => {
    await setup({
      files: {
        "config.yaml": `${CONFIG}github:\n  autoplan: true\n`,
        "environments/staging.yaml": smallSpec(),
      },
    });
    const body = [
      "### Environment",
      "staging",
      "### Resources",
      "```yaml",
      "- type: aws_instance",
      "  name: worker",
      "  properties: { instance_type: t3.small, ami: ami-0abcdef1234567890 }",
      "```",
    ].join("\n");
    const issue = h.gh.addIssue({ user: "carol", title: "A worker", body });
    await h.deliver(
      "issues",
      issueLabeledPayload(h, { number: issue, title: "A worker", body, user: "carol" }),
    );
    const prNumber = Number(/pull\/(\d+)/.exec(botComments(h, issue)[0] ?? "")?.[1]);
    const branch = (h.gh.pullRequest(prNumber)["head"] as { ref: string }).ref;
    // carol pushes her own spec to the bot's branch, then approves.
    h.gh.commitFiles(
      OWNER,
      REPO,
      branch,
      { "environments/staging.yaml": smallSpec("m5.xlarge") },
      "mine",
      "carol",
    );
    await h.deliver("pull_request", pullRequestPayload(h, prNumber, "synchronize", "carol"));
    expect(record(prNumber)).toMatchObject({ requester: "carol", status: "planned" });
    await h.deliver("pull_request_review", reviewPayload(h, prNumber, "carol", "APPROVED"));
    expect(h.gh.deployments()).toHaveLength(0);
  });
});

describe("hole 5: a failure after the lock is taken releases it and says so", () => {
  it("a plan whose store cannot open releases the lock and posts an error comment", async () => {
    await setup({
      files: {
        "config.yaml": `${CONFIG}state:\n  path: /etc/hostname/state.db\n`,
        "environments/staging.yaml": smallSpec(),
      },
    });
    const pr = openPullRequest(h, "broken", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    // The job itself failed (the App logs it), and it did not leave the environment locked.
    expect(h.errors).toHaveLength(1);
    expectedErrors = 1;
    expect(lock()).toBeUndefined();
    expect(botComments(h, pr).at(-1)).toMatch(/Planning `staging` failed.*lock was released/s);
  });
});

describe("hole 9: smaller holes", () => {
  it("/plagentic unloc\\u212A (Kelvin sign) is not unlock", async () => {
    await setup();
    const pr = openPullRequest(h, "k", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    await h.deliver("issue_comment", commentPayload(h, pr, "bob", "/plagentic unloc\u212A staging"));
    expect(lock()).toBeDefined();
    expect(botComments(h, pr).at(-1)).toMatch(/not a command: commands are spelled in ASCII/);
  });

  it("unlock from another thread says whose lock it was and discards the plans it covered", async () => {
    await setup();
    const first = openPullRequest(h, "one", { "environments/staging.yaml": smallSpec("t3.medium") });
    const other = openPullRequest(h, "two", { "README.md": "x" });
    await h.deliver("issue_comment", commentPayload(h, first, "alice", "/plagentic plan staging"));
    await h.deliver("issue_comment", commentPayload(h, other, "bob", "/plagentic unlock staging"));
    expect(botComments(h, other).at(-1)).toMatch(
      new RegExp(`Released the lock held by #${first} \\(planned by @alice\\) on \`staging\``),
    );
    expect(record(first)?.status).toBe("discarded");
    await h.deliver("pull_request_review", reviewPayload(h, first, "bob", "APPROVED"));
    expect(h.gh.deployments()).toHaveLength(0);
  });

  it("the issue flow never reuses a branch someone created in advance", async () => {
    await setup();
    const body =
      "### Environment\nstaging\n### Resources\n- type: aws_vpc\n  name: two\n  properties: { cidr_block: 10.1.0.0/16 }";
    const issue = h.gh.addIssue({ user: "carol", title: "vpc", body });
    const planted = h.gh.commitFiles(
      OWNER,
      REPO,
      `plagentic/issue-${issue}-staging`,
      { "evil.txt": "x" },
      "plant",
      "mallory",
    );
    await h.deliver("issues", issueLabeledPayload(h, { number: issue, title: "vpc", body, user: "carol" }));
    const prNumber = Number(/pull\/(\d+)/.exec(botComments(h, issue)[0] ?? "")?.[1]);
    const head = h.gh.pullRequest(prNumber)["head"] as { ref: string; sha: string };
    expect(head.ref).not.toBe(`plagentic/issue-${issue}-staging`);
    expect(h.gh.fileAt(OWNER, REPO, head.sha, "evil.txt")).toBeNull();
    expect(h.gh.branchSha(OWNER, REPO, `plagentic/issue-${issue}-staging`)).toBe(planted);
  });

  it("the apply comment has one heading", async () => {
    await setup();
    const pr = openPullRequest(h, "once", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
    await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
    const applied = botComments(h, pr).find((b) => b.includes("Plagentic apply"))!;
    expect(applied.match(/Plagentic apply/g)).toHaveLength(1);
  });

  it("a comment whose command follows 60 blank lines is handled by the App", async () => {
    await setup();
    const pr = openPullRequest(h, "blank", { "environments/staging.yaml": smallSpec("t3.medium") });
    await h.deliver(
      "issue_comment",
      commentPayload(h, pr, "alice", `${"\n".repeat(60)}/plagentic plan staging`),
    );
    expect(record(pr)?.status).toBe("planned");
  });
});

/**
 * The Action's `terraform-plan` input, run as a runner runs the bundle: a sticky review comment
 * per plan file (updated, not duplicated, on the next push), the commit status
 * `plagentic/terraform` with the plan file's hash, the `terraform-plan-hash` output, and nothing
 * applied. Needs `npm run build` first, like the other bundle tests.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBundledAction } from "../helpers/action-runner.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { CONFIG, OWNER, REPO } from "../helpers/github-app.js";
import { fixturePath } from "../terraform/fixtures.js";

const BOT = "github-actions[bot]";

describe("the Action's terraform-plan input", () => {
  let gh: FakeGitHub;
  let work: string;

  beforeAll(async () => {
    gh = await startFakeGitHub({ botLogin: BOT });
    gh.addRepo({ owner: OWNER, repo: REPO, files: { "config.yaml": CONFIG } });
    work = mkdtempSync(join(tmpdir(), "plagentic-tf-action-"));
  });

  afterAll(async () => {
    await gh.close();
    rmSync(work, { recursive: true, force: true });
  });

  const bot = (number: number) =>
    gh
      .comments(number)
      .filter((c) => (c["user"] as { login: string }).login === BOT)
      .map((c) => String(c["body"]));

  it("posts the review and a status carrying the plan file's hash, and updates both on the next push", async () => {
    copyFileSync(fixturePath("create.json"), join(work, "plan.json"));
    const hash = createHash("sha256")
      .update(readFileSync(join(work, "plan.json")))
      .digest("hex");
    gh.commitFiles(OWNER, REPO, "tf", { "main.tf": "# terraform\n" });
    const pr = gh.addPullRequest({ user: "alice", head: "tf" });
    const payload = () => ({
      action: "synchronize",
      pull_request: gh.pullRequest(pr),
      repository: gh.repository(),
    });
    const run = await runBundledAction({
      gh,
      work,
      eventName: "pull_request",
      payload: payload(),
      inputs: { "terraform-plan": "plan.json" },
    });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    expect(run.outputs["terraform-plan-hash"]).toBe(hash);
    expect(run.outputs["applied"]).toBe("false");
    const [comment] = bot(pr);
    expect(bot(pr)).toHaveLength(1);
    expect(comment).toMatch(
      /^<!-- plagentic:terraform:[0-9a-f]{16} -->\n### Plagentic review of the Terraform plan `plan\.json`/,
    );
    expect(comment).toContain('# module.net.aws_subnet.this["a"] will be created');
    expect(comment).toContain(hash);
    expect(comment).not.toContain("plagentic:record");
    const statuses = gh.statuses().filter((s) => s["context"] === "plagentic/terraform");
    expect(statuses.map((s) => s["state"])).toEqual(["failure"]); // SSH open to the world
    expect(String(statuses[0]!["description"])).toContain(`plan ${hash.slice(0, 12)}`);

    // The next push reviews a different plan: the same comment is updated, the status follows.
    copyFileSync(fixturePath("terraform-repo/basic-create.json"), join(work, "plan.json"));
    const next = createHash("sha256")
      .update(readFileSync(join(work, "plan.json")))
      .digest("hex");
    const again = await runBundledAction({
      gh,
      work,
      eventName: "pull_request",
      payload: payload(),
      inputs: { "terraform-plan": "plan.json" },
    });
    expect(again.outputs["terraform-plan-hash"]).toBe(next);
    expect(bot(pr)).toHaveLength(1);
    expect(bot(pr)[0]).toContain(next);
    expect(bot(pr)[0]).toContain("test_instance");
    const latest = gh
      .statuses()
      .filter((s) => s["context"] === "plagentic/terraform")
      .at(-1)!;
    expect([latest["state"], String(latest["description"]).slice(0, 17)]).toEqual([
      "success",
      `plan ${next.slice(0, 12)}`,
    ]);
  });

  it("refuses a plan path outside the workspace", async () => {
    const pr = gh.addPullRequest({ user: "alice", head: "tf" });
    writeFileSync(join(tmpdir(), "outside-plan.json"), "{}");
    const run = await runBundledAction({
      gh,
      work,
      eventName: "pull_request",
      payload: { action: "opened", pull_request: gh.pullRequest(pr), repository: gh.repository() },
      inputs: { "terraform-plan": "../outside-plan.json" },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain("is not a file in the workspace");
    expect(bot(pr)).toEqual([]);
    // Nor through a link inside the workspace that points out of it.
    symlinkSync(join(tmpdir(), "outside-plan.json"), join(work, "linked-plan.json"));
    const linked = await runBundledAction({
      gh,
      work,
      eventName: "pull_request",
      payload: { action: "opened", pull_request: gh.pullRequest(pr), repository: gh.repository() },
      inputs: { "terraform-plan": "linked-plan.json" },
    });
    expect(linked.code).not.toBe(0);
    expect(linked.stdout + linked.stderr).toContain("is not a file in the workspace");
    expect(bot(pr)).toEqual([]);
  });
});

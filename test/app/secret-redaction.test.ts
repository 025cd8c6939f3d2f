/**
 * A key written literally into the repository's config.yaml (not `${VAR}`) never reaches GitHub,
 * in App mode (a real Probot against the fake GitHub) and in Action mode (the Action's event
 * handler with the runner's `core` stood in for). Hole 7 of the adversarial review: only the
 * process environment's secrets were known to the redactor that the GitHub client was built with.
 */
import { afterEach, describe, expect, it } from "vitest";
import type * as CoreModule from "@actions/core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runActionEvent } from "../../src/action/run-event.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import {
  commentPayload,
  OWNER,
  openPullRequest,
  REPO,
  smallSpec,
  startApp,
  type AppHarness,
} from "../helpers/github-app.js";

/** Has a `"`, so a plan diff would print it JSON-escaped. */
const LITERAL_KEY = 'sk-live-lit"eral-0123456789';

const CONFIG_WITH_LITERAL_KEY = `environments_dir: environments
models:
  openai:
    api_key: '${LITERAL_KEY}'
tools:
  vault:
    token: vault-literal-token-9876543210
`;

/** The spec on the PR carries both literals in tags, so the plan comment would show them. */
const LEAKY_SPEC = smallSpec(
  "t3.medium",
  `, note: '${LITERAL_KEY}', other: "vault-literal-token-9876543210"`,
);

/** Every spelling of the literals a comment could hold. */
const FORMS = [
  LITERAL_KEY,
  JSON.stringify(LITERAL_KEY).slice(1, -1),
  "0123456789",
  "vault-literal-token",
  "9876543210",
];

/** Everything Plagentic sent to GitHub: comment bodies, check runs, statuses, PRs, commits. */
function sentToGitHub(gh: FakeGitHub): string {
  return JSON.stringify(gh.requests.filter((r) => r.method !== "GET").map((r) => r.body));
}

describe("a literal key in the repository's config.yaml", () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("never appears in anything the App posts", async () => {
    h = await startApp({
      files: { "config.yaml": CONFIG_WITH_LITERAL_KEY, "environments/staging.yaml": smallSpec() },
    });
    h.gh.setPermission("alice", "write");
    const pr = openPullRequest(h, "leaky", { "environments/staging.yaml": LEAKY_SPEC });
    await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));

    expect(h.errors).toEqual([]);
    const bodies = h.gh.comments(pr).map((c) => String(c["body"]));
    const plan = bodies.find((b) => b.includes("Plan:"));
    expect(plan).toBeDefined();
    expect(plan).toContain("note");
    expect(plan).toContain("***");
    const sent = sentToGitHub(h.gh);
    for (const form of FORMS) expect(sent).not.toContain(form);
  });

  describe("in Action mode", () => {
    let gh: FakeGitHub;
    let work: string;
    afterEach(async () => {
      await gh.close();
      rmSync(work, { recursive: true, force: true });
    });

    it("never appears in anything the Action posts or prints, and the runner is told to mask it", async () => {
      const BOT = "github-actions[bot]";
      gh = await startFakeGitHub({ botLogin: BOT });
      gh.addRepo({
        owner: OWNER,
        repo: REPO,
        files: { "config.yaml": CONFIG_WITH_LITERAL_KEY, "environments/staging.yaml": smallSpec() },
      });
      gh.setPermission("alice", "write");
      work = mkdtempSync(join(tmpdir(), "plagentic-action-"));
      gh.commitFiles(OWNER, REPO, "leaky", { "environments/staging.yaml": LEAKY_SPEC });
      const pr = gh.addPullRequest({ user: "alice", head: "leaky" });
      const comment = gh.addComment(pr, { user: "alice", body: "/plagentic plan staging" });

      const printed: string[] = [];
      const masked: string[] = [];
      const core = {
        getInput: (name: string) => ({ "github-token": "ghs_workflowtoken" })[name] ?? "",
        setSecret: (s: string) => void masked.push(s),
        info: (m: string) => void printed.push(m),
        warning: (m: string) => void printed.push(m),
        error: (m: string) => void printed.push(m),
        debug: (m: string) => void printed.push(m),
        setOutput: (k: string, v: unknown) => void printed.push(`${k}=${String(v)}`),
        setFailed: (m: string) => void printed.push(m),
      } as unknown as typeof CoreModule;

      await runActionEvent(core, {
        env: {
          GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
          GITHUB_API_URL: gh.url,
          GITHUB_WORKSPACE: work,
        },
        eventName: "issue_comment",
        payload: {
          action: "created",
          issue: { number: pr, pull_request: { url: "x" }, user: { login: "alice" }, labels: [] },
          comment,
          repository: gh.repository(),
          sender: { login: "alice", type: "User" },
        },
        command: "",
      });

      const plan = gh
        .comments(pr)
        .filter((c) => (c["user"] as { login: string }).login === BOT)
        .map((c) => String(c["body"]))
        .find((b) => b.includes("Plan:"));
      expect(plan).toContain("***");
      const out = sentToGitHub(gh) + printed.join("\n");
      for (const form of FORMS) expect(out).not.toContain(form);
      expect(masked).toEqual(expect.arrayContaining([LITERAL_KEY, "vault-literal-token-9876543210"]));
    });
  });
});

/**
 * `plagentic serve` logs through one redacting logger (hole 7 of the adversarial review: a failed
 * job was logged, with its error's message and stack, straight past the redactor).
 */
import { sign } from "@octokit/webhooks-methods";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/app/logger.js";
import { startServer, WEBHOOK_PATH, type RunningServer } from "../../src/app/server.js";
import { createRedactor } from "../../src/render/redact.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github.js";
import { OWNER, privateKey, REPO, smallSpec } from "../helpers/github-app.js";

const SECRET = 'env-se"cret-0123456789';

function capture(env: Record<string, string> = {}) {
  const lines: string[] = [];
  const log = createLogger({
    env: { LOG_LEVEL: "info", ...env },
    redact: createRedactor([SECRET]),
    write: (line) => void lines.push(line),
  });
  return { log, text: () => lines.join("") };
}

describe("the App's logger", () => {
  it("masks secrets in messages, bindings and objects, in the JSON-escaped form they take", () => {
    const { log, text } = capture({ LOG_FORMAT: "json" });
    log.child({ repo: SECRET }).info({ detail: { token: SECRET } }, `message with ${SECRET}`);
    const line = JSON.parse(text()) as Record<string, unknown>;
    expect(line).toMatchObject({ repo: "***", detail: { token: "***" }, msg: "message with ***" });
    expect(text()).not.toContain("0123456789");
  });

  it("masks an error's message, stack and cause, as Probot and the work queue log them", () => {
    const { log, text } = capture({ LOG_FORMAT: "json" });
    const err = new Error(`request failed: ${SECRET}`, { cause: new Error(`because ${SECRET}`) });
    log.error({ err }, "job for acme/infra failed");
    log.error(err);
    expect(text()).toContain("request failed: ***");
    expect(text()).not.toContain("0123456789");
  });

  it("masks the readable layout too", () => {
    const { log, text } = capture();
    log.error({ err: new Error(`boom ${SECRET}`) }, `job failed ${SECRET}`);
    expect(text()).toMatch(/^ERROR: job failed \*\*\*\n {4}Error: boom \*\*\*\n/);
    expect(text()).not.toContain("0123456789");
  });
});

describe("plagentic serve", () => {
  let gh: FakeGitHub;
  let server: RunningServer;
  let dataDir: string;
  afterEach(async () => {
    await server.close(5_000);
    await gh.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("masks a failed job's log line, with the environment's and the repository config's secrets", async () => {
    const literal = "repo-literal-key-5555555555";
    gh = await startFakeGitHub();
    gh.addRepo({
      owner: OWNER,
      repo: REPO,
      files: {
        "config.yaml": `environments_dir: environments\nmodels:\n  openai:\n    api_key: ${literal}\n`,
        "environments/staging.yaml": smallSpec(),
      },
    });
    gh.setPermission("alice", "write");
    dataDir = mkdtempSync(join(tmpdir(), "plagentic-serve-log-"));
    const lines: string[] = [];
    server = await startServer({
      env: {
        APP_ID: "1",
        PRIVATE_KEY: privateKey(),
        WEBHOOK_SECRET: "hook-secret",
        GHE_HOST: gh.host,
        GHE_PROTOCOL: "http",
        LOG_LEVEL: "warn",
        LOG_FORMAT: "json",
        PLAGENTIC_GITHUB_THROTTLE: "off",
        DB_PASSWORD: SECRET,
      },
      port: 0,
      host: "127.0.0.1",
      dataDir,
      router: {
        // A bug deep in a job, whose message carries both secrets.
        proposePlainWords: () => Promise.reject(new Error(`model call failed: ${SECRET} ${literal}`)),
      },
      writeLog: (line) => void lines.push(line),
    });

    const issue = gh.addIssue({ user: "alice", title: "more" });
    const comment = gh.addComment(issue, { user: "alice", body: "/plagentic add a cache to staging" });
    const body = JSON.stringify({
      action: "created",
      issue: { number: issue, user: { login: "alice" }, labels: [] },
      comment,
      repository: gh.repository(),
      sender: { login: "alice", type: "User" },
      installation: { id: gh.installationId },
    });
    const res = await fetch(`http://127.0.0.1:${server.port}${WEBHOOK_PATH}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "issue_comment",
        "x-github-delivery": "delivery-log-1",
        "x-hub-signature-256": await sign("hook-secret", body),
      },
      body,
    });
    expect(res.status).toBeLessThan(300);

    const end = Date.now() + 20_000;
    while (!lines.some((l) => l.includes("failed")) && Date.now() < end)
      await new Promise((r) => setTimeout(r, 50));
    const failed = lines.find((l) => l.includes("failed"));
    expect(failed).toBeDefined();
    expect(failed).toContain("model call failed: *** ***");
    const all = lines.join("");
    expect(all).not.toContain("0123456789");
    expect(all).not.toContain("5555555555");
  }, 30_000);
});

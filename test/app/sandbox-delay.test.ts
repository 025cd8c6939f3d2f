/**
 * `providers.sandbox.operation_delay_ms` is a simulated cloud latency from a repository's config.
 * The shared App runs every repository's applies on one pool, so it honours the delay only when
 * its operator set PLAGENTIC_SANDBOX_DELAY=allow: otherwise any repository could hold the App's
 * workers for as long as it liked.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  botComments,
  commentPayload,
  openPullRequest,
  reviewPayload,
  smallSpec,
  startApp,
  type AppHarness,
} from "../helpers/github-app.js";

let h: AppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const config = (delayMs: number) => `environments_dir: environments
approvals:
  required: 1
providers:
  sandbox:
    operation_delay_ms: ${delayMs}
`;

/** Plans a change through the App, then times the approval that applies it. */
async function timedApply(delayMs: number, env: Record<string, string> = {}): Promise<number> {
  h = await startApp({
    files: { "config.yaml": config(delayMs), "environments/staging.yaml": smallSpec() },
    env,
  });
  h.gh.setPermission("alice", "write");
  h.gh.setPermission("bob", "write");
  const pr = openPullRequest(h, "more", { "environments/staging.yaml": smallSpec("t3.medium") });
  await h.deliver("issue_comment", commentPayload(h, pr, "alice", "/plagentic plan staging"));
  const started = Date.now();
  await h.deliver("pull_request_review", reviewPayload(h, pr, "bob", "APPROVED"));
  const elapsed = Date.now() - started;
  expect(botComments(h, pr).some((b) => /Apply complete! Resources: 2 added/.test(b))).toBe(true);
  expect(h.errors).toEqual([]);
  return elapsed;
}

describe("the sandbox's simulated latency in the shared App", () => {
  it("is ignored unless the App's operator allows it", async () => {
    // Honoured, two creates would take at least 8 s each; ignored, the apply takes milliseconds.
    expect(await timedApply(8_000)).toBeLessThan(8_000);
  });

  it("is honoured with PLAGENTIC_SANDBOX_DELAY=allow", async () => {
    expect(await timedApply(1_500, { PLAGENTIC_SANDBOX_DELAY: "allow" })).toBeGreaterThanOrEqual(1_500);
  });
});

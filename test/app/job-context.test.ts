/**
 * What the App tells the handlers about the job they run (github/context.ts): the delivery id, the
 * shared approved changes, and `takeover` exactly when the job is a retry after a lost lease.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { GitHubContext } from "../../src/github/context.js";
import { issueLabeledPayload, startApp, type AppHarness } from "../helpers/github-app.js";

let h: AppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("the job's context", () => {
  it("carries the delivery id and approved changes, and takeover only on a later attempt", async () => {
    const seen: Pick<GitHubContext, "takeover" | "deliveryId" | "approvedChanges">[] = [];
    h = await startApp({
      router: {
        proposePlainWords: (ctx) => {
          seen.push({
            takeover: ctx.takeover,
            deliveryId: ctx.deliveryId,
            approvedChanges: ctx.approvedChanges,
          });
          return Promise.resolve({ refused: "not in this test" });
        },
      },
    });
    h.gh.setPermission("alice", "write");
    const issue = h.gh.addIssue({ user: "alice", title: "a worker", body: "Add a worker to staging." });
    const payload = issueLabeledPayload(h, {
      number: issue,
      title: "a worker",
      body: "Add a worker to staging.",
      user: "alice",
    });

    await h.deliver("issues", payload, "first-run");
    expect(h.errors).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({
      takeover: false,
      deliveryId: "first-run",
      approvedChanges: h.state.approvedChanges,
    });

    // The same event as the queue hands it to a replica after another one's lease expired.
    await h.jobs.receive(h.probot, {
      id: "taken-over",
      name: "issues",
      payload,
      key: "acme/infra",
      attempt: 1,
    });
    expect(seen[1]).toMatchObject({ takeover: true, deliveryId: "taken-over" });
  });
});

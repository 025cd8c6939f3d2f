/**
 * Invariant 7 for prompts: a secret that sits in a spec (or anywhere the team reads) never
 * reaches the model; the real ChatOpenAI client talks to a local server that records everything.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Workspace } from "../../src/plan/workspace.js";
import { runTeam } from "../../src/team/run.js";
import { bundledStaging, makeProject } from "../helpers/project.js";
import { shippedTeam, stagingWithCache } from "./helpers/scripted.js";
import { startFakeOpenAI } from "./helpers/openai-server.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe("prompts", () => {
  it("never carry a secret from the environment, even when the spec contains it", async () => {
    const secret = "hunter2-db-password-0123456789";
    const server = await startFakeOpenAI({
      "Infrastructure-Planner": [
        { tools: [{ name: "read_spec", args: { environment: "staging" } }] },
        {
          tools: [
            {
              name: "propose_spec_change",
              args: { environment: "staging", spec_text: stagingWithCache(), explanation: "Adds a cache." },
            },
          ],
        },
        { text: "Proposed." },
      ],
    });
    cleanups.push(() => server.close());
    const p = makeProject({
      config: `environments_dir: environments\nmodels:\n  openai:\n    api_base: "${server.baseURL}"\n    api_key: "\${OPENAI_API_KEY}"\n`,
      envs: { staging: bundledStaging().replace("team: payments", `team: payments\n  note: "${secret}"`) },
    });
    cleanups.push(() => p.cleanup());
    const env = { OPENAI_API_KEY: "test-key", DB_PASSWORD: secret };
    const ws = await Workspace.open({ cwd: p.dir, env });
    cleanups.push(() => ws.close());

    const r = await runTeam({
      team: await shippedTeam("infrastructure-team"),
      task: "add a t3.small redis cache to staging",
      workspace: ws,
      mode: "plan",
      env,
      checkpointer: null,
    });
    expect(r.kind).toBe("proposal");
    const sent = JSON.stringify(server.requests);
    // The spec was read (so the secret's line was in a tool result), but only masked.
    expect(sent).toContain('note: \\"***\\"');
    expect(sent).not.toContain(secret);
  });
});

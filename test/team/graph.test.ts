import type { HumanMessage } from "@langchain/core/messages";
import { AIMessage } from "@langchain/core/messages";
import { fakeModel } from "@langchain/core/testing";
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Workspace } from "../../src/plan/workspace.js";
import { runTeam, type TeamEvent } from "../../src/team/run.js";
import type { TestProject } from "../helpers/project.js";
import {
  agentOf,
  fixtureTeam,
  openWorkspace,
  scriptedModel,
  shippedTeam,
  stagingProject,
  stagingWithCache,
  toolResults,
} from "./helpers/scripted.js";

const open: { p: TestProject; ws: Workspace }[] = [];
async function setup(extra: Record<string, string> = {}) {
  const p = stagingProject(extra);
  const ws = await openWorkspace(p);
  open.push({ p, ws });
  return { p, ws };
}
afterEach(async () => {
  while (open.length) {
    const { p, ws } = open.pop()!;
    await ws.close();
    p.cleanup();
  }
});

async function liveCount(ws: Workspace, environment: string): Promise<number> {
  const provider = await ws.provider("sandbox");
  return (await provider.readLive({ environment, repository: ws.repository, region: "us-east-1" })).length;
}

const proposeCache = (size = "t3.small") => ({
  tools: [
    {
      name: "propose_spec_change",
      args: {
        environment: "staging",
        spec_text: stagingWithCache(size),
        explanation: `Adds a ${size} Redis cache.`,
      },
    },
  ],
});

describe("runTeam with a model: sequential (infrastructure-team)", () => {
  it("turns a request into a proposal that the engine plans, prices and checks, then reviewers review", async () => {
    const { p, ws } = await setup();
    const team = await shippedTeam("infrastructure-team");
    expect(team.workflow).toBe("sequential");
    // Provision staging first (deterministic path, through runTeam too) so the plan shows only the edit.
    const provisioned = await runTeam({ team, task: "provision staging", workspace: ws, mode: "apply" });
    expect(provisioned.kind).toBe("plan");
    expect(provisioned.applyResult?.ok).toBe(true);
    const liveBefore = await liveCount(ws, "staging");

    // The planner is handed the spec, so it proposes at once; nothing follows an accepted proposal.
    const model = scriptedModel({
      "Infrastructure-Planner": [proposeCache(), { text: "never asked for" }],
    });
    const events: TeamEvent[] = [];
    const r = await runTeam({
      team,
      task: "add a t3.small redis cache to staging",
      workspace: ws,
      mode: "plan",
      model,
      onEvent: (e) => events.push(e),
    });

    expect(r.kind).toBe("proposal");
    expect(r.environment).toBe("staging");
    expect(r.proposal?.file).toBe(join("environments", "staging.yaml"));
    expect(r.proposal?.diff).toContain("+++ b/environments/staging.yaml");
    expect(r.proposal?.diff).toContain("+  - type: aws_instance");
    expect(r.proposal?.diff).toContain("+    name: cache");
    expect(r.plan?.summary).toEqual({ add: 1, change: 0, destroy: 0 });
    expect(r.plan?.changes.map((c) => c.address)).toEqual(["aws_instance.cache"]);
    expect(r.plan?.cost.monthlyDelta).toBeCloseTo(0.0208 * 730, 2);
    expect(r.plan?.policy.verdict).not.toBe("fail");
    // Reviewer findings with a severity, each attributed.
    expect(r.findings).toContainEqual({
      severity: "info",
      message: "Looks fine.",
      agent: "Security-Reviewer",
    });
    expect(r.findings).toContainEqual({ severity: "info", message: "Looks fine.", agent: "Cost-Reviewer" });
    // The saving comes from the estimator: t3.small $0.0208/h vs t4g.small $0.0168/h, 730 h.
    expect(r.suggestions).toEqual([
      expect.objectContaining({ address: "aws_instance.cache", monthlySavings: 2.92 }),
    ]);
    expect(r.suggestions[0]!.message).toContain("t4g.small");
    // One planner call (the proposal) + one structured review per reviewer.
    expect(r.usage.modelCalls).toBe(3);
    expect(model.calls.map((c) => agentOf(c.messages))).toEqual(["Infrastructure-Planner"]);
    // The planner was handed the current spec up front, fenced as repository content.
    const firstAsk = String(model.calls[0]!.messages[1]!.content);
    expect(firstAsk).toContain("The current spec environments/staging.yaml");
    expect(firstAsk).toContain("name: web");
    expect(r.usage.estimatedCostUsd).toBeNull();
    // Plan mode: nothing written, nothing applied.
    expect(readFileSync(join(p.dir, "environments", "staging.yaml"), "utf8")).not.toContain("cache");
    expect(await liveCount(ws, "staging")).toBe(liveBefore);
    // The reviewers ran after the engine, in order.
    const order = events.filter((e) => e.kind === "agent" || e.kind === "plan").map((e) => e.message);
    expect(order.findIndex((m) => m.startsWith("Planning"))).toBeLessThan(
      order.findIndex((m) => m.startsWith("Security-Reviewer")),
    );
    expect(order.findIndex((m) => m.startsWith("Security-Reviewer"))).toBeLessThan(
      order.findIndex((m) => m.startsWith("Cost-Reviewer")),
    );
    // The request reached the planner fenced as user content.
    const plannerCall = model.calls.find((c) => agentOf(c.messages) === "Infrastructure-Planner")!;
    expect(String(plannerCall.messages[1]!.content)).toMatch(
      /<<<USER_CONTENT \(request\)\nadd a t3.small redis cache to staging\nUSER_CONTENT>>>/,
    );
  });

  it("returns no_change when the planner proposes nothing", async () => {
    const { ws } = await setup();
    const model = scriptedModel({ "Infrastructure-Planner": [{ text: "Which environment do you mean?" }] });
    const r = await runTeam({
      team: await shippedTeam("infrastructure-team"),
      task: "add a cache",
      workspace: ws,
      mode: "plan",
      model,
    });
    expect(r.kind).toBe("no_change");
    expect(r.message).toBe("Which environment do you mean?");
    expect(r.plan).toBeUndefined();
  });
});

describe("runTeam with a model: parallel (gcp-infrastructure)", () => {
  it("fans the reviewers out at the same time and merges their findings", async () => {
    const gcpDev = `environment: gcp-dev
provider: sandbox
region: us-central1
resources:
  - type: google_compute_network
    name: main
    properties: {}
`;
    const proposed =
      gcpDev +
      `  - type: google_compute_instance
    name: api
    properties: { machine_type: n2-standard-2, zone: us-central1-a, boot_disk: { image: debian-cloud/debian-12 }, network: ref(google_compute_network.main) }
`;
    const { ws } = await setup({ "gcp-dev": gcpDev });
    const team = await shippedTeam("gcp-infrastructure");
    expect(team.workflow).toBe("parallel");
    const model = scriptedModel(
      {
        "GCP-Planner": [
          {
            tools: [
              {
                name: "propose_spec_change",
                args: { environment: "gcp-dev", spec_text: proposed, explanation: "An API VM." },
              },
            ],
          },
        ],
      },
      { findings: [{ severity: "warning", message: "Consider e2." }], summary: "reviewed" },
    );
    const events: TeamEvent[] = [];
    const r = await runTeam({
      team,
      task: "add an API VM to gcp-dev",
      workspace: ws,
      mode: "plan",
      model,
      onEvent: (e) => events.push(e),
    });
    expect(r.kind).toBe("proposal");
    expect(r.plan?.changes.map((c) => c.address)).toContain("google_compute_instance.api");
    const agents = r.findings
      .filter((f) => f.agent !== "policy")
      .map((f) => f.agent)
      .sort();
    expect(agents).toEqual(["GCP-Cost-Reviewer", "GCP-Security-Reviewer"]);
    // Both reviewers started before either finished: they were fanned out, not chained.
    const afterPlan = events.slice(events.findIndex((e) => e.kind === "plan"));
    const firstDone = afterPlan.findIndex((e) => e.kind === "review");
    const starts = afterPlan.map((e, i) => (e.kind === "agent" ? i : -1)).filter((i) => i >= 0);
    expect(starts).toHaveLength(2);
    expect(firstDone).toBeGreaterThan(-1);
    expect(Math.max(...starts)).toBeLessThan(firstDone);
    expect(r.suggestions[0]?.message).toContain("e2-standard-2");
  });
});

describe("runTeam with a model: hierarchical (aws-infrastructure)", () => {
  it("routes from the supervisor to a specialist through a handoff and back", async () => {
    const { ws } = await setup();
    const team = await shippedTeam("aws-infrastructure");
    expect(team.workflow).toBe("hierarchical");
    const model = scriptedModel({
      "AWS-Supervisor": [
        {
          tools: [
            { name: "transfer_to_AWS-Compute-Specialist", args: { task: "Size a small Redis cache VM" } },
          ],
        },
        (msgs) => {
          const answer = toolResults(msgs).at(-1) ?? "";
          expect(answer).toContain("AWS-Compute-Specialist answered");
          expect(answer).toContain("t3.small is enough");
          return proposeCache();
        },
        { text: "Proposed the cache." },
      ],
      "AWS-Compute-Specialist": [{ text: "t3.small is enough for a small cache." }],
    });
    const events: TeamEvent[] = [];
    const r = await runTeam({
      team,
      task: "add a t3.small redis cache to staging",
      workspace: ws,
      mode: "plan",
      model,
      onEvent: (e) => events.push(e),
    });
    expect(r.kind).toBe("proposal");
    expect(events.filter((e) => e.kind === "handoff").map((e) => e.message)).toEqual([
      "AWS-Supervisor → AWS-Compute-Specialist",
    ]);
    // The specialist got only its declared tools and the supervisor's sub-task.
    const specialist = model.calls.find((c) => agentOf(c.messages) === "AWS-Compute-Specialist")!;
    expect(String(specialist.messages[0]!.content)).toContain(
      "Your tools are exactly: read_spec, describe_live, estimate_cost.",
    );
    expect(String(specialist.messages[1]!.content)).toContain("Size a small Redis cache VM");
    expect(r.plan?.summary.add).toBe(9);
  });
});

describe("team-template", () => {
  it("loads and runs", async () => {
    const { ws } = await setup();
    const team = await shippedTeam("team-template");
    const model = scriptedModel({ "Primary-Agent": [proposeCache(), { text: "Done." }] });
    const r = await runTeam({ team, task: "add a cache to staging", workspace: ws, mode: "plan", model });
    expect(r.kind).toBe("proposal");
    expect(r.proposal?.after).toContain("name: cache");
  });
});

describe("limits and recovery", () => {
  it("stops at max_steps with a clear outcome and proposes nothing", async () => {
    const { ws } = await setup();
    const loop = { tools: [{ name: "read_spec", args: { environment: "staging" } }] };
    const model = scriptedModel({ Planner: [loop, loop, loop, loop] });
    const r = await runTeam({
      team: fixtureTeam("tiny-steps"),
      task: "add a cache to staging",
      workspace: ws,
      mode: "plan",
      model,
    });
    expect(r.kind).toBe("refused");
    expect(r.message).toMatch(/limit of 2 model calls \(max_steps/);
    expect(model.callCount).toBe(2);
    expect(r.proposal).toBeUndefined();
  });

  it("retries a failing model call with backoff, within bounds", async () => {
    const { p, ws } = await setup();
    const team = await shippedTeam("team-template");
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    const flaky = fakeModel()
      .respond(new Error("503 upstream"))
      .respond(new Error("timeout"))
      .respond(new AIMessage({ id: "retry-ok", content: "Nothing to do." }));
    const ok = await runTeam({
      team,
      task: "add a cache to staging",
      workspace: ws,
      mode: "plan",
      model: flaky,
      retry: { attempts: 3, baseDelayMs: 10, sleep },
    });
    expect(ok.kind).toBe("no_change");
    expect(delays).toEqual([10, 20]);

    const failing = fakeModel().alwaysThrow(new Error("503 upstream"));
    await expect(
      runTeam({
        team,
        task: "add a cache to staging",
        workspace: ws,
        mode: "plan",
        model: failing,
        retry: { attempts: 2, baseDelayMs: 0, sleep },
      }),
    ).rejects.toThrow(/model call failed: 503 upstream; nothing was proposed or applied/);
    expect(failing.callCount).toBe(2);
    expect(readFileSync(join(p.dir, "environments", "staging.yaml"), "utf8")).not.toContain("cache");
  });
});

describe("memory", () => {
  it("builds a follow-up in the same thread on the last proposal, across workspaces (SQLite checkpointer)", async () => {
    const { p, ws } = await setup();
    const team = await shippedTeam("team-template");
    const first = await runTeam({
      team,
      task: "add a t3.small redis cache to staging",
      workspace: ws,
      mode: "plan",
      threadId: "issue-42",
      model: scriptedModel({ "Primary-Agent": [proposeCache(), { text: "Proposed." }] }),
    });
    expect(first.kind).toBe("proposal");
    await ws.close();

    // A new workspace (as a new process would open): memory comes from .plagentic/team-threads.db.
    const ws2 = await openWorkspace(p);
    open.push({ p: { ...p, cleanup: () => {} }, ws: ws2 });
    const model = scriptedModel({
      "Primary-Agent": [
        { tools: [{ name: "read_spec", args: { environment: "staging" } }] },
        (msgs) => {
          const spec = toolResults(msgs)[0]!;
          expect(spec).toMatch(/^Proposed spec for staging \(the last proposal/);
          const text = spec
            .slice(spec.indexOf("\n") + 1)
            .replace(
              "{ instance_type: t3.small, ami: ami-0cace",
              "{ instance_type: t3.large, ami: ami-0cace",
            );
          return {
            tools: [
              {
                name: "propose_spec_change",
                args: { environment: "staging", spec_text: text, explanation: "t3.large instead." },
              },
            ],
          };
        },
        { text: "Changed to t3.large." },
      ],
    });
    const second = await runTeam({
      team,
      task: "Make it t3.large instead",
      workspace: ws2,
      mode: "plan",
      threadId: "issue-42",
      model,
    });
    expect(second.kind).toBe("proposal");
    const human = String((model.calls[0]!.messages[1] as HumanMessage).content);
    expect(human).toContain("The last proposal in this conversation");
    expect(human).toContain("user: add a t3.small redis cache to staging");
    // The diff is against the spec on disk, with the follow-up applied to the earlier proposal.
    expect(second.proposal?.diff).toContain(
      "+    properties: { instance_type: t3.large, ami: ami-0cace000000000000",
    );
    expect(second.proposal?.diff).not.toContain("t3.small, ami: ami-0cace");

    // Another thread knows nothing of it.
    const other = scriptedModel({ "Primary-Agent": [{ text: "Which cache?" }] });
    await runTeam({
      team,
      task: "Make it t3.large instead",
      workspace: ws2,
      mode: "plan",
      threadId: "issue-43",
      model: other,
    });
    expect(String(other.calls[0]!.messages[1]!.content)).not.toContain("The last proposal");
  });

  it("rebuilds context from history passed by the caller (Action mode)", async () => {
    const { ws } = await setup();
    const model = scriptedModel({ "Primary-Agent": [{ text: "ok" }] });
    await runTeam({
      team: await shippedTeam("team-template"),
      task: "Make it t3.large instead",
      workspace: ws,
      mode: "plan",
      model,
      history: [
        { role: "user", content: "add a t3.small redis cache to staging" },
        {
          role: "assistant",
          content: "Proposed environments/staging.yaml with aws_instance.cache (t3.small).",
        },
      ],
    });
    const human = String(model.calls[0]!.messages[1]!.content);
    expect(human).toContain(
      "assistant: Proposed environments/staging.yaml with aws_instance.cache (t3.small).",
    );
  });
});

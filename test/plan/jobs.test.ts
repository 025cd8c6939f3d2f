/**
 * Plan and apply jobs, run in-process: what the Action and the CLI use, and the reference the
 * worker pool is held to (pool-runner.test.ts). Also the pieces that let a job cross a thread: a
 * config that survives structured cloning, and errors that come back as their own classes.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loader.js";
import { StalePlanError } from "../../src/plan/apply.js";
import {
  chooseNextStep,
  inlineRunner,
  rebuildError,
  serializeError,
  type PlanRunner,
} from "../../src/plan/jobs.js";
import { changeFingerprints } from "../../src/plan/fingerprints.js";
import type { Plan } from "../../src/plan/model.js";
import { Workspace } from "../../src/plan/workspace.js";
import { LimitError, NotFoundError, PlagenticError, RefusedError, SpecError } from "../../src/spec/errors.js";
import { checkedEnvironment } from "../../src/spec/load.js";
import { loadPlan } from "../render/plans.js";
import { jobProject, NEXT_STEPS, SPEC } from "./job-fixtures.js";

describe("inline plan and apply jobs", () => {
  let runner: PlanRunner;
  let ctx: Awaited<ReturnType<typeof jobProject>>;

  beforeEach(async () => {
    runner = inlineRunner();
    ctx = await jobProject();
  });
  afterEach(async () => {
    await runner.close();
    ctx.project.cleanup();
  });

  it("plans to the same hash as the workspace, and returns a digest and the comment", async () => {
    const { plan, markdown } = await runner.plan(ctx.job());
    const ws = await Workspace.open({
      config: ctx.config,
      cwd: ctx.project.dir,
      env: {},
      repository: "acme/infra",
    });
    const env = checkedEnvironment(SPEC, "environments/staging.yaml", "staging");
    const direct = (await ws.plan(env, { commit: "0123456789abcdef0123456789abcdef01234567" })).plan;
    await ws.close();
    expect(plan).toEqual({
      hash: direct.hash,
      environment: "staging",
      provider: "sandbox",
      summary: { add: 3, change: 0, destroy: 0 },
      policy: { verdict: direct.policy.verdict },
      cost: {
        monthlyDelta: direct.cost.monthlyDelta,
        monthlyAfter: direct.cost.monthlyAfter,
        unknownPrices: direct.cost.unknown.length,
      },
      facts: {
        monthlyDelta: direct.cost.monthlyDelta,
        pricesUnknown: false,
        destroys: false,
        types: [...new Set(direct.changes.map((c) => c.type))].sort(),
        typesCut: false,
        budget: "none",
      },
      hasChanges: true,
      unsupported: [],
      fingerprints: changeFingerprints(direct),
    });
    expect(plan.fingerprints).toHaveLength(3);
    expect(markdown).toHaveLength(1);
    expect(markdown[0]).toMatch(/^<!-- m -->\n### Plagentic plan for `staging`\n/);
    expect(markdown[0]).toContain("**staging** · Plan: 3 to add, 0 to change, 0 to destroy");
    expect(markdown[0]!.trimEnd().endsWith("Approve this PR.")).toBe(true);
  });

  it("renders nothing when the job asks for no Markdown", async () => {
    expect((await runner.plan(ctx.job({ markdown: undefined }))).markdown).toEqual([]);
  });

  it("applies the approved plan, then plans no changes", async () => {
    const { plan } = await runner.plan(ctx.job());
    const {
      plan: applied,
      result,
      markdown,
    } = await runner.apply({
      ...ctx.job(),
      expectedHash: plan.hash,
      actor: "alice",
    });
    expect(applied.hash).toBe(plan.hash);
    expect(result.ok).toBe(true);
    expect(result.results).toHaveLength(3);
    expect(markdown).toContain("**Apply complete! Resources: 3 added, 0 changed, 0 destroyed.**");
    const again = await runner.plan(ctx.job());
    expect(again.plan.hasChanges).toBe(false);
    expect(again.markdown[0]!.trimEnd().endsWith("Nothing to apply.")).toBe(true);
  });

  it("refuses to apply another plan than the approved one", async () => {
    await expect(runner.apply({ ...ctx.job(), expectedHash: "f".repeat(64) })).rejects.toBeInstanceOf(
      StalePlanError,
    );
  });

  it("enforces the config's limits on the spec", async () => {
    const config = { ...ctx.config, limits: { maxResources: 2, maxSpecBytes: 1_048_576 } };
    const error = await runner.plan(ctx.job({ config })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitError);
    expect((error as Error).message).toMatch(
      /^environments\/staging\.yaml:11:12: resources\[1\]\.count: count 2 brings the environment to 3 resources/,
    );
  });
});

describe("chooseNextStep", () => {
  const plan = loadPlan("mixed");
  const with_ = (over: Partial<Plan>): Plan => ({ ...plan, ...over });

  it.each([
    ["a failed policy", with_({ policy: { ...plan.policy, verdict: "fail" } }), "Fix the spec."],
    ["no changes", with_({ changes: [] }), "Nothing to apply."],
    ["unsupported types", with_({ unsupported: ["aws_lambda_function", "aws_eks_cluster"] }), null],
    ["a plan ready to apply", with_({ unsupported: [] }), "Approve this PR."],
  ])("picks the step for %s", (_name, p, expected) => {
    const step = chooseNextStep(p, NEXT_STEPS);
    expect(step).toBe(expected ?? "The aws provider cannot apply aws_lambda_function, aws_eks_cluster.");
  });

  it("passes a plain string through", () => {
    expect(chooseNextStep(plan, "Do this.")).toBe("Do this.");
    expect(chooseNextStep(plan, undefined)).toBeUndefined();
  });
});

describe("errors across a thread boundary", () => {
  /** What a worker does to an error, and what the main thread makes of it. */
  const roundTrip = (e: unknown): Error => rebuildError(structuredClone(serializeError(e)));

  it("rebuilds each class with its fields", () => {
    const spec = roundTrip(new SpecError({ file: "a.yaml", line: 3, column: 5 }, "region", "is wrong"));
    expect(spec).toBeInstanceOf(SpecError);
    expect(spec).toBeInstanceOf(PlagenticError);
    expect(spec.message).toBe("a.yaml:3:5: region: is wrong");
    expect(spec).toMatchObject({
      location: { file: "a.yaml", line: 3, column: 5 },
      field: "region",
      exitCode: 1,
    });

    const limit = roundTrip(
      new LimitError({ file: "a.yaml" }, undefined, "limits.max_resources", 5, 9, "x", "resources"),
    );
    expect(limit).toBeInstanceOf(LimitError);
    expect(limit).toBeInstanceOf(SpecError);
    expect(limit).toMatchObject({ key: "limits.max_resources", limit: 5, actual: 9 });

    const stale = roundTrip(new StalePlanError("a".repeat(64), "b".repeat(64), "staging"));
    expect(stale).toBeInstanceOf(StalePlanError);
    expect(stale).toBeInstanceOf(RefusedError);
    expect(stale).toMatchObject({ expected: "a".repeat(64), actual: "b".repeat(64) });
    expect(stale.message).toMatch(/^the plan for staging is not the one approved/);

    expect(roundTrip(new NotFoundError("environment", "prod", ["staging"]))).toBeInstanceOf(NotFoundError);
    expect(roundTrip(new RefusedError("locked"))).toBeInstanceOf(RefusedError);
  });

  it("keeps the stack, and the name and message of other errors", () => {
    const e = new TypeError("x is not a function");
    const back = roundTrip(e);
    expect(back).toBeInstanceOf(Error);
    expect(back).not.toBeInstanceOf(PlagenticError);
    expect(back.name).toBe("TypeError");
    expect(back.message).toBe("x is not a function");
    expect(back.stack).toBe(e.stack);
    expect(roundTrip("a thrown string").message).toBe("a thrown string");
  });

  it("leaves behind a field that cannot be cloned", () => {
    const e = Object.assign(new PlagenticError("boom"), { callback: () => 1, detail: { a: 1 } });
    expect(roundTrip(e)).toMatchObject({ message: "boom", detail: { a: 1 } });
  });
});

describe("a job's config", () => {
  it("survives structured cloning unchanged", async () => {
    const config = await loadConfig({
      path: "test/fixtures/config/full.yaml",
      env: { OPENAI_API_KEY: "sk-test" },
    });
    expect(structuredClone(config)).toEqual(config);
  });
});

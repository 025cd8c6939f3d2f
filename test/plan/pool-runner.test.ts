/**
 * The worker pool runs the same jobs as the inline runner, with the same results and the same
 * error classes, while the main thread's event loop stays free. Node cannot load a TypeScript
 * worker, so the sources are compiled first (compiled-worker.ts); one test also uses the compiled
 * pool-runner.js with its default worker, as dist/lib runs it.
 */
import { join, relative } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { StalePlanError } from "../../src/plan/apply.js";
import { inlineRunner, type PlanRunner } from "../../src/plan/jobs.js";
import { poolRunner } from "../../src/plan/pool-runner.js";
import { ResumeRefusedError } from "../../src/plan/resume.js";
import { LimitError, PlagenticError, SpecError } from "../../src/spec/errors.js";
import { compileSources, type CompiledSources } from "./compiled-worker.js";
import { bigSpec, jobProject } from "./job-fixtures.js";

let compiled: CompiledSources;
let worker: string;

beforeAll(async () => {
  compiled = await compileSources();
  worker = compiled.worker;
}, 60_000);

afterAll(() => {
  compiled.remove();
});

describe("poolRunner", () => {
  let pool: PlanRunner;
  let ctx: Awaited<ReturnType<typeof jobProject>>;

  beforeEach(async () => {
    pool = poolRunner({ filename: worker, maxThreads: 1, idleTimeout: 1_000 });
    ctx = await jobProject();
  });
  afterEach(async () => {
    await pool.close();
    ctx.project.cleanup();
  });

  it("plans exactly as the inline runner does", async () => {
    const inline = await inlineRunner().plan(ctx.job());
    expect(await pool.plan(ctx.job())).toEqual(inline);
  });

  it("applies the approved plan on a worker", async () => {
    const { plan } = await pool.plan(ctx.job());
    const applied = await pool.apply({ ...ctx.job(), expectedHash: plan.hash, actor: "alice" });
    expect(applied.result.ok).toBe(true);
    expect(applied.markdown).toContain("Apply complete! Resources: 3 added");
    expect((await pool.plan(ctx.job())).plan.hasChanges).toBe(false);
  });

  it("applies with the sandbox's operation_delay_ms from the job's config, on the worker", async () => {
    const { plan } = await pool.plan(ctx.job());
    const job = ctx.job();
    const delayed = {
      ...job.config,
      providers: { ...job.config.providers, sandbox: { operationDelayMs: 800 } },
    };
    const started = performance.now();
    const applied = await pool.apply({ ...job, config: delayed, expectedHash: plan.hash });
    expect(applied.result.ok).toBe(true);
    // Creates wait 800 ms each, side by side; without the delay this apply takes a few ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(800);
  });

  it("resumes on a worker, and a refused resume comes back as its own class", async () => {
    const { plan } = await pool.plan(ctx.job());
    const resume = { fingerprints: plan.fingerprints.slice(1) };
    const refused = await pool
      .apply({ ...ctx.job(), expectedHash: plan.hash, attempt: "a1", resume })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ResumeRefusedError);
    const applied = await pool.apply({
      ...ctx.job(),
      expectedHash: plan.hash,
      attempt: "a1",
      resume: { fingerprints: plan.fingerprints },
    });
    expect(applied.result).toMatchObject({ ok: true, planHash: plan.hash });
  });

  it("throws the job's errors as their own classes", async () => {
    const bad = ctx.job({
      spec: { name: "staging", file: "environments/staging.yaml", text: "environment: staging\nregion: [\n" },
    });
    const spec = await pool.plan(bad).catch((e: unknown) => e);
    expect(spec).toBeInstanceOf(SpecError);
    expect((spec as SpecError).location).toMatchObject({ file: "environments/staging.yaml", line: 3 });

    const config = { ...ctx.config, limits: { maxResources: 2, maxSpecBytes: 1_048_576 } };
    const limit = await pool.plan(ctx.job({ config })).catch((e: unknown) => e);
    expect(limit).toBeInstanceOf(LimitError);
    expect(limit).toMatchObject({ key: "limits.max_resources", limit: 2, actual: 3 });

    const stale = await pool.apply({ ...ctx.job(), expectedHash: "f".repeat(64) }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(StalePlanError);
    expect((stale as StalePlanError).expected).toBe("f".repeat(64));
  });

  it("leaves the event loop free while it plans 4,000 resources", async () => {
    const text = bigSpec(4_000);
    const job = ctx.job({ spec: { name: "staging", file: "environments/staging.yaml", text } });
    await pool.plan(ctx.job()); // the worker has loaded its modules

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    // The monitor starts sampling on the loop's next turn, and records a held loop once it turns again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const t0 = performance.now();
    const { plan, markdown } = await pool.plan(job);
    const poolMs = performance.now() - t0;
    await new Promise((resolve) => setTimeout(resolve, 20));
    delay.disable();
    expect(delay.count).toBeGreaterThan(poolMs / 20);
    expect(plan.summary.add).toBe(4_000);
    expect(markdown.length).toBeGreaterThan(1);

    const t1 = performance.now();
    await inlineRunner().plan(job);
    const inlineMs = performance.now() - t1;

    const worstMs = delay.max / 1e6;
    const seen = `worst delay ${worstMs.toFixed(1)} ms; pool job ${poolMs.toFixed(0)} ms; inline ${inlineMs.toFixed(0)} ms`;
    // In-process, the loop is held for the whole plan; with the pool, only for moments.
    expect(worstMs, seen).toBeLessThan(inlineMs / 3);
    expect(worstMs, seen).toBeLessThan(poolMs / 3);
  });
});

describe("the pool's limits", () => {
  let ctx: Awaited<ReturnType<typeof jobProject>>;
  beforeEach(async () => {
    ctx = await jobProject();
  });
  afterEach(() => ctx.project.cleanup());

  const big = (n: number) =>
    ctx.job({ spec: { name: "staging", file: "environments/staging.yaml", text: bigSpec(n) } });

  it("stops a plan that runs past its time, names the setting, and plans the next job", async () => {
    const pool = poolRunner({ filename: worker, maxThreads: 1, planTimeoutMs: 150 });
    try {
      const err = await pool.plan(big(4_000)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PlagenticError);
      expect(String((err as Error).message)).toMatch(
        /longer than 150 ms and was stopped; PLAGENTIC_PLAN_TIMEOUT/,
      );
      const ok = poolRunner({ filename: worker, maxThreads: 1 });
      try {
        expect((await ok.plan(ctx.job())).plan.summary.add).toBe(3);
      } finally {
        await ok.close();
      }
    } finally {
      await pool.close();
    }
  });

  it("counts a plan's time from when it starts, not while it waits for a thread", async () => {
    const job = big(2_000);
    const warm = poolRunner({ filename: worker, maxThreads: 1 });
    let oneMs: number;
    try {
      await warm.plan(job);
      const t0 = performance.now();
      await warm.plan(job);
      oneMs = performance.now() - t0;
    } finally {
      await warm.close();
    }
    // Each plan fits its limit easily; the fourth waits three plans long, past the limit.
    const pool = poolRunner({ filename: worker, maxThreads: 1, planTimeoutMs: Math.ceil(oneMs * 2.5) + 200 });
    try {
      // A fresh thread loads its modules on the first plan; that start-up is not what is measured here.
      await pool.plan(job);
      const results = await Promise.allSettled([1, 2, 3, 4].map(() => pool.plan(job)));
      const outcome = results.map((r) => (r.status === "fulfilled" ? r.status : String(r.reason)));
      expect(outcome).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    } finally {
      await pool.close();
    }
  });

  it("stops a job that outgrows its heap instead of the process", async () => {
    const pool = poolRunner({ filename: worker, maxThreads: 1, maxMemoryMb: 24 });
    try {
      const err = await pool.plan(big(4_000)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PlagenticError);
      expect(String((err as Error).message)).toMatch(/more than 24 MB of memory.*PLAGENTIC_WORKER_MEMORY_MB/);
    } finally {
      await pool.close();
    }
  });
});

describe("the compiled pool-runner", () => {
  it("finds its worker beside it, as dist/lib/plan does", async () => {
    const module = (await import(pathToFileURL(join(compiled.lib, "plan", "pool-runner.js")).href)) as {
      poolRunner: typeof poolRunner;
    };
    expect(relative(compiled.lib, worker)).toBe(join("plan", "plan-worker.js"));
    const ctx = await jobProject();
    const pool = module.poolRunner({ maxThreads: 1 });
    try {
      const { plan } = await pool.plan(ctx.job());
      expect(plan.hash).toBe((await inlineRunner().plan(ctx.job())).plan.hash);
    } finally {
      await pool.close();
      ctx.project.cleanup();
    }
  });
});

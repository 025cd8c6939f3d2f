// Benchmarks, printed as JSON lines. Runs the built library (dist/lib), so run `npm run build`
// first when src/ changed (npm run bench does).
//
// plan: for environments of 100, 1,000 and 10,000 resources, half of them already applied to an
// in-memory sandbox and a tenth of those resized, the time to parse the spec, read live state,
// compute the plan (diff, cost, policy) and render it as terminal text and as GitHub comments.
// cloud_api_calls_per_plan: how many provider reads a plan makes at each size.
// plan_pool: the main thread's event-loop delay while a 10,000-resource plan job runs on the worker
// pool (as `plagentic serve` runs it), beside the same job run in-process.
//
// `node bench/run.mjs plan` runs only the plan benches (after `npm run build`).
// price_catalog, staging_plan: see bench/prices.mjs; `node bench/run.mjs prices` runs only those.
// team_model_calls: see bench/team.mjs; `node bench/run.mjs team` runs only that one.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { loadConfig } from "../dist/lib/config/loader.js";
import { loadPriceCatalog } from "../dist/lib/cost/index.js";
import { applyPlan } from "../dist/lib/plan/apply.js";
import { buildPlan, createPlan } from "../dist/lib/plan/engine.js";
import { inlineRunner } from "../dist/lib/plan/jobs.js";
import { poolRunner } from "../dist/lib/plan/pool-runner.js";
import { normalizeLive } from "../dist/lib/plan/diff.js";
import { createSandboxProvider } from "../dist/lib/providers/sandbox/sandbox-provider.js";
import { LOCAL_IDENTITY, targetOf } from "../dist/lib/providers/provider.js";
import { renderPlanMarkdown, renderPlanText } from "../dist/lib/render/index.js";
import { parseEnvironment } from "../dist/lib/spec/parse.js";
import { openStore } from "../dist/lib/store/store.js";
import { runPriceBenches } from "./prices.mjs";
import { runTeamBenches } from "./team.mjs";

if (process.argv[2] === "prices") {
  runPriceBenches();
  process.exit(0);
}
if (process.argv[2] === "team") {
  await runTeamBenches();
  process.exit(0);
}

const SIZES = [100, 1_000, 10_000];
const REPEATS = 3;
const TYPES = ["t3.micro", "t3.small", "m5.large", "c5.large"];

const identity = LOCAL_IDENTITY;
// The largest spec here is 10,000 resources and 2 MB, over the default limits (5,000 and 1 MiB).
const limits = { maxResources: 20_000, maxSpecBytes: 8 * 1024 * 1024 };
const policies = {
  allowed_regions: { regions: ["us-east-1"] },
  allowed_instance_types: { allow: ["t3.*", "m5.*", "c5.*"] },
  max_monthly_cost: { limit: 10_000_000 },
  required_tags: { tags: ["team"] },
};

/** A spec of exactly `n` resources: one VPC, a subnet per 50, a security group per 100, instances. */
function specText(n, { resized = 0 } = {}) {
  const subnets = Math.max(1, Math.floor(n / 50));
  const groups = Math.max(1, Math.floor(n / 100));
  const instances = n - 1 - subnets - groups;
  const lines = [
    "environment: bench",
    "provider: sandbox",
    "region: us-east-1",
    "tags: { team: bench }",
    "resources:",
  ];
  lines.push("  - type: aws_vpc", "    name: main", "    properties: { cidr_block: 10.0.0.0/8 }");
  for (let s = 0; s < subnets; s++) {
    lines.push(
      "  - type: aws_subnet",
      `    name: s${s}`,
      `    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.${s >> 8}.${s & 255}.0/24 }`,
    );
  }
  for (let g = 0; g < groups; g++) {
    lines.push(
      "  - type: aws_security_group",
      `    name: g${g}`,
      "    properties:",
      "      vpc: ref(aws_vpc.main)",
      "      ingress: [{ from_port: 443, to_port: 443, protocol: tcp, cidr_blocks: [0.0.0.0/0] }]",
    );
  }
  for (let i = 0; i < instances; i++) {
    const type = i < resized ? "m5.large" : TYPES[i % TYPES.length];
    lines.push(
      "  - type: aws_instance",
      `    name: i${i}`,
      "    properties:",
      `      instance_type: ${type}`,
      "      ami: ami-0abcdef1234567890",
      `      subnet: ref(aws_subnet.s${i % subnets})`,
      `      security_groups: [ref(aws_security_group.g${i % groups})]`,
    );
  }
  return lines.join("\n") + "\n";
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn) {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

async function timeAsync(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const round = (ms) => Math.round(ms * 100) / 100;
const catalog = loadPriceCatalog();
const results = {};

for (const n of SIZES) {
  const store = openStore(":memory:");
  const sandbox = createSandboxProvider({ store, catalog });
  let reads = 0;
  const provider = {
    ...sandbox,
    name: sandbox.name,
    capabilities: sandbox.capabilities,
    readLive: (t) => {
      reads++;
      return sandbox.readLive(t);
    },
  };

  // Apply the first half so the plan diffs against real live state.
  const half = parseEnvironment(specText(n), "bench.yaml", limits);
  const applied = { ...half, resources: half.resources.slice(0, Math.floor(n / 2)) };
  const { plan: first } = await createPlan({ env: applied, provider, catalog, policies, identity });
  await applyPlan({ env: applied, provider, catalog, policies, identity, expectedHash: first.hash });

  const text = specText(n, { resized: Math.floor(n / 20) });
  const samples = { parse: [], read: [], plan: [], renderText: [], renderMarkdown: [] };
  let plan;
  for (let r = 0; r < REPEATS; r++) {
    const parsed = time(() => parseEnvironment(text, "bench.yaml", limits));
    reads = 0;
    const live = await timeAsync(async () =>
      normalizeLive(await provider.readLive(targetOf(parsed.value.spec, identity))),
    );
    const built = time(() =>
      buildPlan({ env: parsed.value, provider, catalog, policies, identity }, live.value),
    );
    plan = built.value.plan;
    const textOut = time(() => renderPlanText(plan, { color: false }));
    const md = time(() => renderPlanMarkdown(plan, { marker: "<!-- plagentic:bench -->" }));
    samples.parse.push(parsed.ms);
    samples.read.push(live.ms);
    samples.plan.push(built.ms);
    samples.renderText.push(textOut.ms);
    samples.renderMarkdown.push(md.ms);
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const total = m.parse + m.read + m.plan + m.renderText + m.renderMarkdown;
  results[n] = total;
  console.log(
    JSON.stringify({
      bench: "plan",
      provider: "sandbox",
      resources: n,
      changes: plan.changes.length,
      parse_ms: round(m.parse),
      read_live_ms: round(m.read),
      diff_cost_policy_ms: round(m.plan),
      render_text_ms: round(m.renderText),
      render_markdown_ms: round(m.renderMarkdown),
      total_ms: round(total),
      repeats: REPEATS,
    }),
  );

  reads = 0;
  await createPlan({
    env: parseEnvironment(text, "bench.yaml", limits),
    provider,
    catalog,
    policies,
    identity,
  });
  console.log(
    JSON.stringify({ bench: "cloud_api_calls_per_plan", provider: "sandbox", resources: n, calls: reads }),
  );
  store.close();
}

console.log(
  JSON.stringify({
    bench: "plan_scaling",
    ratio_10k_to_1k: Math.round((results[10_000] / results[1_000]) * 100) / 100,
    limit: 15,
  }),
);

// A plan job of 10,000 resources (all to create) on the pool, then in-process, while the main
// thread's event loop is sampled every 10 ms: how long a webhook would wait to be acknowledged.
{
  const n = 10_000;
  const dir = mkdtempSync(join(tmpdir(), "bench-pool-"));
  writeFileSync(
    join(dir, "config.yaml"),
    `limits: { max_resources: ${limits.maxResources}, max_spec_bytes: ${limits.maxSpecBytes} }\n`,
  );
  const config = await loadConfig({ cwd: dir, env: {} });
  const job = (text) => ({
    config,
    cwd: dir,
    env: {},
    repository: "bench/bench",
    spec: { name: "bench", file: "environments/bench.yaml", text },
    commit: null,
    destroy: false,
    markdown: { title: "Plagentic plan for `bench`", nextStep: "Approve this PR." },
  });
  const measured = async (run) => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    // The monitor starts sampling on the loop's next turn.
    await sleep(20);
    const t0 = performance.now();
    const result = await run();
    const ms = performance.now() - t0;
    // A loop held to the end records its delay only once it turns again.
    await sleep(20);
    delay.disable();
    return { ms, result, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
  };
  const pool = poolRunner({ maxThreads: 1 });
  try {
    // The first job pays for starting the worker and loading its modules.
    const cold = await measured(() => pool.plan(job(specText(100))));
    const warm = await measured(() => pool.plan(job(specText(n))));
    const inline = await measured(() => inlineRunner().plan(job(specText(n))));
    console.log(
      JSON.stringify({
        bench: "plan_pool",
        resources: n,
        changes: warm.result.plan.summary.add,
        comment_parts: warm.result.markdown.length,
        pool_job_ms: round(warm.ms),
        event_loop_p99_ms: round(warm.p99),
        event_loop_max_ms: round(warm.max),
        pool_first_job_ms: round(cold.ms),
        inline_job_ms: round(inline.ms),
        inline_event_loop_max_ms: round(inline.max),
      }),
    );
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "plan") process.exit(0);

runPriceBenches();
await runTeamBenches();

// The TypeScript benches (GitHub faces, providers) reuse the test suite's fakes; esbuild bundles
// each into a temporary file that node runs, so they measure the same code the tests exercise.
const { build } = await import("esbuild");
const { execFileSync } = await import("node:child_process");
// replicas: see bench/replicas.ts (App replicas on PostgreSQL); it prints a skip line without one.
for (const name of ["providers", "github", "replicas"]) {
  const outfile = join(new URL("../", import.meta.url).pathname, ".bench-build", `${name}.mjs`);
  await build({
    entryPoints: [new URL(`./${name}.ts`, import.meta.url).pathname],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node24",
    packages: "external",
    logLevel: "warning",
  });
  execFileSync(process.execPath, [outfile], {
    stdio: "inherit",
    cwd: new URL("../", import.meta.url).pathname,
  });
}

// Cloud API calls per plan (one live read) for 10, 1,000 and 5,000 instances on each real
// provider, served by the nock fakes of the test suite; on AWS also for a spec of instances only
// and one that mixes every type, and the DescribeInstances calls per instance of an apply of 200;
// and each provider's load time and memory in a fresh process, with a check that a sandbox plan
// loads no cloud SDK.
import { execFileSync } from "node:child_process";
import { countApplyCalls } from "../test/providers/aws/apply-calls.js";
import { countReadCalls as aws, countSpecReadCalls } from "../test/providers/aws/read-calls.js";
import { countReadCalls as azure } from "../test/providers/azure/read-calls.js";
import { countReadCalls as gcp } from "../test/providers/gcp/read-calls.js";

const counters: Record<string, (n: number) => Promise<number>> = { aws, gcp, azure };
for (const [provider, count] of Object.entries(counters)) {
  for (const resources of [10, 1_000, 5_000]) {
    console.log(
      JSON.stringify({
        bench: "cloud_api_calls_per_plan",
        provider,
        resources,
        calls: await count(resources),
      }),
    );
  }
}

for (const spec of ["instances", "mixed"] as const) {
  for (const resources of [10, 1_000, 5_000]) {
    console.log(
      JSON.stringify({
        bench: "cloud_api_calls_per_plan",
        provider: "aws",
        spec,
        resources,
        calls: await countSpecReadCalls(resources, spec),
      }),
    );
  }
}

// Instances pending 20 s, polled every 3 s, as on EC2.
const applied = await countApplyCalls(200);
console.log(
  JSON.stringify({
    bench: "apply_describe_instances_per_instance",
    provider: "aws",
    instances: applied.instances,
    describe_instances: applied.describeInstances,
    per_instance: Math.round((applied.describeInstances / applied.instances) * 100) / 100,
    ec2_calls: applied.calls,
    virtual_seconds: applied.seconds,
  }),
);

const root = new URL("../", import.meta.url).pathname;
function inFreshProcess(script: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, unknown>;
}

const baseline = inFreshProcess(`console.log(JSON.stringify({ rss: process.memoryUsage().rss }))`);
for (const provider of ["sandbox", "aws", "gcp", "azure"]) {
  const file = provider === "sandbox" ? "sandbox/sandbox-provider.js" : `${provider}/index.js`;
  const r = inFreshProcess(`
    const t = performance.now();
    await import("./dist/lib/providers/${file}");
    console.log(JSON.stringify({ ms: performance.now() - t, rss: process.memoryUsage().rss }));
  `);
  console.log(
    JSON.stringify({
      bench: "provider_load",
      provider,
      load_ms: Math.round(Number(r["ms"])),
      rss_mb_over_bare_node: Math.round((Number(r["rss"]) - Number(baseline["rss"])) / 2 ** 20),
    }),
  );
}

// A loader hook records every module a sandbox plan resolves.
const sandboxRun = inFreshProcess(`
  import { register } from "node:module";
  import { MessageChannel } from "node:worker_threads";
  const { port1, port2 } = new MessageChannel();
  const seen = [];
  port1.on("message", (m) => seen.push(m));
  port1.unref();
  register("data:text/javascript," + encodeURIComponent(\`
    let port;
    export function initialize(data) { port = data.port; }
    export async function resolve(spec, ctx, next) { port.postMessage(spec); return next(spec, ctx); }
  \`), { data: { port: port2 }, transferList: [port2] });
  const { mkdtempSync, cpSync } = await import("node:fs");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join((await import("node:os")).tmpdir(), "bench-"));
  cpSync("environments", join(dir, "environments"), { recursive: true });
  const { plan } = await import("./dist/lib/index.js");
  const t = performance.now();
  const p = await plan("staging", { cwd: dir, statePath: join(dir, "state.db") });
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 50));
  const sdks = [...new Set(seen.filter((s) => /^@(aws-sdk|google-cloud|azure)\\//.test(s)))];
  console.log(JSON.stringify({ ms, changes: p.changes.length, sdks }));
`);
console.log(
  JSON.stringify({
    bench: "sandbox_plan_cold",
    plan_ms: Math.round(Number(sandboxRun["ms"])),
    changes: sandboxRun["changes"],
    cloud_sdks_loaded: sandboxRun["sdks"],
  }),
);

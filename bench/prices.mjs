// Price catalog benches, printed as JSON lines by `node bench/run.mjs` (or `node bench/run.mjs
// prices` alone). Each library is measured in a fresh process, since a CLI plan pays for its
// catalog cold:
//
// price_catalog: the time and heap growth to load every price file and every region (each file
//   read, parsed and each of its rows validated, through the catalog's public lookups).
// staging_plan: a sandbox plan of environments/staging.yaml (us-east-1): the first one in the
//   process (catalog cold), and the median of later ones each with a new catalog.
// Each figure is the median over several fresh processes.
//
// PLAGENTIC_BENCH_BASELINE=<dir>/dist/lib measures an older build beside this one, e.g. the main
// branch's `git archive main dist data package.json` unpacked in <dir> with node_modules linked.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const STAGING = new URL("../environments/staging.yaml", import.meta.url);
const REPEATS = 20;

/** Fresh processes per build and bench; medians are printed, as one process's timing is noisy. */
const PROCESSES = 9;

/** Runs the benches for this build, and for the baseline when one is given, each in children. */
export function runPriceBenches() {
  const libs = [["now", fileURLToPath(new URL("../dist/lib", import.meta.url))]];
  const baseline = process.env["PLAGENTIC_BENCH_BASELINE"];
  if (baseline) libs.unshift(["before", baseline]);
  for (const mode of ["catalog", "plan"]) {
    // Builds take turns, so that a busy machine slows both alike.
    const runs = new Map(libs.map(([label]) => [label, []]));
    for (let i = 0; i < PROCESSES; i++) {
      for (const [label, lib] of libs) {
        const out = execFileSync(
          process.execPath,
          ["--expose-gc", fileURLToPath(import.meta.url), lib, mode],
          {
            encoding: "utf8",
          },
        );
        runs.get(label).push(JSON.parse(out));
      }
    }
    for (const [label, results] of runs) {
      const median = (key) => {
        const values = results.map((r) => r[key]).sort((a, b) => a - b);
        return values[Math.floor(values.length / 2)];
      };
      const figures = Object.fromEntries(
        Object.keys(results[0]).map((key) => [
          key,
          typeof results[0][key] === "number" ? median(key) : results[0][key],
        ]),
      );
      console.log(JSON.stringify({ ...figures, build: label, processes: PROCESSES }));
    }
  }
}

const round = (n) => Math.round(n * 100) / 100;

function heapMb() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Touches every file and region through the public catalog API (the old one has fewer methods). */
function loadEverything(catalog) {
  catalog.managedPrices("aws", "eks");
  catalog.machineHourly("aws-ec2", "us-east-1", "t3.micro");
  for (const machines of ["aws-ec2", "gcp-compute", "azure-vm"]) catalog.hasMachineSize(machines, "x");
  if (!catalog.regionsOf) {
    // Before the regional data: one region per machine table is all there is to load.
    catalog.machineHourly("gcp-compute", "us-central1", "e2-micro");
    catalog.machineHourly("azure-vm", "eastus", "Standard_B1s");
    return;
  }
  for (const machines of ["aws-ec2", "gcp-compute", "azure-vm"]) {
    for (const region of catalog.regionsOf(machines)) catalog.machineHourly(machines, region, "x");
  }
  for (const table of ["rds-storage", "ebs", "lambda", "gcp-disk", "gcp-network"]) {
    for (const region of catalog.regionsOf(table)) catalog.regionalPrice(table, region, "x");
  }
  for (const region of catalog.regionsOf("rds-instance")) {
    for (const engine of ["postgres", "mysql", "mariadb"]) {
      catalog.regionalPrice("rds-instance", region, `${engine}/db.t3.micro/single_az`);
    }
  }
}

async function child(lib, mode) {
  const base = pathToFileURL(lib.endsWith("/") ? lib : `${lib}/`);
  const { loadPriceCatalog } = await import(new URL("cost/index.js", base).href);
  if (mode === "catalog") {
    const heapBefore = heapMb();
    const t0 = performance.now();
    const catalog = loadPriceCatalog();
    loadEverything(catalog);
    const loadMs = performance.now() - t0;
    const heapAfter = heapMb();
    return {
      bench: "price_catalog",
      load_everything_ms: round(loadMs),
      heap_growth_mb: round(heapAfter - heapBefore),
      regions: catalog.regionsOf
        ? ["aws-ec2", "azure-vm", "gcp-compute"].map((t) => catalog.regionsOf(t).length).join("/")
        : "1/55/40",
    };
  }

  const { createPlan } = await import(new URL("plan/engine.js", base).href);
  const { createSandboxProvider } = await import(new URL("providers/sandbox/sandbox-provider.js", base).href);
  const { LOCAL_IDENTITY } = await import(new URL("providers/provider.js", base).href);
  const { parseEnvironment } = await import(new URL("spec/parse.js", base).href);
  const { openStore } = await import(new URL("store/store.js", base).href);
  // The first plan runs while nothing is loaded: what `plagentic plan staging` pays.
  const env = parseEnvironment(readFileSync(STAGING, "utf8"), "staging.yaml");
  const store = openStore(":memory:");
  const plan = async () => {
    const catalog = loadPriceCatalog();
    const provider = createSandboxProvider({ store, catalog });
    const t0 = performance.now();
    await createPlan({ env, provider, catalog, policies: {}, identity: LOCAL_IDENTITY });
    return performance.now() - t0;
  };
  const first = await plan();
  const samples = [];
  for (let i = 0; i < REPEATS; i++) samples.push(await plan());
  samples.sort((a, b) => a - b);
  store.close();
  return {
    bench: "staging_plan",
    region: env.spec.region,
    first_plan_ms: round(first),
    median_plan_new_catalog_ms: round(samples[Math.floor(samples.length / 2)]),
    repeats: REPEATS,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [lib, mode = "catalog"] = process.argv.slice(2);
  if (!lib) throw new Error("usage: node --expose-gc bench/prices.mjs <dist/lib dir> catalog|plan");
  console.log(JSON.stringify(await child(lib, mode)));
}

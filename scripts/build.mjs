// Builds the committed dist/:
// - dist/lib: the library, the CLI and the App compiled by tsc (run from node_modules);
// - dist/index.js (+ dist/action/): the GitHub Action bundled by esbuild, since a runner has no
//   node_modules. Heavy modules (the engine, cloud SDKs, LangChain) are split into chunks that
//   load only when an event needs them.
// Both are deterministic so that CI can compare a fresh build with what is committed.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const root = new URL("../", import.meta.url);

rmSync(new URL("dist/lib", root), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.json"], {
  stdio: "inherit",
});

rmSync(new URL("dist/action", root), { recursive: true, force: true });
rmSync(new URL("dist/index.js", root), { force: true });
await build({
  entryPoints: { index: "src/action/index.ts" },
  outdir: "dist",
  chunkNames: "action/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node24",
  // A native module cannot be bundled. The GCP clients carry ~70 MB of API definitions, too
  // much to commit; in the Action the GCP provider says so (see README) instead of loading.
  external: ["better-sqlite3", "@google-cloud/*", "google-auth-library"],
  banner: {
    js: "import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);",
  },
  legalComments: "none",
  logLevel: "warning",
  absWorkingDir: new URL(".", root).pathname,
});

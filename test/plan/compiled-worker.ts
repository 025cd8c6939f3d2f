/**
 * The sources compiled for worker threads, which cannot load TypeScript: esbuild, file by file,
 * into the layout of dist/lib, in a directory under the repository's ignored tmp/ so that the
 * compiled files find package.json (the package root) and node_modules as dist/lib does. About a
 * second, against half a minute for tsc.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const root = new URL("../../", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") && !p.endsWith(".d.ts") ? [p] : [];
  });
}

export interface CompiledSources {
  /** Where `src/` was compiled to: `<lib>/plan/plan-worker.js` and so on. */
  lib: string;
  /** The plan pool's worker module. */
  worker: string;
  remove(): void;
}

export async function compileSources(): Promise<CompiledSources> {
  mkdirSync(join(root, "tmp"), { recursive: true });
  const dir = mkdtempSync(join(root, "tmp", "compiled-"));
  const lib = join(dir, "lib");
  await build({
    entryPoints: sources(join(root, "src")),
    outdir: lib,
    outbase: join(root, "src"),
    format: "esm",
    platform: "node",
    target: "node24",
    logLevel: "warning",
  });
  return {
    lib,
    worker: join(lib, "plan", "plan-worker.js"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Imports run downward only (docs/design.md "Layout"): faces → github/team → plan → the core. A test
 * rather than a convention, so that a shortcut import fails CI.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "../src");

const RANK: Record<string, number> = {
  "paths.ts": 0,
  "sort-strings.ts": 0,
  "optional-module.ts": 0,
  spec: 0,
  cost: 1,
  policy: 1,
  render: 1,
  config: 1,
  store: 1,
  providers: 1,
  plan: 2,
  terraform: 2,
  export: 2,
  team: 3,
  github: 3,
  cli: 4,
  app: 4,
  action: 4,
  mcp: 4,
  "index.ts": 4,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const area = (file: string): string => relative(src, file).split("/")[0]!;

/** Runtime imports (type-only ones carry no dependency at run time and may point at any model). */
function runtimeImports(text: string): string[] {
  const out: string[] = [];
  const re =
    /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/gm;
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2])!);
  return out;
}

describe("architecture", () => {
  const all = files(src);

  it("finds the source tree", () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it("imports flow downward only", () => {
    const violations: string[] = [];
    for (const file of all) {
      const from = area(file);
      for (const spec of runtimeImports(readFileSync(file, "utf8"))) {
        const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
        const to = area(target);
        if ((RANK[to] ?? 99) > (RANK[from] ?? -1))
          violations.push(`${relative(src, file)} imports ${relative(src, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("the core never imports a face, Probot, Octokit or a cloud SDK", () => {
    const core = all.filter((f) => ["spec", "plan", "cost", "policy", "render"].includes(area(f)));
    const bad = core.filter((f) =>
      /from\s+["'](probot|@octokit\/|@aws-sdk\/|@google-cloud\/|@azure\/|@actions\/)/.test(
        readFileSync(f, "utf8"),
      ),
    );
    expect(bad.map((f) => relative(src, f))).toEqual([]);
  });

  it("only the prices command reaches the price fetchers: no plan ever fetches prices", () => {
    const fetching = (target: string): boolean => {
      const rel = relative(src, target);
      return rel.startsWith("cost/sources/") || rel === "cost/prices-update.ts";
    };
    const importers = new Set<string>();
    for (const file of all) {
      if (fetching(file)) continue;
      for (const spec of runtimeImports(readFileSync(file, "utf8"))) {
        if (fetching(resolve(dirname(file), spec.replace(/\.js$/, ".ts"))))
          importers.add(relative(src, file));
      }
    }
    expect([...importers].sort()).toEqual(["cli/commands/prices.ts"]);
  });

  it("the rule itself catches an upward import", () => {
    expect(runtimeImports('import { main } from "../cli/main.js";')).toEqual(["../cli/main.js"]);
    expect(runtimeImports('import type { Plan } from "../plan/model.js";')).toEqual([]);
    expect(runtimeImports('const m = await import("./sandbox/index.js");')).toEqual(["./sandbox/index.js"]);
  });
});

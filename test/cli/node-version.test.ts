import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledStaging, makeProject } from "../helpers/project.js";

const bin = new URL("../../bin/plagentic.js", import.meta.url).pathname;
// scripts/toolchain.sh 22 puts the oldest supported Node here; CI always installs it.
const node22 = new URL("../../.tools/node22/bin/node", import.meta.url).pathname;
const haveNode22 = existsSync(node22);
if (!haveNode22 && process.env["CI"]) throw new Error(`CI needs ${node22}: run bash scripts/toolchain.sh 22`);
if (!haveNode22)
  console.warn(`skipping the Node 22 test: no ${node22} (bash scripts/toolchain.sh 22 installs it)`);

// These machines keep Node 20 as the system Node while the project runs on the pinned Node 24, so
// the refusal can be tried on a real old Node. Elsewhere there may be none to try it on.
const systemNode = "/usr/bin/node";
const systemMajor = existsSync(systemNode)
  ? Number(execFileSync(systemNode, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" }))
  : undefined;
const oldNode = systemMajor !== undefined && systemMajor < 22;
if (!oldNode) console.warn(`skipping the old-Node refusal test: ${systemNode} is not a Node older than 22`);

describe("the CLI's Node version check", () => {
  it.runIf(oldNode)("refuses an older Node in one line that names the version it needs", () => {
    const r = spawnSync(systemNode, [bin, "version"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^plagentic needs Node\.js 22\.5 or later; this is Node\.js 2\d\.\d+\.\d+\.\n$/);
  });

  it("starts on the Node that runs the tests", () => {
    const r = spawnSync(process.execPath, [bin, "version"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(22);
  });

  it.runIf(haveNode22)(
    "plans on Node 22, the oldest Node it promises, even with a native module built for another",
    () => {
      const p = makeProject({ envs: { staging: bundledStaging() } });
      try {
        const r = spawnSync(node22, [bin, "plan", "staging"], { cwd: p.dir, encoding: "utf8" });
        expect(r.status).toBe(0);
        expect(r.stdout).toContain("Plan: 8 to add");
        // node_modules was built by the Node running the tests; when that is not 22, the store says so.
        if (!process.versions.node.startsWith("22."))
          expect(r.stderr).toContain("npm rebuild better-sqlite3");
        expect(existsSync(p.statePath)).toBe(true);
      } finally {
        p.cleanup();
      }
    },
  );
});

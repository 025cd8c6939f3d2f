/**
 * The real tools the export acceptance tests run (terraform, cfn-lint, the aws CLI, moto_server):
 * a missing one fails the run in CI and skips, visibly, elsewhere (as moto.test.ts does).
 */
import { spawnSync } from "node:child_process";
import { describe, it } from "vitest";

export function toolAvailable(command: string, args: string[] = ["--version"]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

/** Whether every tool runs here; otherwise registers the failing test CI needs, or warns. */
export function toolsOrSkip(suite: string, tools: Record<string, boolean>): boolean {
  const missing = Object.entries(tools)
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  if (missing.length === 0) return true;
  if (process.env.CI === "true") {
    describe(suite, () => {
      it(`needs ${missing.join(", ")}`, () => {
        throw new Error(`${missing.join(", ")} not installed, and CI=true: ${suite} must run in CI`);
      });
    });
  } else {
    console.warn(`SKIPPED: ${suite} — not installed: ${missing.join(", ")}`);
  }
  return false;
}

/** Runs a tool; throws with its output when it fails. */
export function run(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): { stdout: string; stderr: string; status: number } {
  const r = spawnSync(command, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout ?? "", stderr: r.stderr ?? "", status: r.status ?? -1 };
}

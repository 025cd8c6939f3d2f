/**
 * A throwaway project directory (config, environments, state) for end-to-end tests, and an
 * in-process CLI runner that captures what the command prints.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { main } from "../../src/cli/main.js";

export interface TestProject {
  dir: string;
  statePath: string;
  writeEnv(name: string, yaml: string): string;
  writeConfig(yaml: string): void;
  cleanup(): void;
}

const repoRoot = new URL("../../", import.meta.url).pathname;

export function bundledStaging(): string {
  return readFileSync(join(repoRoot, "environments", "staging.yaml"), "utf8");
}

export function makeProject(opts: { config?: string; envs?: Record<string, string> } = {}): TestProject {
  const dir = mkdtempSync(join(tmpdir(), "plagentic-test-"));
  mkdirSync(join(dir, "environments"));
  const statePath = join(dir, ".plagentic", "state.db");
  const project: TestProject = {
    dir,
    statePath,
    writeEnv(name, yaml) {
      const path = join(dir, "environments", `${name}.yaml`);
      writeFileSync(path, yaml);
      return path;
    },
    writeConfig(yaml) {
      writeFileSync(join(dir, "config.yaml"), yaml);
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  project.writeConfig(opts.config ?? "environments_dir: environments\n");
  for (const [name, yaml] of Object.entries(opts.envs ?? {})) project.writeEnv(name, yaml);
  return project;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  return { stream, text: () => chunks.join("") };
}

export async function runCli(
  project: TestProject,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  const out = sink();
  const err = sink();
  const code = await main(["node", "plagentic", ...args], {
    stdout: out.stream,
    stderr: err.stream,
    stdinIsTTY: false,
    env: { PATH: process.env["PATH"], ...env },
    cwd: project.dir,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

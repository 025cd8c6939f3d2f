/**
 * Runs the committed Action bundle the way a runner does: `node dist/index.js` with
 * GITHUB_EVENT_PATH and friends, INPUT_* variables, and a fake GitHub as GITHUB_API_URL.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { FakeGitHub } from "./fake-github.js";
import { OWNER, REPO } from "./github-app.js";

const run = promisify(execFile);
const defaultEntry = new URL("../../dist/index.js", import.meta.url).pathname;

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string | undefined>;
  summary: string;
}

export async function runBundledAction(opts: {
  gh: FakeGitHub;
  /** The runner's workspace. */
  work: string;
  eventName: string;
  payload: object;
  inputs?: Record<string, string>;
  /** The bundle to run; default this checkout's dist/index.js. */
  entry?: string;
  /** The Node binary; default the one running the tests. */
  node?: string;
}): Promise<ActionRun> {
  const { gh, work, eventName, payload, inputs = {}, entry = defaultEntry, node = process.execPath } = opts;
  const eventPath = join(work, `${eventName}.json`);
  const outputPath = join(work, "output.txt");
  const summaryPath = join(work, "summary.md");
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const env: Record<string, string> = {
    PATH: process.env["PATH"] ?? "",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: gh.url,
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    "INPUT_GITHUB-TOKEN": "ghs_workflowtoken",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const result = await run(node, [entry], { env, cwd: work }).catch(
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  const outputs = Object.fromEntries(
    [...readFileSync(outputPath, "utf8").matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [
      m[1],
      m[3],
    ]),
  );
  return {
    code: "code" in result && typeof result.code === "number" ? result.code : 0,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
    summary: readFileSync(summaryPath, "utf8"),
  };
}

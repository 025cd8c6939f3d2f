/**
 * examples/gitlab and examples/jenkins, run: their script lines go through `sh` in a sandbox
 * project, `plagentic` and `npx plagentic` resolve to the built CLI through shims on PATH, and a
 * local HTTP server stands in for the GitLab and GitHub APIs. The note they post must be the plan
 * comment that `plan --markdown-out` wrote, and the default branch's apply must apply that plan.
 */
import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledStaging, makeProject, type TestProject } from "../helpers/project.js";
import { gitlabJobScript, jenkinsShSteps } from "./ci-scripts.js";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/plagentic.js");
const gitlabCi = readFileSync(join(root, "examples/gitlab/.gitlab-ci.yml"), "utf8");
const jenkinsfile = readFileSync(join(root, "examples/jenkins/Jenkinsfile"), "utf8");
const run = promisify(execFile);

interface Posted {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let server: Server;
let api: string;
const posted: Posted[] = [];
let shims: string;
let shimProject: TestProject;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      posted.push({
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      res.writeHead(201, { "content-type": "application/json" }).end('{"id":1}');
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // `plagentic ...` and `npx [--yes] plagentic[@version] ...` both run this checkout's built CLI.
  shimProject = makeProject();
  shims = join(shimProject.dir, "bin");
  mkdirSync(shims);
  const write = (name: string, body: string) => {
    writeFileSync(join(shims, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(shims, name), 0o755);
  };
  write("plagentic", `exec node "${bin}" "$@"`);
  write(
    "npx",
    `while [ "\${1#-}" != "$1" ]; do shift; done\ncase "$1" in plagentic|plagentic@*) shift ;; *) echo "npx shim: not plagentic: $1" >&2; exit 127 ;; esac\nexec node "${bin}" "$@"`,
  );
});

afterAll(async () => {
  shimProject.cleanup();
  await new Promise<void>((ok) => server.close(() => ok()));
});

function project(): TestProject {
  return makeProject({ envs: { staging: bundledStaging() } });
}

async function sh(
  p: TestProject,
  script: string,
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  try {
    const r = await run("sh", ["-e", "-c", script], {
      cwd: p.dir,
      env: { PATH: `${shims}:${process.env["PATH"]}`, HOME: p.dir, ...env },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe("examples/gitlab/.gitlab-ci.yml", () => {
  const env = () => ({
    CI_API_V4_URL: `${api}/api/v4`,
    CI_PROJECT_ID: "42",
    CI_MERGE_REQUEST_IID: "7",
    CI_PROJECT_PATH: "octo/infra",
    PLAGENTIC_ENVIRONMENT: "staging",
    PLAGENTIC_REPOSITORY: "octo/infra",
    GITLAB_TOKEN: "glpat-test-token-0123456789",
  });

  it("posts the Markdown plan as a merge request note, then applies the default branch's plan", async () => {
    const p = project();
    try {
      posted.length = 0;
      const mr = await sh(p, gitlabJobScript(gitlabCi, "plagentic-plan"), env());
      expect(mr.code, mr.out).toBe(0);
      expect(posted).toHaveLength(1);
      const note = posted[0]!;
      expect(note.method).toBe("POST");
      expect(note.url).toBe("/api/v4/projects/42/merge_requests/7/notes");
      expect(note.headers["private-token"]).toBe("glpat-test-token-0123456789");
      const body = new URLSearchParams(note.body).get("body");
      const markdown = readFileSync(join(p.dir, "plan.md"), "utf8");
      expect(body).toBe(markdown);
      expect(markdown).toMatch(/^### Plagentic plan for `staging`\n/);
      expect(markdown).toContain("8 to add");

      const plan = await sh(p, gitlabJobScript(gitlabCi, "plagentic-plan-default-branch"), env());
      expect(plan.code, plan.out).toBe(0);
      const hash = (JSON.parse(readFileSync(join(p.dir, "plan.json"), "utf8")) as { hash: string }).hash;
      expect(readFileSync(join(p.dir, "plan.md"), "utf8")).toContain(`--plan ${hash}`);
      const apply = await sh(p, gitlabJobScript(gitlabCi, "plagentic-apply"), env());
      expect(apply.code, apply.out).toBe(0);
      expect(apply.out).toMatch(/8 added/);
      // Applied: the same job now finds nothing to do.
      const again = await sh(p, gitlabJobScript(gitlabCi, "plagentic-plan-default-branch"), env());
      expect(again.out).toMatch(/No changes/i);
    } finally {
      p.cleanup();
    }
  });

  it("posts a plan that policy blocks, then fails the job", async () => {
    const p = project();
    try {
      p.writeConfig("environments_dir: environments\npolicies:\n  max_monthly_cost: { limit: 1 }\n");
      posted.length = 0;
      const mr = await sh(p, gitlabJobScript(gitlabCi, "plagentic-plan"), env());
      expect(mr.code).toBe(1);
      expect(posted).toHaveLength(1);
      expect(new URLSearchParams(posted[0]!.body).get("body")).toBe(
        readFileSync(join(p.dir, "plan.md"), "utf8"),
      );
      expect(readFileSync(join(p.dir, "plan.md"), "utf8")).toMatch(/max_monthly_cost/);
    } finally {
      p.cleanup();
    }
  });
});

describe("examples/jenkins/Jenkinsfile", () => {
  const steps = jenkinsShSteps(jenkinsfile);
  const env = () => ({
    GITHUB_API_URL: api,
    GITHUB_REPO: "octo/infra",
    PLAGENTIC_REPOSITORY: "octo/infra",
    PLAGENTIC_ENVIRONMENT: "staging",
    CHANGE_ID: "12",
    GITHUB_TOKEN: "ghs_testtoken",
  });

  it("finds the sh steps of both stages", () => {
    expect(steps.map((s) => s.stage)).toEqual(["Plan", "Plan", "Plan", "Plan", "Apply", "Apply"]);
    expect(steps[2]!.script).toContain("/repos/$GITHUB_REPO/issues/$CHANGE_ID/comments");
  });

  it("comments the Markdown plan on the pull request, then applies main's plan", async () => {
    const p = project();
    try {
      posted.length = 0;
      for (const step of steps.filter((s) => s.stage === "Plan")) {
        const r = await sh(p, step.script, env());
        expect(r.code, `${step.script}\n${r.out}`).toBe(0);
      }
      expect(posted).toHaveLength(1);
      expect(posted[0]!.url).toBe("/repos/octo/infra/issues/12/comments");
      expect(posted[0]!.headers["authorization"]).toBe("Bearer ghs_testtoken");
      const body = (JSON.parse(posted[0]!.body) as { body: string }).body;
      expect(body).toBe(readFileSync(join(p.dir, "plan.md"), "utf8"));
      expect(body).toMatch(/^### Plagentic plan for `staging`\n/);

      for (const step of steps.filter((s) => s.stage === "Apply")) {
        const r = await sh(p, step.script, env());
        expect(r.code, `${step.script}\n${r.out}`).toBe(0);
      }
      const applied = await sh(p, "plagentic plan staging --detailed-exitcode", env());
      expect(applied.code, applied.out).toBe(0);
    } finally {
      p.cleanup();
    }
  });
});

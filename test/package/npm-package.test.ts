/**
 * The npm package as a user gets it: `npm pack` of the committed dist/, installed into an empty
 * project with `--omit=optional` (the slim CLI) and without our lockfile. There `npx plagentic init`
 * and `plan` work on the sandbox, `import { plan } from "plagentic"` typechecks under `tsc --strict`,
 * and an optional feature says which package to install. Also the tarball budget (docs/package.md)
 * and a clean `npm publish --dry-run`.
 *
 * One install for the whole file (npm's cache is warm, so --prefer-offline keeps it quick). Needs
 * `npm run build` first: the tarball carries the committed dist/.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPTIONAL_FEATURES } from "../../src/optional-module.js";

/** The budget docs/package.md states: the packed tarball, and its file count. */
const BUDGET_BYTES = 1_500_000;
const BUDGET_FILES = 900;

const repo = new URL("../../", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * npm settings inherited from a parent `npm test` (npm_config_omit, ...) would change what gets
 * installed; the rest of the environment stays (the registry's CA certificate, PATH, HOME).
 */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, NO_COLOR: "1", ...extra };
}

function run(cmd: string, args: string[], cwd: string, env = cleanEnv(), timeout = 90_000): Promise<Run> {
  return new Promise((done) => {
    execFile(cmd, args, { cwd, env, timeout, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const failed = (what: string, r: Run): string => `${what} exited ${r.code}\n${r.stdout}\n${r.stderr}`;

describe("the npm package", () => {
  const tmp = mkdtempSync(join(tmpdir(), "plagentic-pack-"));
  const project = join(tmp, "project");
  let tarball = "";
  let packed: { size: number; entryCount: number; files: { path: string }[] };

  beforeAll(async () => {
    if (!existsSync(join(repo, "dist/lib/cli/main.js")) || !existsSync(join(repo, "dist/lib/index.d.ts"))) {
      throw new Error("dist/lib is missing: run `npm run build` before this test");
    }
    const pack = await run("npm", ["pack", "--json", "--pack-destination", tmp], repo);
    expect(pack.code, failed("npm pack", pack)).toBe(0);
    const info = (JSON.parse(pack.stdout) as (typeof packed & { filename: string })[])[0]!;
    packed = info;
    tarball = join(tmp, info.filename);

    mkdirSync(project);
    const projectInit = await run("npm", ["init", "-y"], project);
    expect(projectInit.code, failed("npm init", projectInit)).toBe(0);
    await run("npm", ["pkg", "set", "type=module"], project);

    const install = await run(
      "npm",
      [
        "install",
        "--omit=optional",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        tarball,
        `typescript@${pkg.devDependencies["typescript"]}`,
        `@types/node@${pkg.devDependencies["@types/node"]}`,
      ],
      project,
      cleanEnv(),
      110_000,
    );
    expect(install.code, failed("npm install", install)).toBe(0);
  }, 120_000);

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("stays within the tarball budget and ships no Action bundle, sources or tests", () => {
    expect(packed.size).toBeLessThan(BUDGET_BYTES);
    expect(packed.entryCount).toBeLessThan(BUDGET_FILES);
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain("dist/lib/cli/main.js");
    expect(paths).toContain("data/prices/aws-ec2.json");
    const stray = paths.filter((p) =>
      /^(dist\/action\/|dist\/index\.js$|dist\/lib\/action\/|src\/|test\/)/.test(p),
    );
    expect(stray).toEqual([]);
  });

  it("installs only the plain dependencies with --omit=optional", () => {
    const modules = join(project, "node_modules");
    for (const dep of Object.keys(pkg.dependencies)) expect(existsSync(join(modules, dep)), dep).toBe(true);
    for (const dep of Object.keys(pkg.optionalDependencies))
      expect(existsSync(join(modules, dep)), dep).toBe(false);
  });

  it("runs init and plan on the sandbox", async () => {
    const init = await run("npx", ["--no-install", "plagentic", "init"], project);
    expect(init.code, failed("plagentic init", init)).toBe(0);
    expect(init.stdout).toContain("created ");
    expect(init.stdout).toContain("Next: plagentic plan staging");
    expect(existsSync(join(project, "environments", "staging.yaml"))).toBe(true);

    const plan = await run("npx", ["--no-install", "plagentic", "plan", "staging"], project);
    expect(plan.code, failed("plagentic plan staging", plan)).toBe(0);
    expect(plan.stdout).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy/);
    expect(plan.stderr).not.toMatch(/Cannot find (module|package)|ERR_MODULE_NOT_FOUND/);

    // A team request the deterministic path understands needs no model, hence no LangChain.
    const team = await run(
      "npx",
      ["--no-install", "plagentic", "run", "infrastructure-team", "-t", "plan staging"],
      project,
    );
    expect(team.code, failed("plagentic run", team)).toBe(0);
    expect(team.stdout).toMatch(/Plan hash: [0-9a-f]{64}/);
  }, 60_000);

  it("names the package to install when a feature needs an optional one", async () => {
    writeFileSync(
      join(project, "environments", "cloud.yaml"),
      [
        "environment: cloud",
        "provider: aws",
        "region: us-east-1",
        "resources:",
        "  - type: aws_vpc",
        "    name: main",
        "    properties: { cidr_block: 10.0.0.0/16 }",
        "",
      ].join("\n"),
    );
    const aws = await run("npx", ["--no-install", "plagentic", "plan", "cloud"], project);
    expect(aws.code).not.toBe(0);
    expect(aws.stderr).toContain("the aws provider needs @aws-sdk/");
    expect(aws.stderr).toContain(`npm install ${OPTIONAL_FEATURES.aws.packages.join(" ")}`);
    expect(aws.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|\n\s+at /);

    const serve = await run(
      "npx",
      ["--no-install", "plagentic", "serve"],
      project,
      cleanEnv({ APP_ID: "1", WEBHOOK_SECRET: "s", PRIVATE_KEY: "not-a-key" }),
    );
    expect(serve.code).not.toBe(0);
    expect(serve.stderr).toContain("the GitHub App (plagentic serve) needs ");
    expect(serve.stderr).toContain(`npm install ${OPTIONAL_FEATURES.app.packages.join(" ")}`);
  }, 60_000);

  it('typechecks `import { plan } from "plagentic"` with tsc --strict', async () => {
    writeFileSync(
      join(project, "index.ts"),
      [
        'import { plan, type Plan } from "plagentic";',
        "",
        'const p: Plan = await plan("staging");',
        "const verdict: string = p.policy.verdict;",
        "const hash: string = p.hash;",
        "console.log(verdict, hash, p.changes.length);",
        "",
      ].join("\n"),
    );
    const tsc = await run(
      "npx",
      [
        "--no-install",
        "tsc",
        "--strict",
        "--noEmit",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        "--target",
        "es2022",
        "--types",
        "node",
        "index.ts",
      ],
      project,
    );
    expect(tsc.code, failed("tsc", tsc)).toBe(0);
  }, 90_000);

  it("publishes cleanly (npm publish --dry-run: exit 0, no warnings)", async () => {
    // A placeholder token, only so npm does not warn that nobody is logged in: a dry run sends nothing.
    const npmrc = join(tmp, "npmrc");
    writeFileSync(npmrc, "//registry.npmjs.org/:_authToken=dry-run-placeholder\n");
    const publish = await run("npm", ["publish", "--dry-run", "--userconfig", npmrc], repo);
    expect(publish.code, failed("npm publish --dry-run", publish)).toBe(0);
    const warnings = `${publish.stdout}\n${publish.stderr}`.split("\n").filter((l) => /npm warn/i.test(l));
    expect(warnings).toEqual([]);
    expect(publish.stderr).toContain(`plagentic@${pkg.version}`);
  }, 60_000);
});

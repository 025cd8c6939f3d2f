import { mkdtemp, readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/loader.js";
import { scaffoldProject } from "../../src/config/scaffold.js";
import { packagePath } from "../../src/paths.js";
import { RefusedError } from "../../src/spec/errors.js";
import { listTeams } from "../../src/team/loader.js";

const tempDir = () => mkdtemp(join(tmpdir(), "plagentic-init-"));

/** A stand-in for the package, so these tests do not depend on files others are still writing. */
async function fakePackage(): Promise<string> {
  const root = await tempDir();
  await mkdir(join(root, "teams"));
  await mkdir(join(root, "environments"));
  await writeFile(join(root, "config.yaml"), "providers: { default: sandbox }\n");
  await writeFile(join(root, "teams", "a.yaml"), "team a\n");
  await writeFile(join(root, "teams", "b.yaml"), "team b\n");
  await writeFile(join(root, "teams", "notes.txt"), "not copied\n");
  await writeFile(join(root, "environments", "staging.yaml"), "environment: staging\n");
  await writeFile(join(root, "environments", "production.yaml"), "not copied\n");
  return root;
}

describe("scaffoldProject", () => {
  it("copies config, teams and the staging environment, returning the paths written", async () => {
    const from = await fakePackage();
    const dir = await tempDir();
    const written = await scaffoldProject(dir, { from });
    expect(written).toEqual([
      join(dir, "config.yaml"),
      join(dir, "teams/a.yaml"),
      join(dir, "teams/b.yaml"),
      join(dir, "environments/staging.yaml"),
    ]);
    expect(await readFile(join(dir, "teams/b.yaml"), "utf8")).toBe("team b\n");
    expect((await readdir(join(dir, "environments"))).sort()).toEqual(["staging.yaml"]);
  });

  it("refuses to overwrite, writing nothing, unless forced", async () => {
    const from = await fakePackage();
    const dir = await tempDir();
    await mkdir(join(dir, "teams"));
    await writeFile(join(dir, "teams/b.yaml"), "mine\n");
    const err = await scaffoldProject(dir, { from }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RefusedError);
    expect((err as Error).message).toBe(
      `refusing to overwrite existing file in ${dir}: teams/b.yaml (use --force to overwrite)`,
    );
    expect(await readdir(dir)).toEqual(["teams"]);
    expect(await readFile(join(dir, "teams/b.yaml"), "utf8")).toBe("mine\n");

    await scaffoldProject(dir, { from, force: true });
    expect(await readFile(join(dir, "teams/b.yaml"), "utf8")).toBe("team b\n");
  });

  it("scaffolds the real bundled files into a project that loads", async () => {
    const dir = await tempDir();
    const written = await scaffoldProject(dir, {});
    expect(written).toContain(join(dir, "environments/staging.yaml"));
    expect(written).toHaveLength(7);
    const config = parseConfig(
      await readFile(join(dir, "config.yaml"), "utf8"),
      join(dir, "config.yaml"),
      {},
    );
    expect(config.teamsDir).toBe(join(dir, "teams"));
    expect(await readFile(join(dir, "config.yaml"), "utf8")).toBe(
      await readFile(packagePath("config.yaml"), "utf8"),
    );
    const teams = await listTeams(config.teamsDir);
    expect(teams.map((t) => t.ok)).toEqual([true, true, true, true, true]);
    await expect(scaffoldProject(dir, {})).rejects.toBeInstanceOf(RefusedError);
  });
});

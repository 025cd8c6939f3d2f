/**
 * The image's entrypoint is `plagentic`, and the roadmap's `docker run ... plagentic plagentic run
 * ...` names it again: the built CLI takes a leading `plagentic` as that repetition, and runs the
 * same without it.
 */
import { execFile } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { makeProject } from "../helpers/project.js";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/plagentic.js");
const run = promisify(execFile);

describe("bin/plagentic.js under the image's entrypoint", () => {
  // As the image holds it: config.yaml and teams/ (the mounts) and the bundled environments.
  const p = makeProject();
  for (const path of ["config.yaml", "teams", "environments"])
    cpSync(join(root, path), join(p.dir, path), { recursive: true });
  afterAll(() => p.cleanup());

  it.each([
    ["docker run plagentic plagentic run ...", ["plagentic", "run"]],
    ["docker run plagentic run ...", ["run"]],
  ])("%s plans staging", async (_, head) => {
    const r = await run(
      process.execPath,
      [bin, ...head, "infrastructure-team", "-t", "Provision staging environment"],
      {
        cwd: p.dir,
        env: { PATH: process.env["PATH"], PLAGENTIC_DATA_DIR: join(p.dir, ".plagentic") },
      },
    );
    expect(r.stdout).toContain("to add");
  });

  it("drops only an exact, leading plagentic", async () => {
    await expect(run(process.execPath, [bin, "plagentic", "version"])).resolves.toMatchObject({
      stdout: expect.stringMatching(/^plagentic \d+\.\d+\.\d+\n$/),
    });
    const twice = run(process.execPath, [bin, "plagentic", "plagentic", "version"]);
    await expect(twice).rejects.toMatchObject({
      stderr: expect.stringContaining("unknown command 'plagentic'"),
    });
    const other = run(process.execPath, [bin, "Plagentic", "version"]);
    await expect(other).rejects.toMatchObject({
      stderr: expect.stringContaining("unknown command 'Plagentic'"),
    });
  });
});

/**
 * The Docker image, checked without a Docker engine: the runtime stage holds everything the
 * package needs, the build context does not leave it out, and the stage is non-root, labelled
 * and health-checked. scripts/image-replay.sh (a CI step) runs what this only reads.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkImage, parseDockerfile, runtimeCopies, runtimeNeeds, stages } from "./dockerfile-checks.js";

const root = new URL("../../", import.meta.url).pathname;
const dockerfile = readFileSync(`${root}Dockerfile`, "utf8");
const dockerignore = readFileSync(`${root}.dockerignore`, "utf8");
const needs = runtimeNeeds(root);

describe("the Dockerfile", () => {
  it("derives the needs from the package: bin, exports, the App's worker, data and teams", () => {
    expect(needs).toEqual(
      expect.arrayContaining([
        "bin/plagentic.js",
        "dist/lib/index.js",
        "dist/lib/plan/plan-worker.js",
        "data",
        "teams",
        "environments",
        "config.yaml",
        "node_modules",
        "package.json",
      ]),
    );
    expect(needs).not.toContain("dist");
  });

  it("copies all of them into a non-root, labelled, health-checked runtime stage", () => {
    expect(checkImage(dockerfile, dockerignore, needs)).toEqual([]);
  });

  it("builds on node:24-bookworm-slim in both stages and keeps only production dependencies", () => {
    const [build, runtime] = stages(parseDockerfile(dockerfile));
    expect(build![0]!.args).toMatch(/^node:24-bookworm-slim AS build$/);
    expect(runtime![0]!.args).toMatch(/^node:24-bookworm-slim\b/);
    const buildRuns = build!
      .filter((i) => i.keyword === "RUN")
      .map((i) => i.args)
      .join("\n");
    expect(buildRuns).toMatch(/python3 make g\+\+/);
    expect(buildRuns).toMatch(/npm ci/);
    expect(buildRuns).toMatch(/npm run build && npm prune --omit=dev/);
    expect(runtimeCopies(runtime!)).not.toContain("dist");
    expect(runtime!.some((i) => i.keyword === "USER" && i.args === "node")).toBe(true);
  });

  it("fails when a COPY line the runtime needs is removed", () => {
    const mutated = dockerfile.replace(/^COPY --from=build \/src\/teams \.\/teams\n/m, "");
    expect(mutated).not.toBe(dockerfile);
    expect(checkImage(mutated, dockerignore, needs)).toEqual(["the runtime stage does not copy teams"]);
    const noWorker = dockerfile.replace("/src/dist/lib ./dist/lib", "/src/dist/lib/cli ./dist/lib/cli");
    expect(checkImage(noWorker, dockerignore, needs)).toEqual(
      expect.arrayContaining(["the runtime stage does not copy dist/lib/plan/plan-worker.js"]),
    );
  });

  it("fails when .dockerignore keeps a needed file out of the build context", () => {
    expect(checkImage(dockerfile, dockerignore + "\ndata\n", needs)).toEqual([
      '.dockerignore pattern "data" keeps data out of the build context',
    ]);
    expect(checkImage(dockerfile, dockerignore + "\n*.yaml\n", needs)).toEqual([
      '.dockerignore pattern "*.yaml" keeps config.yaml out of the build context',
    ]);
  });

  it("fails for a single stage, root, no HEALTHCHECK or no OCI labels", () => {
    const runtimeOnly = dockerfile.slice(dockerfile.indexOf("FROM node:24-bookworm-slim AS runtime"));
    expect(checkImage(runtimeOnly, dockerignore, needs)).toContain(
      "not multi-stage: expected a build stage and a runtime stage",
    );
    expect(checkImage(dockerfile.replace(/^USER node$/m, "USER root"), dockerignore, needs)).toEqual([
      "the runtime stage runs as root",
    ]);
    const noHealth = dockerfile.replace(/^HEALTHCHECK[\s\S]*?\n(?=ENTRYPOINT)/m, "");
    expect(checkImage(noHealth, dockerignore, needs)).toContain(
      "no HEALTHCHECK on /healthz in the runtime stage",
    );
    const noSource = dockerfile.replace(/org\.opencontainers\.image\.source=/, "source=");
    expect(checkImage(noSource, dockerignore, needs)).toEqual([
      "no OCI label org.opencontainers.image.source",
    ]);
  });
});

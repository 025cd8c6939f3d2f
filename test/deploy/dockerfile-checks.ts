/**
 * What the Docker image's runtime stage must hold, derived from the package (bin, exports, files,
 * the App's worker) rather than kept as a second list, and the checks that the Dockerfile and
 * .dockerignore provide it. Pure functions over the files' text, so a test can run them on a
 * mutated copy and see them fail.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** Instructions with continuation lines joined; comments and blank lines dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i]!.trim();
    if (line === "" || line.startsWith("#")) continue;
    while (line.endsWith("\\") && i + 1 < lines.length) {
      const next = lines[++i]!.trim();
      line = line.slice(0, -1).trimEnd() + (next.startsWith("#") ? "" : " " + next);
    }
    const m = /^(\S+)\s*(.*)$/.exec(line)!;
    out.push({ keyword: m[1]!.toUpperCase(), args: m[2]!.replace(/\s+/g, " "), line: start });
  }
  return out;
}

/** The instructions of each stage, in order; the last is the runtime stage. */
export function stages(instructions: Instruction[]): Instruction[][] {
  const out: Instruction[][] = [];
  for (const i of instructions) {
    if (i.keyword === "FROM") out.push([]);
    out.at(-1)?.push(i);
  }
  return out;
}

/** Paths (relative to the package root) the installed package needs at run time. */
export function runtimeNeeds(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    bin: Record<string, string>;
    main: string;
    exports: Record<string, string | Record<string, string>>;
    files: string[];
  };
  const entries = [
    "package.json",
    "node_modules",
    ...Object.values(pkg.bin),
    pkg.main,
    ...Object.values(pkg.exports).flatMap((e) => (typeof e === "string" ? [e] : Object.values(e))),
    // The App's plan worker, loaded by path (src/app/server.ts defaultRunner), not by import.
    "dist/lib/plan/plan-worker.js",
    // Everything `files` ships (its `!` entries are exclusions, not paths), except the bundled
    // Action: a runner loads that, never the image.
    ...pkg.files.filter((f) => f !== "dist" && !f.startsWith("!")),
    "dist/lib",
  ];
  return [...new Set(entries.map((p) => p.replace(/^\.\//, "").replace(/\/$/, "")))].sort();
}

/** What the runtime stage copies from the build stage: `COPY --from=<stage> /src/<path> ./<path>`. */
export function runtimeCopies(runtime: Instruction[]): string[] {
  return runtime
    .filter((i) => i.keyword === "COPY" && /--from=/.test(i.args))
    .map((i) =>
      i.args
        .replace(/--\S+\s*/g, "")
        .split(" ")[1]!
        .replace(/^\.\//, ""),
    );
}

const covered = (path: string, copies: string[]): boolean =>
  copies.some((c) => path === c || path.startsWith(c + "/"));

/** A .dockerignore pattern excludes a path when it names the path or one of its folders. */
function ignored(path: string, patterns: string[]): string | undefined {
  const parts = path.split("/");
  return patterns.find((p) => {
    const re = new RegExp(
      "^" +
        p
          .replace(/^\//, "")
          .replace(/[.+^${}()|[\]]/g, "\\$&")
          .replace(/\*/g, "[^/]*") +
        "$",
    );
    return parts.some((_, n) => re.test(parts.slice(0, n + 1).join("/")));
  });
}

/** Every problem found; empty when the image holds what the package needs. */
export function checkImage(dockerfile: string, dockerignore: string, needs: string[]): string[] {
  const problems: string[] = [];
  const all = stages(parseDockerfile(dockerfile));
  if (all.length < 2) problems.push("not multi-stage: expected a build stage and a runtime stage");
  const runtime = all.at(-1) ?? [];
  const copies = runtimeCopies(runtime);
  for (const need of needs) {
    if (!covered(need, copies)) problems.push(`the runtime stage does not copy ${need}`);
  }
  const patterns = dockerignore
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#") && !l.startsWith("!"));
  // node_modules and dist are rebuilt inside the image, so leaving them out of the context is right.
  for (const need of needs.filter((n) => !/^(node_modules|dist)(\/|$)/.test(n))) {
    const by = ignored(need, patterns);
    if (by !== undefined)
      problems.push(`.dockerignore pattern "${by}" keeps ${need} out of the build context`);
  }
  const has = (keyword: string, re: RegExp = /./): boolean =>
    runtime.some((i) => i.keyword === keyword && re.test(i.args));
  const user = runtime.filter((i) => i.keyword === "USER").at(-1)?.args;
  if (user === undefined || /^(root|0)(:|$)/.test(user)) problems.push("the runtime stage runs as root");
  if (!has("HEALTHCHECK", /\/healthz/)) problems.push("no HEALTHCHECK on /healthz in the runtime stage");
  if (!has("HEALTHCHECK", /PORT/)) problems.push("the HEALTHCHECK ignores $PORT");
  for (const label of ["title", "description", "source", "licenses", "version"]) {
    if (!has("LABEL", new RegExp(`org\\.opencontainers\\.image\\.${label}=`)))
      problems.push(`no OCI label org.opencontainers.image.${label}`);
  }
  if (!has("ENV", /NODE_ENV=production/)) problems.push("NODE_ENV is not production");
  if (!has("WORKDIR", /^\/app$/)) problems.push("WORKDIR is not /app");
  if (!has("EXPOSE", /^3000$/)) problems.push("port 3000 is not exposed");
  if (!has("ENTRYPOINT", /plagentic/)) problems.push("the entrypoint is not plagentic");
  return problems;
}

#!/usr/bin/env node
// Thin launcher so the bin works straight from the committed build, with no compile step on install.
// The Node check runs before the CLI is imported: on an older Node, the CLI's own imports would fail
// first, with an error about some module instead of the version.
import { readFileSync } from "node:fs";

const { engines } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
// engines.node is ">=MAJOR.MINOR" (node:sqlite, the store's driver without better-sqlite3, is 22.5+).
const [needMajor, needMinor = 0] = /(\d+)(?:\.(\d+))?/
  .exec(engines.node)
  .slice(1)
  .filter(Boolean)
  .map(Number);
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  process.stderr.write(
    `plagentic needs Node.js ${needMajor}.${needMinor} or later; this is Node.js ${process.versions.node}.\n`,
  );
  process.exit(1);
}

// The container's entrypoint is `plagentic`, and the documented `docker run plagentic plagentic run ...`
// names the program again; a leading word that is exactly the program's name is that repetition.
const argv =
  process.argv[2] === "plagentic" ? [...process.argv.slice(0, 2), ...process.argv.slice(3)] : process.argv;

const { main } = await import("../dist/lib/cli/main.js");
process.exitCode = await main(argv);

// Builds the committed dist/: the library and CLI compiled by tsc into dist/lib. The output is
// deterministic so that CI can compare a fresh build with what is committed.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
rmSync(new URL("../dist/lib", import.meta.url), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.json"], {
  stdio: "inherit",
});

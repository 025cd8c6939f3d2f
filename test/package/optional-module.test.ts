/**
 * The optional-module helper: a missing optional package becomes one clear PlagenticError naming the
 * feature, the package and the install command; everything else passes through untouched. The
 * missing packages are real: a module in an empty temp directory imports them, so Node itself
 * reports them missing (nothing resolves from there, the repository's node_modules included).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  importOptional,
  MissingOptionalPackageError,
  missingPackage,
  OPTIONAL_FEATURES,
} from "../../src/optional-module.js";
import { PlagenticError } from "../../src/spec/errors.js";

const dir = mkdtempSync(join(tmpdir(), "plagentic-optional-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A module in a temp directory that imports `specifier`. It sits under a node_modules folder so that
 * vitest leaves it to Node (as dist/ is at run time); nothing above it has the optional packages.
 */
function importerOf(name: string, specifier: string): () => Promise<unknown> {
  const file = join(dir, "node_modules", "importers", `${name}.mjs`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `import ${JSON.stringify(specifier)};\nexport const loaded = true;\n`);
  return () => import(/* @vite-ignore */ pathToFileURL(file).href);
}

describe("importOptional", () => {
  it("names the feature, the missing package and the install command", async () => {
    const err = await importOptional("aws", importerOf("aws", "@aws-sdk/client-rds")).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MissingOptionalPackageError);
    expect(err).toBeInstanceOf(PlagenticError);
    const message = (err as Error).message;
    expect(message).toMatch(/^the aws provider needs @aws-sdk\/client-rds, which this install/);
    expect(message).toContain(`Install it with: npm install ${OPTIONAL_FEATURES.aws.packages.join(" ")}`);
    // No path from Node's message: only names from the table.
    expect(message).not.toContain(dir);
  });

  it("recognizes a subpath import of a listed package", async () => {
    const err = await importOptional(
      "mcpServer",
      importerOf("mcp", "@modelcontextprotocol/sdk/server/stdio.js"),
    ).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /^the MCP server \(plagentic mcp\) needs @modelcontextprotocol\/sdk,/,
    );
  });

  it("rethrows a missing package that is not one of the feature's", async () => {
    const err = await importOptional("app", importerOf("other", "@aws-sdk/client-ec2")).catch(
      (e: unknown) => e,
    );
    expect(err).not.toBeInstanceOf(PlagenticError);
    expect((err as NodeJS.ErrnoException).code).toBe("ERR_MODULE_NOT_FOUND");
  });

  it("rethrows a missing module of our own and any other failure", async () => {
    const own = await importOptional("app", importerOf("own", "./gone.mjs")).catch((e: unknown) => e);
    expect(own).not.toBeInstanceOf(PlagenticError);
    expect((own as NodeJS.ErrnoException).code).toBe("ERR_MODULE_NOT_FOUND");
    const boom = new Error("Cannot find package 'pino' (said by someone else)");
    await expect(importOptional("app", () => Promise.reject(boom))).rejects.toBe(boom);
  });

  it("returns the module when it loads", async () => {
    const mod = await importOptional("app", importerOf("fine", "node:path"));
    expect(mod).toMatchObject({ loaded: true });
  });

  it("reads CommonJS require's wording too", () => {
    const e = Object.assign(new Error("Cannot find module 'better-sqlite3'\nRequire stack: ..."), {
      code: "MODULE_NOT_FOUND",
    });
    expect(missingPackage(e, OPTIONAL_FEATURES.teamMemory.packages)).toBe("better-sqlite3");
    expect(missingPackage(e, OPTIONAL_FEATURES.app.packages)).toBeUndefined();
  });
});

describe("the table and package.json agree", () => {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    dependencies: Record<string, string>;
    optionalDependencies: Record<string, string>;
  };

  it("every package a feature loads is an optional dependency", () => {
    const listed = new Set<string>(Object.values(OPTIONAL_FEATURES).flatMap((f) => [...f.packages]));
    const notOptional = [...listed].filter((p) => !(p in pkg.optionalDependencies));
    expect(notOptional).toEqual([]);
  });

  it("every optional dependency belongs to a feature, so its absence is explained", () => {
    const listed = new Set<string>(Object.values(OPTIONAL_FEATURES).flatMap((f) => [...f.packages]));
    expect(Object.keys(pkg.optionalDependencies).filter((p) => !listed.has(p))).toEqual([]);
  });
});

import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  SpecError,
  formatNumber
} from "./chunk-WMOPTJPP.js";

// src/spec/repository-files.ts
import { createHash } from "node:crypto";
var RepositoryFileError = class extends Error {
  constructor(problem, path, reason) {
    super(`${path}: ${reason}`);
    this.problem = problem;
    this.path = path;
    this.reason = reason;
    this.name = "RepositoryFileError";
  }
  problem;
  path;
  reason;
};
function checkRepositoryPath(path) {
  if (path === "" || path.includes("\0"))
    throw new RepositoryFileError("missing", path, "is not a file name");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.startsWith("\\\\"))
    throw new RepositoryFileError(
      "absolute",
      path,
      "is an absolute path; name the file relative to the repository root (where config.yaml is)"
    );
  if (path.includes("\\"))
    throw new RepositoryFileError("escapes", path, "holds a backslash; separate directories with /");
  const parts = path.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes(".."))
    throw new RepositoryFileError("escapes", path, "leaves the repository (..); keep the file inside it");
  if (parts.length === 0)
    throw new RepositoryFileError("not-a-file", path, "is the repository root, not a file");
  return parts.join("/");
}
function tooLarge(path, bytes, maxBytes) {
  return new RepositoryFileError(
    "too-large",
    path,
    `is ${bytes > maxBytes ? `over ${formatNumber(maxBytes)}` : formatNumber(bytes)} bytes; the limit is ${formatNumber(maxBytes)} bytes`
  );
}
function fileHash(bytes) {
  return createHash("sha256").update(bytes).digest("base64");
}
function filesFromBytes(files) {
  return {
    async read(path, maxBytes) {
      const clean = checkRepositoryPath(path);
      const got = Object.hasOwn(files, clean) ? files[clean] : void 0;
      if (got === void 0)
        throw new RepositoryFileError("missing", path, "does not exist in the repository");
      if (!(got instanceof Uint8Array)) throw new RepositoryFileError(got.refused, path, got.reason);
      if (got.byteLength > maxBytes) throw tooLarge(path, got.byteLength, maxBytes);
      return got;
    }
  };
}
async function readAhead(files, wanted) {
  const out = {};
  for (const { path, maxBytes } of wanted) {
    const key = checkRepositoryPath(path);
    try {
      out[key] = await files.read(key, maxBytes);
    } catch (e) {
      if (!(e instanceof RepositoryFileError)) throw e;
      out[key] = { refused: e.problem, reason: e.reason };
    }
  }
  return out;
}
async function resolveRepositoryFiles(env, files) {
  const refs = env.unreadFiles ?? [];
  if (refs.length === 0) return { ...env, files };
  const hashes = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    if (hashes.has(`${ref.path}\0${ref.maxBytes}`)) continue;
    hashes.set(`${ref.path}\0${ref.maxBytes}`, fileHash(await readAt(files, ref)));
  }
  const byResource = /* @__PURE__ */ new Map();
  for (const ref of refs) byResource.set(ref.resource, [...byResource.get(ref.resource) ?? [], ref]);
  const resources = env.resources.map((r) => {
    const mine = byResource.get(`${r.type}.${r.name}`);
    if (!mine) return r;
    const attributes = { ...r.attributes };
    for (const ref of mine) attributes[ref.hashInto] = hashes.get(`${ref.path}\0${ref.maxBytes}`);
    return { ...r, attributes };
  });
  return { ...env, resources, unreadFiles: [], files };
}
async function readAt(files, ref) {
  try {
    return await files.read(ref.path, ref.maxBytes);
  } catch (e) {
    if (e instanceof RepositoryFileError) throw new SpecError(ref.location, ref.field, e.message);
    throw e;
  }
}

export {
  RepositoryFileError,
  checkRepositoryPath,
  tooLarge,
  fileHash,
  filesFromBytes,
  readAhead,
  resolveRepositoryFiles
};

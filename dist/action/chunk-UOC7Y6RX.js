import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  PlagenticError
} from "./chunk-WMOPTJPP.js";

// src/providers/omitted.ts
function omittedPaths(attributes, candidates) {
  return candidates.filter((path) => valueAt(attributes, path) === void 0);
}
function withoutPaths(attributes, paths) {
  const out = { ...attributes };
  for (const path of paths) {
    const parts = path.split(".");
    const last = parts.pop();
    let holder = out;
    let ok = true;
    for (const p of parts) {
      const next = holder[p];
      if (next === null || typeof next !== "object" || Array.isArray(next)) {
        ok = false;
        break;
      }
      const copy = { ...next };
      holder[p] = copy;
      holder = copy;
    }
    if (ok) delete holder[last];
  }
  return out;
}
function valueAt(attributes, path) {
  let current = attributes;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return void 0;
    current = current[part];
  }
  return current === null ? void 0 : current;
}

// src/providers/credentials.ts
var CLOUD_NAMES = { aws: "AWS", gcp: "GCP", azure: "Azure" };
var CredentialsError = class extends PlagenticError {
  constructor(cloud, tried, howTo, detail) {
    super(
      `no ${CLOUD_NAMES[cloud]} credentials found. Tried, in order: ${tried.join("; ")}. ${howTo} (${firstLine(detail)})`
    );
    this.cloud = cloud;
    this.tried = tried;
    this.howTo = howTo;
    this.detail = detail;
  }
  cloud;
  tried;
  howTo;
  detail;
};
function firstLine(text) {
  const line = text.split("\n", 1)[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
}

export {
  CredentialsError,
  omittedPaths,
  withoutPaths
};

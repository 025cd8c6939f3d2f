import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  PlagenticError
} from "./chunk-WMOPTJPP.js";

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
  CredentialsError
};

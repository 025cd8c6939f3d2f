import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);

// src/action/main.ts
import { readFile } from "node:fs/promises";

// src/github/command-line.ts
var PREFIX = "/plagentic";
function asciiLower(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return null;
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
  }
  return out;
}
function firstNonBlankLine(body) {
  let start = 0;
  while (start <= body.length) {
    const nl = body.indexOf("\n", start);
    const end = nl === -1 ? body.length : nl;
    const text = body.slice(start, end);
    if (text.trim() !== "") return { text, end };
    if (nl === -1) return null;
    start = nl + 1;
  }
  return null;
}
function addressedText(body) {
  const first = firstNonBlankLine(body);
  if (first === null) return null;
  const line = first.text.trim();
  if (line.length < PREFIX.length || asciiLower(line.slice(0, PREFIX.length)) !== PREFIX) return null;
  const after = line.slice(PREFIX.length);
  if (after !== "" && after[0] !== " " && after[0] !== "	") return null;
  return { rest: after.replace(/^[ \t]+/, ""), line, end: first.end };
}

// src/action/event-filter.ts
var HANDLED = {
  issue_comment: (p) => p?.action === "created" && typeof p?.comment?.body === "string" && addressedText(p.comment.body) !== null,
  // Changes requested and dismissals matter when applying on merge (github/merge-checks.ts).
  pull_request_review: (p) => p?.action === "submitted" && ["approved", "changes_requested"].includes(String(p?.review?.state).toLowerCase()) || p?.action === "dismissed",
  // Opened and reopened publish the checks of applying on merge (github/merge-checks.ts).
  pull_request: (p) => ["opened", "reopened", "synchronize", "closed"].includes(p?.action),
  issues: (p) => p?.action === "opened" && (p?.issue?.labels ?? []).some((l) => l?.name === "plagentic") || p?.action === "labeled" && p?.label?.name === "plagentic",
  // A tick (drift issues, scheduled tasks) when `command` is empty; that command otherwise.
  schedule: () => true,
  workflow_dispatch: () => true
};
function isForPlagentic(eventName, payload, commandInput) {
  if (commandInput.trim() !== "" && (eventName === "schedule" || eventName === "workflow_dispatch"))
    return true;
  return HANDLED[eventName]?.(payload) ?? false;
}
function isTerraformReviewEvent(eventName, payload) {
  if (eventName === "workflow_dispatch") return true;
  return eventName === "pull_request" && ["opened", "synchronize", "reopened"].includes(payload?.action);
}

// src/action/main.ts
async function runAction(io = { env: process.env }) {
  const env = io.env;
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  const eventPath = env["GITHUB_EVENT_PATH"];
  const payload = eventPath ? JSON.parse(await readFile(eventPath, "utf8")) : {};
  const command = (env["INPUT_COMMAND"] ?? "").trim();
  const terraformPlan = (env["INPUT_TERRAFORM-PLAN"] ?? "").trim();
  const reviewsTerraform = terraformPlan !== "" && isTerraformReviewEvent(eventName, payload);
  if (!reviewsTerraform && !isForPlagentic(eventName, payload, command)) {
    process.stdout.write(`Nothing for Plagentic in this ${eventName || "unknown"} event.
`);
    return;
  }
  const core = await import("./core-FNAHV6K2.js");
  const { runActionEvent } = await import("./run-event-SLYEPNBC.js");
  await runActionEvent(core, {
    env,
    eventName,
    payload,
    command,
    ...reviewsTerraform && { terraformPlan }
  });
}
function setOutputs(core, o) {
  core.setOutput("plan-hash", o.planHash ?? "");
  core.setOutput("has-changes", String(o.hasChanges ?? false));
  core.setOutput("monthly-cost-delta", o.monthlyCostDelta === void 0 ? "" : o.monthlyCostDelta.toFixed(2));
  core.setOutput("applied", String(o.applied));
}

export {
  PREFIX,
  asciiLower,
  addressedText,
  runAction,
  setOutputs
};

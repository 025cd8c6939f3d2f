import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);

// src/action/main.ts
import { readFile } from "node:fs/promises";

// src/action/event-filter.ts
var HANDLED = {
  issue_comment: (p) => p?.action === "created" && typeof p?.comment?.body === "string" && /^\s*\/plagentic(\s|$)/im.test(firstLine(p.comment.body)),
  pull_request_review: (p) => p?.action === "submitted" && String(p?.review?.state).toLowerCase() === "approved",
  pull_request: (p) => p?.action === "synchronize" || p?.action === "closed",
  issues: (p) => p?.action === "opened" && (p?.issue?.labels ?? []).some((l) => l?.name === "plagentic") || p?.action === "labeled" && p?.label?.name === "plagentic",
  schedule: () => true,
  workflow_dispatch: () => true
};
function isForPlagentic(eventName, payload, commandInput) {
  if (commandInput.trim() !== "" && (eventName === "schedule" || eventName === "workflow_dispatch"))
    return true;
  return HANDLED[eventName]?.(payload) ?? false;
}
function firstLine(body) {
  for (const line of body.split("\n", 50)) if (line.trim() !== "") return line.trim();
  return "";
}

// src/action/main.ts
async function runAction(io = { env: process.env }) {
  const env = io.env;
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  const eventPath = env["GITHUB_EVENT_PATH"];
  const payload = eventPath ? JSON.parse(await readFile(eventPath, "utf8")) : {};
  const command = (env["INPUT_COMMAND"] ?? "").trim();
  if (!isForPlagentic(eventName, payload, command)) {
    process.stdout.write(`Nothing for Plagentic in this ${eventName || "unknown"} event.
`);
    return;
  }
  const core = await import("./core-FNAHV6K2.js");
  const { runActionEvent } = await import("./run-event-ZYVWXGE7.js");
  await runActionEvent(core, { env, eventName, payload, command });
}
function setOutputs(core, o) {
  core.setOutput("plan-hash", o.planHash ?? "");
  core.setOutput("has-changes", String(o.hasChanges ?? false));
  core.setOutput("monthly-cost-delta", o.monthlyCostDelta === void 0 ? "" : o.monthlyCostDelta.toFixed(2));
  core.setOutput("applied", String(o.applied));
}

export {
  runAction,
  setOutputs
};

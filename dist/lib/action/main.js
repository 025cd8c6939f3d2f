/**
 * The GitHub Action: the same router as the App, fed from the runner's event file. An event that
 * is not for Plagentic exits before anything heavy (the router, LangChain, a cloud SDK) loads, so
 * ignoring a comment costs about as much as starting Node.
 */
import { readFile } from "node:fs/promises";
import { isForPlagentic, isTerraformReviewEvent } from "./event-filter.js";
export async function runAction(io = { env: process.env }) {
    const env = io.env;
    const eventName = env["GITHUB_EVENT_NAME"] ?? "";
    const eventPath = env["GITHUB_EVENT_PATH"];
    const payload = eventPath ? JSON.parse(await readFile(eventPath, "utf8")) : {};
    // Read like core.getInput does, without loading @actions/core for an event we ignore; outputs
    // stay empty then.
    const command = (env["INPUT_COMMAND"] ?? "").trim();
    const terraformPlan = (env["INPUT_TERRAFORM-PLAN"] ?? "").trim();
    const reviewsTerraform = terraformPlan !== "" && isTerraformReviewEvent(eventName, payload);
    if (!reviewsTerraform && !isForPlagentic(eventName, payload, command)) {
        process.stdout.write(`Nothing for Plagentic in this ${eventName || "unknown"} event.\n`);
        return;
    }
    const core = await import("@actions/core");
    const { runActionEvent } = await import("./run-event.js");
    await runActionEvent(core, {
        env,
        eventName,
        payload,
        command,
        ...(reviewsTerraform && { terraformPlan }),
    });
}
export function setOutputs(core, o) {
    core.setOutput("plan-hash", o.planHash ?? "");
    core.setOutput("has-changes", String(o.hasChanges ?? false));
    core.setOutput("monthly-cost-delta", o.monthlyCostDelta === undefined ? "" : o.monthlyCostDelta.toFixed(2));
    core.setOutput("applied", String(o.applied));
}

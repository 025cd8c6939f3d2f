/**
 * A cheap first look at an Actions event: is there anything for Plagentic to do? It imports only
 * the import-free comment prefix test the App's parser uses too, so that an ignored event never
 * loads the engine and the same comment gets the same answer from the App and the Action.
 */
import { addressedText } from "../github/command-line.js";
/* eslint-disable @typescript-eslint/no-explicit-any -- the event payload is read defensively */
const HANDLED = {
    issue_comment: (p) => p?.action === "created" && typeof p?.comment?.body === "string" && addressedText(p.comment.body) !== null,
    // Changes requested and dismissals matter when applying on merge (github/merge-checks.ts).
    pull_request_review: (p) => (p?.action === "submitted" &&
        ["approved", "changes_requested"].includes(String(p?.review?.state).toLowerCase())) ||
        p?.action === "dismissed",
    // Opened and reopened publish the checks of applying on merge (github/merge-checks.ts).
    pull_request: (p) => ["opened", "reopened", "synchronize", "closed"].includes(p?.action),
    issues: (p) => (p?.action === "opened" && (p?.issue?.labels ?? []).some((l) => l?.name === "plagentic")) ||
        (p?.action === "labeled" && p?.label?.name === "plagentic"),
    // A tick (drift issues, scheduled tasks) when `command` is empty; that command otherwise.
    schedule: () => true,
    workflow_dispatch: () => true,
};
export function isForPlagentic(eventName, payload, commandInput) {
    if (commandInput.trim() !== "" && (eventName === "schedule" || eventName === "workflow_dispatch"))
        return true;
    return HANDLED[eventName]?.(payload) ?? false;
}
/**
 * Events the `terraform-plan` input reviews on: a pull request opened or pushed to, or a dispatched
 * run. Other events go to the router as usual (a closed pull request still releases its locks).
 */
export function isTerraformReviewEvent(eventName, payload) {
    if (eventName === "workflow_dispatch")
        return true;
    return eventName === "pull_request" && ["opened", "synchronize", "reopened"].includes(payload?.action);
}

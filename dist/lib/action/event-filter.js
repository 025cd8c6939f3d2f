/**
 * A cheap first look at an Actions event: is there anything for Plagentic to do? Deliberately
 * imports nothing, so that an ignored event never loads the engine.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the event payload is read defensively */
const HANDLED = {
    issue_comment: (p) => p?.action === "created" &&
        typeof p?.comment?.body === "string" &&
        /^\s*\/plagentic(\s|$)/im.test(firstLine(p.comment.body)),
    pull_request_review: (p) => p?.action === "submitted" && String(p?.review?.state).toLowerCase() === "approved",
    pull_request: (p) => p?.action === "synchronize" || p?.action === "closed",
    issues: (p) => (p?.action === "opened" && (p?.issue?.labels ?? []).some((l) => l?.name === "plagentic")) ||
        (p?.action === "labeled" && p?.label?.name === "plagentic"),
    schedule: () => true,
    workflow_dispatch: () => true,
};
export function isForPlagentic(eventName, payload, commandInput) {
    if (commandInput.trim() !== "" && (eventName === "schedule" || eventName === "workflow_dispatch"))
        return true;
    return HANDLED[eventName]?.(payload) ?? false;
}
function firstLine(body) {
    for (const line of body.split("\n", 50))
        if (line.trim() !== "")
            return line.trim();
    return "";
}

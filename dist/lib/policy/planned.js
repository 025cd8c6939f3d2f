/** The plan's creates, updates and replacements by address. */
export function plannedChanges(ctx) {
    return new Map(ctx.changes.filter((c) => c.action !== "delete").map((c) => [c.address, c]));
}
/** A finding at the rule's level, or capped at a warning when `judged` is false. */
export function finding(address, message, judged) {
    return judged ? { address, message } : { address, message, level: "warn" };
}

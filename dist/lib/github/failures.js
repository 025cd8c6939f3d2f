/**
 * Errors a flow has already reported on the pull request (after releasing the lock it held), so
 * the router does not post a second reply for them but still marks the event failed.
 */
const reported = new WeakSet();
export function markReported(e) {
    if (typeof e === "object" && e !== null)
        reported.add(e);
}
export function wasReported(e) {
    return typeof e === "object" && e !== null && reported.has(e);
}
/**
 * Runs every step of reporting a failure, each on its own: one GitHub call failing must not keep
 * the others (the record, the deployment, the status, the reply) from being tried.
 */
export async function everyStep(steps, onError) {
    for (const step of steps) {
        try {
            await step();
        }
        catch (err) {
            onError(err);
        }
    }
}

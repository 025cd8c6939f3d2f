/**
 * Errors a flow has already reported on the pull request (after releasing the lock it held), so
 * the router does not post a second reply for them but still marks the event failed.
 */
const reported = new WeakSet<object>();

export function markReported(e: unknown): void {
  if (typeof e === "object" && e !== null) reported.add(e);
}

export function wasReported(e: unknown): boolean {
  return typeof e === "object" && e !== null && reported.has(e);
}

/**
 * Runs every step of reporting a failure, each on its own: one GitHub call failing must not keep
 * the others (the record, the deployment, the status, the reply) from being tried.
 */
export async function everyStep(
  steps: readonly (() => Promise<unknown>)[],
  onError: (err: unknown) => void,
): Promise<void> {
  for (const step of steps) {
    try {
      await step();
    } catch (err) {
      onError(err);
    }
  }
}

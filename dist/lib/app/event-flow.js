/** GitHub's delivery ids are UUIDs; this admits those and test ids, and nothing that reads as markup. */
const DELIVERY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const EVENT_NAME = /^[a-z_]{1,64}$/;
const ACTION = /^[a-z_]{1,64}$/;
/** GitHub's rules for owner and repository names, bounded. */
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
export class RefusedEvent extends Error {
}
export function eventFacts(event) {
    if (!DELIVERY_ID.test(event.id))
        throw new RefusedEvent("x-github-delivery is not a delivery id");
    if (!EVENT_NAME.test(event.name))
        throw new RefusedEvent("x-github-event is not an event name");
    const payload = (typeof event.payload === "object" && event.payload !== null ? event.payload : {});
    const action = typeof payload["action"] === "string" && ACTION.test(payload["action"]) ? payload["action"] : null;
    const fullName = payload["repository"]?.full_name;
    const repository = typeof fullName === "string" && REPOSITORY.test(fullName) ? fullName : null;
    const installation = payload["installation"]?.id;
    const key = repository ??
        (typeof installation === "number" && Number.isSafeInteger(installation)
            ? `installation:${installation}`
            : "no-repository");
    return { event: action ? `${event.name}.${action}` : event.name, repository, key };
}
/**
 * Records and queues a verified delivery. "duplicate" when any replica already took its id.
 * Throws when it could not be queued, after forgetting the id and auditing the failure, so the
 * intake answers 503 and GitHub's redelivery is taken.
 */
export async function acceptDelivery(state, event) {
    const facts = eventFacts(event);
    const audit = (kind) => state.audit.record({
        deliveryId: event.id,
        event: facts.event,
        repository: facts.repository,
        kind,
        replica: state.replicaId,
        attempt: 0,
    });
    if (!(await state.deliveries.firstSeen(event.id, event.name))) {
        await audit("duplicate");
        return "duplicate";
    }
    // Audited before the push: once queued, another replica may start it at once, and the trail
    // must read queued → started.
    await audit("queued");
    let queued;
    try {
        queued = await state.queue.push({
            id: event.id,
            name: event.name,
            payload: event.payload,
            key: facts.key,
        });
    }
    catch (e) {
        await state.deliveries.forget(event.id).catch(() => { });
        await audit("failed").catch(() => { });
        throw e;
    }
    // The queue knew the id although the delivery log did not (it was forgotten after a failed push).
    if (!queued)
        await audit("duplicate");
    return queued ? "queued" : "duplicate";
}
/**
 * Runs one queued event and audits it. A failure is logged and audited, never thrown: with
 * one job per key, a job the queue retried would hold back the repository's later events, and
 * a retry would act twice on a comment. Only a lost lease (the replica died) runs a job again.
 */
export async function runQueuedEvent(state, job, opts) {
    const facts = eventFacts(job);
    const audit = (kind) => state.audit.record({
        deliveryId: job.id,
        event: facts.event,
        repository: facts.repository,
        kind,
        replica: state.replicaId,
        attempt: job.attempt,
    });
    let ok = true;
    try {
        await audit("started");
        await opts.receive(job);
    }
    catch (e) {
        ok = false;
        opts.onError(job, e);
    }
    await audit(ok ? "finished" : "failed").catch((e) => opts.onError(job, e));
}
/** A job that lost its lease on every attempt and was given up (see pg-boss-queue.ts). */
export async function recordGivenUp(state, job, attempts) {
    const facts = eventFacts(job);
    await state.audit.record({
        deliveryId: job.id,
        event: facts.event,
        repository: facts.repository,
        kind: "failed",
        replica: state.replicaId,
        attempt: attempts,
    });
}

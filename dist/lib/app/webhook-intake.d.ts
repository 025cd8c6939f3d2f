/**
 * The webhook endpoint: read, verify, queue, answer; the handlers run later, from the queue, on
 * whichever replica takes the event. GitHub waits 10 s for an answer and an organisation's
 * installation can send bursts, so the answer waits for nothing but the signature check and the
 * enqueue: Probot's own middleware answers only after its handlers ran (it builds an Octokit per
 * event first), which made 100 simultaneous deliveries queue behind each other for hundreds of
 * milliseconds. An enqueue that fails is answered 503, so GitHub shows the delivery as failed and
 * it can be redelivered.
 *
 * What is refused, and how, follows @octokit/webhooks' middleware: 404 for other paths or
 * methods, 400 for missing headers, a bad signature or a body that is not JSON, 415 for another
 * content type, 413 for a body over GitHub's 25 MB cap.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
export interface WebhookEvent {
    id: string;
    name: string;
    payload: unknown;
}
export interface IntakeOptions {
    secret: string;
    /** Queues a verified event; the answer waits for it. A `RefusedEvent` is answered 400, anything else 503. */
    accept(event: WebhookEvent): Promise<void>;
    /** Where a failed enqueue is logged (GitHub is told only that it failed). */
    onError(event: WebhookEvent, error: unknown): void;
    maxBytes?: number;
}
export declare function webhookIntake(opts: IntakeOptions): (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The webhook endpoint: read, verify, answer, and only then hand the event to Probot. GitHub waits
 * 10 s for an answer and an organisation's installation can send bursts, so the answer must not
 * wait for anything but the signature check: Probot's own middleware answers only after its
 * handlers ran (it builds an Octokit per event first), which made 100 simultaneous deliveries
 * queue behind each other for hundreds of milliseconds.
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
    /** Runs the event's handlers; called after the answer was sent. */
    receive(event: WebhookEvent): Promise<void>;
    /** Where a failure after the answer goes (it can no longer reach GitHub). */
    onError(event: WebhookEvent, error: unknown): void;
    maxBytes?: number;
}
export declare function webhookIntake(opts: IntakeOptions): (req: IncomingMessage, res: ServerResponse) => void;

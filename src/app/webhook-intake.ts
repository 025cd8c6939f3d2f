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
import { verify } from "@octokit/webhooks-methods";
import { RefusedEvent } from "./event-flow.js";

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

/** GitHub caps payloads at 25 MB. */
const MAX_BYTES = 25 * 1024 * 1024;

export function webhookIntake(opts: IntakeOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const maxBytes = opts.maxBytes ?? MAX_BYTES;
  return (req, res) => {
    if (req.method !== "POST") return answer(res, 404, "not found");
    const name = header(req, "x-github-event");
    const id = header(req, "x-github-delivery");
    const signature = header(req, "x-hub-signature-256");
    const missing = [
      ...(name ? [] : ["x-github-event"]),
      ...(id ? [] : ["x-github-delivery"]),
      ...(signature ? [] : ["x-hub-signature-256"]),
    ];
    if (missing.length > 0) return answer(res, 400, `required headers missing: ${missing.join(", ")}`);
    if (!/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
      return answer(res, 415, "content-type must be application/json");

    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        answer(res, 413, "payload too large");
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (refused) return;
      const body = Buffer.concat(chunks).toString("utf8");
      void verify(opts.secret, body, signature!).then(
        (valid) => {
          if (!valid) return answer(res, 400, "signature does not match event payload and secret");
          let payload: unknown;
          try {
            payload = JSON.parse(body);
          } catch {
            return answer(res, 400, "payload is not JSON");
          }
          const event: WebhookEvent = { id: id!, name: name!, payload };
          opts.accept(event).then(
            () => answer(res, 202, "accepted"),
            (e: unknown) => {
              if (e instanceof RefusedEvent) return answer(res, 400, e.message);
              opts.onError(event, e);
              answer(res, 503, "the event could not be queued; redeliver it");
            },
          );
        },
        () => answer(res, 400, "signature does not match event payload and secret"),
      );
    });
    req.on("error", () => answer(res, 400, "the request broke off"));
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function answer(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ message }));
}

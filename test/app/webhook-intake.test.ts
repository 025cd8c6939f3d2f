/**
 * The webhook endpoint answers as soon as the signature checks out and the event is queued (the
 * handlers run later, from the queue), answers 503 when it cannot be queued, and refuses what
 * @octokit/webhooks' middleware refuses.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sign } from "@octokit/webhooks-methods";
import { afterEach, describe, expect, it } from "vitest";
import { RefusedEvent } from "../../src/app/event-flow.js";
import { webhookIntake, type WebhookEvent } from "../../src/app/webhook-intake.js";

const SECRET = "intake-secret";
let server: Server;
let url: string;
const received: WebhookEvent[] = [];
const failures: unknown[] = [];
/** What the next enqueue does: take the event, or fail as a database that is down would. */
let enqueue: (event: WebhookEvent) => Promise<void>;

async function start(maxBytes?: number) {
  received.length = 0;
  failures.length = 0;
  enqueue = (event) => {
    received.push(event);
    return Promise.resolve();
  };
  server = createServer(
    webhookIntake({
      secret: SECRET,
      accept: (event) => enqueue(event),
      onError: (_event, e) => failures.push(e),
      ...(maxBytes !== undefined && { maxBytes }),
    }),
  );
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

afterEach(async () => {
  await new Promise((ok) => server.close(ok));
});

async function post(body: string, headers: Record<string, string>) {
  const res = await fetch(url, { method: "POST", headers, body });
  return { status: res.status, message: ((await res.json()) as { message: string }).message };
}

const headersFor = async (body: string, extra: Record<string, string> = {}) => ({
  "content-type": "application/json",
  "x-github-event": "issue_comment",
  "x-github-delivery": "d-1",
  "x-hub-signature-256": await sign(SECRET, body),
  ...extra,
});

describe("webhookIntake", () => {
  it("queues the verified event, then answers 202", async () => {
    await start();
    const body = JSON.stringify({ action: "created" });
    expect(await post(body, await headersFor(body))).toEqual({ status: 202, message: "accepted" });
    expect(received).toEqual([{ id: "d-1", name: "issue_comment", payload: { action: "created" } }]);
  });

  it("answers 503 when the event cannot be queued, and 400 for an event it refuses", async () => {
    await start();
    const body = JSON.stringify({ action: "created" });
    enqueue = () => Promise.reject(new Error("connection refused"));
    expect(await post(body, await headersFor(body))).toEqual({
      status: 503,
      message: "the event could not be queued; redeliver it",
    });
    expect(String(failures[0])).toMatch(/connection refused/);
    enqueue = () => Promise.reject(new RefusedEvent("x-github-delivery is not a delivery id"));
    expect(await post(body, await headersFor(body))).toEqual({
      status: 400,
      message: "x-github-delivery is not a delivery id",
    });
    expect(failures).toHaveLength(1);
  });

  it("refuses a bad signature, missing headers, another content type, non-JSON and an oversized body", async () => {
    await start(64);
    const body = JSON.stringify({ action: "created" });
    const good = await headersFor(body);
    expect((await post(body, { ...good, "x-hub-signature-256": `sha256=${"0".repeat(64)}` })).status).toBe(
      400,
    );
    const { ["x-github-event"]: _e, ...noEvent } = good;
    expect(await post(body, noEvent)).toEqual({
      status: 400,
      message: "required headers missing: x-github-event",
    });
    expect((await post(body, { ...good, "content-type": "application/x-www-form-urlencoded" })).status).toBe(
      415,
    );
    expect((await post("not json", await headersFor("not json"))).status).toBe(400);
    const big = JSON.stringify({ padding: "x".repeat(200) });
    expect((await post(big, await headersFor(big))).status).toBe(413);
    expect(received).toEqual([]);
  });
});

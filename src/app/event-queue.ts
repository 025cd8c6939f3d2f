/**
 * The queue between the webhook intake and the handlers. It carries events, not closures, so that
 * with a shared database any replica can run what another one received. Two implementations:
 * `memoryEventQueue` here (one process, the SQLite store) and pg-boss on PostgreSQL
 * (pg-boss-queue.ts). Both run one event per key at a time, in the order queued.
 */
import type { WebhookEvent } from "./webhook-intake.js";
import { createWorkQueue } from "./work-queue.js";

export interface QueuedEvent extends WebhookEvent {
  /** The repository (`owner/repo`), or a key of its own for events about none. */
  key: string;
}

export interface RunningEvent extends QueuedEvent {
  /** 0 for the first run; more when another replica's lease on it expired (a takeover). */
  attempt: number;
}

/** Runs one event. It must not throw for a job that merely failed; see `runQueuedEvent`. */
export type EventHandler = (event: RunningEvent) => Promise<void>;

export interface EventQueue {
  /** Queues the event; false when an event with its id is already queued (a redelivery). */
  push(event: QueuedEvent): Promise<boolean>;
  /** Starts taking events; called once, before the first push is answered. */
  work(handle: EventHandler): Promise<void>;
  /** Events queued or running in this process. */
  size(): number;
  /** Stops taking events and waits (bounded) for running ones; returns whether they all ended. */
  close(timeoutMs: number): Promise<boolean>;
}

export function memoryEventQueue(opts: {
  concurrency: number;
  onError: (key: string, e: unknown) => void;
}): EventQueue {
  const queue = createWorkQueue(opts);
  const ids = new Set<string>();
  let handler: EventHandler | undefined;
  return {
    push(event) {
      if (!handler)
        return Promise.reject(new Error("the event queue takes no events before work() is called"));
      if (ids.has(event.id)) return Promise.resolve(false);
      ids.add(event.id);
      const handle = handler;
      queue.push(event.key, () => handle({ ...event, attempt: 0 }).finally(() => ids.delete(event.id)));
      return Promise.resolve(true);
    },
    work(handle) {
      handler = handle;
      return Promise.resolve();
    },
    size: () => queue.size(),
    close: (timeoutMs) => queue.drain(timeoutMs),
  };
}

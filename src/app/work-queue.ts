/**
 * Work off the request path: webhooks are acknowledged at once and their work runs here, one job
 * at a time per key (a repository, so one environment is never planned and applied concurrently)
 * and at most `concurrency` jobs in all.
 */
export interface WorkQueue {
  push(key: string, job: () => Promise<void>): void;
  /** Jobs queued or running. */
  size(): number;
  /** Resolves when nothing is queued or running (or after `timeoutMs`); returns whether it drained. */
  drain(timeoutMs?: number): Promise<boolean>;
}

export function createWorkQueue(opts: {
  concurrency: number;
  onError: (key: string, e: unknown) => void;
}): WorkQueue {
  const pending = new Map<string, (() => Promise<void>)[]>();
  const busy = new Set<string>();
  const ready: string[] = [];
  let running = 0;
  let waiters: (() => void)[] = [];

  const size = () => running + [...pending.values()].reduce((n, q) => n + q.length, 0);
  const settle = () => {
    if (size() === 0) {
      for (const w of waiters) w();
      waiters = [];
    }
  };
  const pump = () => {
    while (running < opts.concurrency && ready.length > 0) {
      const key = ready.shift()!;
      const job = pending.get(key)?.shift();
      if (!job) continue;
      if (pending.get(key)?.length === 0) pending.delete(key);
      busy.add(key);
      running++;
      void job()
        .catch((e: unknown) => opts.onError(key, e))
        .finally(() => {
          running--;
          busy.delete(key);
          if (pending.has(key)) ready.push(key);
          pump();
          settle();
        });
    }
  };

  return {
    push(key, job) {
      const q = pending.get(key) ?? [];
      q.push(job);
      pending.set(key, q);
      if (!busy.has(key) && !ready.includes(key)) ready.push(key);
      pump();
    },
    size,
    drain(timeoutMs = 30_000) {
      if (size() === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}

import { describe, expect, it } from "vitest";
import { createWorkQueue } from "../../src/app/work-queue.js";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("work queue", () => {
  it("runs one job at a time per key, in order, and several keys side by side", async () => {
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const q = createWorkQueue({ concurrency: 2, onError: () => {} });
    const job = (name: string) => async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running--;
    };
    q.push("a", job("a1"));
    q.push("a", job("a2"));
    q.push("b", job("b1"));
    q.push("c", job("c1"));
    expect(q.size()).toBe(4);
    expect(await q.drain(5_000)).toBe(true);
    expect(maxRunning).toBe(2);
    expect(log.indexOf("end a1")).toBeLessThan(log.indexOf("start a2"));
    expect(log.filter((l) => l.startsWith("end"))).toHaveLength(4);
    expect(q.size()).toBe(0);
  });

  it("reports a failing job and carries on", async () => {
    const errors: string[] = [];
    const q = createWorkQueue({
      concurrency: 1,
      onError: (key, e) => errors.push(`${key}: ${(e as Error).message}`),
    });
    let after = false;
    q.push("a", async () => {
      throw new Error("boom");
    });
    q.push("a", async () => {
      after = true;
    });
    await q.drain();
    expect(errors).toEqual(["a: boom"]);
    expect(after).toBe(true);
  });

  it("drain gives up after its timeout", async () => {
    const q = createWorkQueue({ concurrency: 1, onError: () => {} });
    let release!: () => void;
    q.push("a", () => new Promise<void>((r) => (release = r)));
    expect(await q.drain(20)).toBe(false);
    release();
    expect(await q.drain(1_000)).toBe(true);
  });
});

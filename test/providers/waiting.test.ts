/**
 * BatchPoller: every wait in flight shares one describe per poll, and each keeps its own check,
 * time limit and progress line.
 */
import { describe, expect, it } from "vitest";
import { ProviderOperationError } from "../../src/providers/provider.js";
import { BatchPoller, type WaitClock } from "../../src/providers/waiting.js";

/** A virtual clock: each sleep moves it on and yields to the event loop. */
function clock(timeoutMs = 60_000): WaitClock & { t: number; lines: string[] } {
  const c = {
    t: 0,
    lines: [] as string[],
    pollIntervalMs: 3000,
    timeoutMs,
    now: () => c.t,
    sleep: async (ms: number) => {
      c.t += ms;
      await new Promise((r) => setTimeout(r, 0));
    },
    progress: (line: string) => c.lines.push(line),
  };
  return c;
}

describe("BatchPoller", () => {
  it("covers every id still waited on with one describe per poll, in chunks", async () => {
    const asked: string[][] = [];
    const poller = new BatchPoller<string>(
      clock(),
      async (ids) => {
        asked.push(ids);
        return new Map(ids.map((id) => [id, "ready"]));
      },
      2,
    );
    const got = await Promise.all(["a", "b", "c", "a"].map((id) => poller.wait(id, id, (s) => s && id)));
    expect(got).toEqual(["a", "b", "c", "a"]);
    // Four waits on three ids, at most two ids a call: one poll of two calls.
    expect(asked).toEqual([["a", "b"], ["c"]]);
  });

  it("resolves each waiter when its own check passes, dropping it from later polls", async () => {
    const c = clock();
    const asked: string[][] = [];
    const readyAt: Record<string, number> = { fast: 3000, slow: 9000 };
    const poller = new BatchPoller<string>(c, async (ids) => {
      asked.push(ids);
      return new Map(ids.map((id) => [id, c.t >= readyAt[id]! ? "ready" : "pending"]));
    });
    const fast = poller.wait("fast", "fast", (s) => (s === "ready" ? c.t : undefined));
    const slow = poller.wait("slow", "slow", (s) => (s === "ready" ? c.t : undefined));
    expect(await Promise.all([fast, slow])).toEqual([3000, 9000]);
    expect(asked).toEqual([["fast", "slow"], ["slow"], ["slow"]]);
  });

  it("treats an id the cloud does not list yet as not ready", async () => {
    const c = clock();
    let polls = 0;
    const poller = new BatchPoller<string>(c, async () => new Map(++polls < 3 ? [] : [["i-1", "running"]]));
    expect(await poller.wait("i-1", "i-1 to run", (s) => s)).toBe("running");
    expect(polls).toBe(3);
  });

  it("rejects only the waiter whose check throws, and every waiter of a failed describe", async () => {
    const c = clock();
    let fail = false;
    const poller = new BatchPoller<string>(c, async (ids) => {
      if (fail) throw new Error("Throttling");
      return new Map(ids.map((id) => [id, id === "dead" ? "terminated" : "pending"]));
    });
    const dead = poller.wait("dead", "dead", (s) => {
      if (s === "terminated") throw new ProviderOperationError("InstanceTerminated", "dead is terminated");
      return undefined;
    });
    const alive = poller.wait("alive", "alive", () => undefined);
    await expect(dead).rejects.toThrow("dead is terminated");
    fail = true;
    await expect(alive).rejects.toThrow("Throttling");
  });

  it("gives up on a waiter after the time limit, naming it, with progress lines meanwhile", async () => {
    const c = clock(30_000);
    const poller = new BatchPoller<string>(c, async () => new Map());
    const err = await poller.wait("i-9", "i-9 to be running", () => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderOperationError);
    expect(err).toMatchObject({
      code: "Timeout",
      message: "gave up waiting for i-9 to be running after 30 s",
    });
    expect(c.lines).toEqual([
      "still waiting for i-9 to be running (12 s)",
      "still waiting for i-9 to be running (24 s)",
    ]);
  });

  it("lets a wait that starts while others are under way join their next poll", async () => {
    const c = clock();
    const asked: string[][] = [];
    let second: Promise<number> | undefined;
    const poller = new BatchPoller<number>(c, async (ids) => {
      asked.push(ids);
      second ??= poller.wait("b", "b", (t) => t);
      return new Map(ids.map((id) => [id, c.t]));
    });
    const first = await poller.wait("a", "a", (t) => (t !== undefined && t >= 6000 ? t : undefined));
    expect([first, await second]).toEqual([6000, 6000]);
    expect(asked).toEqual([["a"], ["a", "b"]]);
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDeliveryLog } from "../../src/github/deliveries.js";
import { openStore, type Store } from "../../src/store/store.js";

describe("webhook delivery log", () => {
  let dir: string;
  const opened: Store[] = [];
  const open = (): Store => {
    const store = openStore(join(dir, "app.db"));
    opened.push(store);
    return store;
  };
  let time: Date;
  const clock = () => time;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plagentic-deliveries-"));
    time = new Date("2024-05-01T12:00:00.000Z");
  });
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("says first only once per delivery id, whatever the event", () => {
    const log = createDeliveryLog(open(), clock);
    expect(log.firstSeen("d-1", "issue_comment")).toBe(true);
    expect(log.firstSeen("d-1", "issue_comment")).toBe(false);
    expect(log.firstSeen("d-1", "pull_request")).toBe(false);
    expect(log.firstSeen("d-2", "issue_comment")).toBe(true);
  });

  it("remembers deliveries across a store reopen and between two logs on one file", () => {
    const first = open();
    expect(createDeliveryLog(first, clock).firstSeen("d-1", "push")).toBe(true);
    const second = createDeliveryLog(open(), clock);
    expect(second.firstSeen("d-1", "push")).toBe(false);
    first.close();
    expect(createDeliveryLog(open(), clock).firstSeen("d-1", "push")).toBe(false);
    const rows = opened[2]!.db.prepare("SELECT id, event, received_at FROM github_deliveries").all();
    expect(rows).toEqual([{ id: "d-1", event: "push", received_at: "2024-05-01T12:00:00.000Z" }]);
  });

  it("prunes deliveries older than the given number of days", () => {
    const log = createDeliveryLog(open(), clock);
    log.firstSeen("old", "push");
    time = new Date("2024-05-05T12:00:00.000Z");
    log.firstSeen("recent", "push");
    time = new Date("2024-05-08T13:00:00.000Z");
    expect(log.prune(7)).toBe(1);
    expect(log.firstSeen("old", "push")).toBe(true);
    expect(log.firstSeen("recent", "push")).toBe(false);
    expect(log.prune(0)).toBe(1);
    expect(() => log.prune(-1)).toThrow(/-1 days/);
  });

  it("refuses a delivery without an id", () => {
    expect(() => createDeliveryLog(open(), clock).firstSeen("", "push")).toThrow(/without an id/);
  });
});

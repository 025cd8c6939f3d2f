/**
 * The embedded App state (SQLite `app.db` and the in-process queue) and the replica settings:
 * the audit trail the replica tests read, redeliveries refused, hostile event fields kept out,
 * and every bad setting refused by name without echoing a secret.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openAppState } from "../../src/app/app-state.js";
import { readAuditEvents } from "../../src/app/audit-trail.js";
import { acceptDelivery, RefusedEvent, runQueuedEvent } from "../../src/app/event-flow.js";
import { replicaSettings } from "../../src/app/replica-settings.js";

describe("the SQLite app state", () => {
  it("queues per repository, refuses a redelivery, audits each step in app.db and keeps approved changes", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "plagentic-state-"));
    try {
      const state = await openAppState({
        dataDir,
        settings: replicaSettings({ PLAGENTIC_REPLICA_ID: "solo" }),
        concurrency: 2,
        onError: (_w, e) => {
          throw e;
        },
      });
      const ran: string[] = [];
      await state.queue.work((job) =>
        runQueuedEvent(state, job, {
          receive: async (j) => {
            ran.push(j.id);
            if (j.id === "boom") throw new Error("handler failed");
          },
          onError: () => {},
        }),
      );
      const repo = { action: "created", repository: { full_name: "acme/infra" } };
      expect(await acceptDelivery(state, { id: "d-1", name: "issue_comment", payload: repo })).toBe("queued");
      expect(await acceptDelivery(state, { id: "d-1", name: "issue_comment", payload: repo })).toBe(
        "duplicate",
      );
      expect(await acceptDelivery(state, { id: "boom", name: "issues", payload: { action: "opened" } })).toBe(
        "queued",
      );
      await expect(
        acceptDelivery(state, { id: "<!-- plagentic:plan -->", name: "issue_comment", payload: repo }),
      ).rejects.toThrow(RefusedEvent);
      await expect(
        acceptDelivery(state, { id: "d-2", name: "Issue Comment", payload: repo }),
      ).rejects.toThrow(RefusedEvent);
      const key = { repository: "acme/infra", environment: "staging", planHash: "h1" };
      await state.approvedChanges.put(key, ["a"]);
      await state.approvedChanges.put(key, ["b"]);
      expect(await state.approvedChanges.get(key)).toEqual(["a"]);
      expect(await state.close(5_000)).toBe(true);
      expect(ran.sort()).toEqual(["boom", "d-1"]);

      const audit = await readAuditEvents({ dataDir });
      const of = (id: string) => audit.filter((e) => e.deliveryId === id).map((e) => e.kind);
      // The redelivery is audited whenever it came, beside the first delivery's run.
      expect(of("d-1").filter((k) => k !== "duplicate")).toEqual(["queued", "started", "finished"]);
      expect(of("d-1").filter((k) => k === "duplicate")).toHaveLength(1);
      expect(of("boom")).toEqual(["queued", "started", "failed"]);
      expect(audit.find((e) => e.deliveryId === "boom")).toMatchObject({
        event: "issues.opened",
        repository: null,
        replica: "solo",
        attempt: 0,
      });
      expect(audit.every((e) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(e.at))).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("replica settings", () => {
  it("defaults the lease to 30 s and the replica id to host:pid", () => {
    const s = replicaSettings({}, 4242);
    expect(s).toMatchObject({ leaseSeconds: 30 });
    expect(s.replicaId).toMatch(/^[A-Za-z0-9._-]+:4242$/);
    expect(s.database).toBeUndefined();
  });

  it.each(["9", "61", "30.5", "abc", " 30", "1e1"])("refuses the lease %j", (raw) => {
    expect(() => replicaSettings({ PLAGENTIC_JOB_LEASE_SECONDS: raw })).toThrow(
      /PLAGENTIC_JOB_LEASE_SECONDS must be a whole number from 10 to 60/,
    );
  });

  it("accepts leases from 10 to 60", () => {
    expect(replicaSettings({ PLAGENTIC_JOB_LEASE_SECONDS: "10" }).leaseSeconds).toBe(10);
    expect(replicaSettings({ PLAGENTIC_JOB_LEASE_SECONDS: "60" }).leaseSeconds).toBe(60);
  });

  it.each(["a b", "-x", "x\ny", "<!-- plagentic -->", "x".repeat(101)])(
    "refuses the replica id %j",
    (raw) => {
      expect(() => replicaSettings({ PLAGENTIC_REPLICA_ID: raw })).toThrow(/PLAGENTIC_REPLICA_ID must be/);
    },
  );

  it("reads the database URL's host and secrets, and refuses a bad URL without echoing it", () => {
    const s = replicaSettings({
      PLAGENTIC_DATABASE_URL: "postgres://app:p%40ss-word@db.internal:6432/plagentic",
    });
    expect(s.database).toMatchObject({ host: "db.internal:6432" });
    expect(s.database!.secrets).toEqual(
      expect.arrayContaining(["p@ss-word", "postgres://app:p%40ss-word@db.internal:6432/plagentic"]),
    );
    for (const bad of ["not a url hunter2-pw", "mysql://u:hunter2-pw@h/db"]) {
      let message = "";
      try {
        replicaSettings({ PLAGENTIC_DATABASE_URL: bad });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/^PLAGENTIC_DATABASE_URL /);
      expect(message).not.toContain("hunter2-pw");
    }
  });
});

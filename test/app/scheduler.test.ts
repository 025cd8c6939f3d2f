/**
 * The App's scheduler: when a tick is due (a fake clock), what it queues, and, against the fake
 * GitHub with a real Probot, that a tick it queues opens the drift issue and that two replicas'
 * schedulers on one state queue a tick once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acceptDelivery } from "../../src/app/event-flow.js";
import { probotScheduleSource } from "../../src/app/schedule-source.js";
import { startScheduler } from "../../src/app/scheduler-start.js";
import { startServer } from "../../src/app/server.js";
import {
  createScheduler,
  dueTick,
  scheduleDeliveryId,
  type ScheduleSource,
  type ScheduledRepository,
} from "../../src/app/scheduler.js";
import type { WebhookEvent } from "../../src/app/webhook-intake.js";
import { applyStaging, driftSpec, tamper } from "../helpers/drift.js";
import { startFakeGitHub } from "../helpers/fake-github.js";
import { OWNER, privateKey, REPO, startApp, type AppHarness } from "../helpers/github-app.js";

const at = (hh: number, mm: number, ss = 0) => new Date(Date.UTC(2026, 0, 1, hh, mm, ss));
const silent = { info: () => {}, warn: () => {}, error: () => {} };

describe("when a tick is due", () => {
  it("fires on the drift cron within (from, to], once", () => {
    const s = { drift: "0 6 * * *", hourly: false };
    expect(dueTick(s, at(5, 59), at(6, 0))).toEqual({ at: at(6, 0), drift: true });
    expect(dueTick(s, at(6, 0), at(6, 1))).toBeNull(); // the interval is open at its start
    expect(dueTick(s, at(5, 0), at(5, 59))).toBeNull();
  });

  it("ticks hourly without a drift check for preview TTLs, and not at all otherwise", () => {
    expect(dueTick({ hourly: true }, at(6, 59, 30), at(7, 0, 10))).toEqual({ at: at(7, 0), drift: false });
    expect(dueTick({ hourly: true }, at(7, 0, 10), at(7, 1, 10))).toBeNull();
    expect(dueTick({ hourly: false }, at(6, 59), at(7, 1))).toBeNull();
  });

  it("derives the same delivery id from the repository and due time, and a different one otherwise", () => {
    const id = scheduleDeliveryId("acme/infra", at(6, 0));
    expect(id).toBe(scheduleDeliveryId("acme/infra", at(6, 0)));
    expect(id).not.toBe(scheduleDeliveryId("acme/infra", at(7, 0)));
    expect(id).not.toBe(scheduleDeliveryId("acme/other", at(6, 0)));
    expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/);
  });

  it("queues due ticks minute by minute, caches configs for the refresh period, and skips an unreadable one", async () => {
    let now = at(5, 58, 30);
    const repos: ScheduledRepository[] = [
      { installationId: 7, owner: "acme", name: "infra" },
      { installationId: 7, owner: "acme", name: "broken" },
    ];
    let reads = 0;
    const warnings: string[] = [];
    const source: ScheduleSource = {
      repositories: async () => repos,
      schedule: async (repo) => {
        reads++;
        if (repo.name === "broken") throw new Error("config.yaml: invalid YAML");
        return { drift: "0 6 * * *", hourly: false };
      },
    };
    const queued: WebhookEvent[] = [];
    const scheduler = createScheduler({
      source,
      accept: async (e) => void queued.push(e),
      now: () => now,
      refreshSeconds: 300,
      log: { ...silent, warn: (m) => warnings.push(m) },
    });
    now = at(5, 59, 30);
    expect(await scheduler.check()).toBe(0);
    now = at(6, 0, 30);
    expect(await scheduler.check()).toBe(1);
    now = at(6, 1, 30);
    expect(await scheduler.check()).toBe(0);
    expect(reads).toBe(2); // one read per repository within the refresh period
    expect(warnings[0]).toMatch(/acme\/broken could not be read/);
    expect(queued).toEqual([
      {
        id: scheduleDeliveryId("acme/infra", at(6, 0)),
        name: "schedule",
        payload: {
          action: "tick",
          schedule: { at: at(6, 0).toISOString(), drift: true },
          repository: { full_name: "acme/infra", name: "infra", owner: { login: "acme" } },
          installation: { id: 7 },
        },
      },
    ]);
    now = at(6, 7, 0);
    await scheduler.check();
    expect(reads).toBe(4); // refreshed
  });

  it("is off with PLAGENTIC_SCHEDULER=off", () => {
    const off = startScheduler({
      env: { PLAGENTIC_SCHEDULER: "off" },
      probot: undefined as never,
      dataDir: "/nowhere",
      state: undefined as never,
      log: silent,
    });
    expect(off).toBeNull();
  });
});

describe("the scheduler against GitHub", () => {
  let h: AppHarness;
  afterEach(async () => {
    expect(h.errors).toEqual([]);
    await h.close();
  });

  it("two replicas' schedulers queue one tick, and that tick opens the drift issue", async () => {
    const config = `environments_dir: environments\napprovals:\n  required: 1\ndrift:\n  schedule: "0 6 * * *"\n`;
    h = await startApp({ files: { "config.yaml": config, "environments/staging.yaml": driftSpec() } });
    const workDir = join(h.dataDir, OWNER, REPO);
    await applyStaging(workDir, driftSpec());
    tamper(workDir, { instanceType: "t3.large" });

    let now = at(5, 59, 50);
    const results: string[] = [];
    const replica = () =>
      createScheduler({
        source: probotScheduleSource(h.probot, { env: {}, dataDir: h.dataDir, log: silent }),
        accept: async (e) => void results.push(await acceptDelivery(h.state, e)),
        now: () => now,
        log: silent,
      });
    const [a, b] = [replica(), replica()];
    now = at(6, 0, 5);
    await a.check();
    await b.check();
    expect(results).toEqual(["queued", "duplicate"]);
    const end = Date.now() + 20_000;
    while (h.state.queue.size() > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 5));

    const issues = h.gh.issues().filter((i) => i["title"] === "Drift in staging");
    expect(issues).toHaveLength(1);
    expect(String(issues[0]!["body"])).toContain('~ instance_type = "t3.small" -> "t3.large"');
  });
});

describe("serve's scheduler", () => {
  it("queues a due tick through the intake's queue, and the App opens the drift issue", async () => {
    const gh = await startFakeGitHub();
    const config = `environments_dir: environments\napprovals:\n  required: 1\ndrift:\n  schedule: "* * * * *"\n`;
    gh.addRepo({
      owner: OWNER,
      repo: REPO,
      files: { "config.yaml": config, "environments/staging.yaml": driftSpec() },
    });
    const dataDir = mkdtempSync(join(tmpdir(), "plagentic-serve-schedule-"));
    const workDir = join(dataDir, OWNER, REPO);
    await applyStaging(workDir, driftSpec());
    tamper(workDir, { deleteSubnet: true });
    const server = await startServer({
      env: {
        APP_ID: "1",
        PRIVATE_KEY: privateKey(),
        WEBHOOK_SECRET: "hook-secret",
        GHE_HOST: gh.host,
        GHE_PROTOCOL: "http",
        LOG_LEVEL: "fatal",
        PLAGENTIC_GITHUB_THROTTLE: "off",
      },
      port: 0,
      host: "127.0.0.1",
      dataDir,
      writeLog: () => {},
    });
    try {
      // Every minute is due on "* * * * *": the window since the scheduler started holds one.
      expect(await server.scheduler!.check()).toBe(1);
      const end = Date.now() + 20_000;
      while (gh.issues().length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      const [issue] = gh.issues();
      expect(issue?.["title"]).toBe("Drift in staging");
      expect(String(issue?.["body"])).toContain("+ aws_subnet.b");
    } finally {
      await server.close(5_000);
      await gh.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

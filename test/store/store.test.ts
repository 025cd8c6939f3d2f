import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrations, type Migration } from "../../src/store/migrations.js";
import { openStore, schemaVersion, type Store } from "../../src/store/store.js";

describe("openStore", () => {
  let dir: string;
  const opened: Store[] = [];
  const open = (path: string, extra?: { migrations?: readonly Migration[] }) => {
    const store = openStore(path, extra);
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plagentic-store-"));
  });
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates the parent directory and a WAL database with foreign keys and a busy timeout", () => {
    const path = join(dir, "nested", "deeper", "plagentic.db");
    const store = open(path);
    expect(existsSync(path)).toBe(true);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(store.db.pragma("busy_timeout", { simple: true })).toBeGreaterThan(0);
  });

  it("runs every migration once and records it by version and name", () => {
    const path = join(dir, "s.db");
    open(path).close();
    const store = open(path);
    const rows = store.db.prepare("SELECT version, name FROM schema_migrations ORDER BY version").all();
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
    expect(schemaVersion(store)).toBe(migrations.length);
    const tables = store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining(["applies", "apply_results", "sandbox_resources", "sandbox_tokens"]),
    );
  });

  it("indexes the sandbox resources an earlier version stored by their repository tag", () => {
    const path = join(dir, "s.db");
    const before = migrations.slice(
      0,
      migrations.findIndex((m) => m.name === "sandbox resources by owning repository"),
    );
    const old = open(path, { migrations: before });
    const insert = old.db.prepare(
      `INSERT INTO sandbox_resources (id, type, region, attributes, tags, created_at, updated_at)
       VALUES (?, 'aws_vpc', 'us-east-1', '{}', ?, 0, 0)`,
    );
    insert.run(
      "vpc-a",
      JSON.stringify({ "plagentic:environment": "staging", "plagentic:repository": "o/a" }),
    );
    insert.run("vpc-legacy", JSON.stringify({ "plagentic:environment": "staging" }));
    old.close();
    const store = open(path);
    const rows = store.db.prepare("SELECT id, repository FROM sandbox_resources ORDER BY id").all();
    expect(rows).toEqual([
      { id: "vpc-a", repository: "o/a" },
      { id: "vpc-legacy", repository: null },
    ]);
  });

  it("works in memory", () => {
    const store = open(":memory:");
    expect(schemaVersion(store)).toBe(migrations.length);
    expect(store.path).toBe(":memory:");
  });

  it("applies a later migration to a store made by an earlier version", () => {
    const path = join(dir, "s.db");
    open(path).close();
    const later: Migration = {
      version: migrations.length + 1,
      name: "webhook deliveries",
      up: (db) => db.exec("CREATE TABLE deliveries (id TEXT PRIMARY KEY)"),
    };
    const store = open(path, { migrations: [...migrations, later] });
    expect(schemaVersion(store)).toBe(migrations.length + 1);
    expect(() => store.db.prepare("INSERT INTO deliveries (id) VALUES ('x')").run()).not.toThrow();
  });

  it("rolls back a failing migration so that nothing of it remains", () => {
    const path = join(dir, "s.db");
    const broken: Migration = {
      version: migrations.length + 1,
      name: "broken",
      up: (db) => db.exec("CREATE TABLE half (id INTEGER); THIS IS NOT SQL"),
    };
    expect(() => openStore(path, { migrations: [...migrations, broken] })).toThrow();
    const store = open(path);
    expect(schemaVersion(store)).toBe(migrations.length);
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
  });

  it("refuses a store written by a newer version", () => {
    const path = join(dir, "s.db");
    const store = open(path);
    store.db.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, ?)").run(999, "future");
    store.close();
    expect(() => openStore(path)).toThrow(/schema version 999/);
  });

  it("refuses a store whose recorded migration has a different name", () => {
    const path = join(dir, "s.db");
    const store = open(path);
    store.db.prepare("UPDATE schema_migrations SET name = 'something else' WHERE version = 1").run();
    store.close();
    expect(() => openStore(path)).toThrow(/something else/);
  });

  it("rejects a migration list with a gap", () => {
    const gap: Migration = { version: migrations.length + 2, name: "gap", up: () => {} };
    expect(() => openStore(":memory:", { migrations: [...migrations, gap] })).toThrow(/expected/);
  });
});

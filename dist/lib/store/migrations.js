export const migrations = [
    {
        version: 1,
        name: "audit of applies",
        up(db) {
            db.exec(`
        CREATE TABLE applies (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          environment TEXT NOT NULL,
          plan_hash TEXT NOT NULL,
          ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
          started_at TEXT NOT NULL,
          finished_at TEXT NOT NULL,
          actor TEXT
        );
        CREATE INDEX applies_by_environment ON applies (environment, id);
        CREATE TABLE apply_results (
          apply_id INTEGER NOT NULL REFERENCES applies (id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          address TEXT NOT NULL,
          action TEXT NOT NULL,
          status TEXT NOT NULL,
          resource_id TEXT,
          error TEXT,
          PRIMARY KEY (apply_id, position)
        );
      `);
        },
    },
    {
        version: 2,
        name: "sandbox cloud resources and create tokens",
        up(db) {
            // Ownership lives only in the tags, as in a real cloud; the generated columns index it.
            db.exec(`
        CREATE TABLE sandbox_resources (
          id TEXT PRIMARY KEY,
          type TEXT NOT NULL,
          region TEXT NOT NULL,
          attributes TEXT NOT NULL CHECK (json_valid(attributes)),
          tags TEXT NOT NULL CHECK (json_valid(tags)),
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          environment TEXT GENERATED ALWAYS AS (json_extract(tags, '$."plagentic:environment"')) VIRTUAL,
          address TEXT GENERATED ALWAYS AS (json_extract(tags, '$."plagentic:address"')) VIRTUAL
        );
        CREATE INDEX sandbox_resources_by_environment ON sandbox_resources (environment, address);
        CREATE TABLE sandbox_tokens (
          token TEXT PRIMARY KEY,
          resource_id TEXT NOT NULL,
          environment TEXT NOT NULL,
          address TEXT NOT NULL,
          type TEXT NOT NULL
        );
        -- Logical clock for created_at/updated_at, so results never depend on wall time.
        CREATE TABLE sandbox_clock (
          only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
          tick INTEGER NOT NULL
        );
        INSERT INTO sandbox_clock (only_row, tick) VALUES (1, 0);
      `);
        },
    },
    {
        version: 3,
        name: "github webhook deliveries",
        up(db) {
            // Redelivered webhooks carry the same id; the primary key makes "first seen" one atomic insert.
            db.exec(`
        CREATE TABLE github_deliveries (
          id TEXT PRIMARY KEY,
          event TEXT NOT NULL,
          received_at TEXT NOT NULL
        );
        CREATE INDEX github_deliveries_by_received_at ON github_deliveries (received_at);
      `);
        },
    },
    {
        version: 4,
        name: "sandbox resources by owning repository",
        up(db) {
            // One store serves many repositories (the App): reads select by environment and repository.
            db.exec(`
        ALTER TABLE sandbox_resources ADD COLUMN repository TEXT
          GENERATED ALWAYS AS (json_extract(tags, '$."plagentic:repository"')) VIRTUAL;
        CREATE INDEX sandbox_resources_by_owner ON sandbox_resources (environment, repository, address);
      `);
        },
    },
    {
        version: 5,
        name: "app audit events and approved changes",
        up(db) {
            // The same tables as the App's PostgreSQL schema (store/postgres/migrations.ts), so one
            // reader serves both; `at` is ISO-8601 UTC with milliseconds, written by the caller.
            db.exec(`
        CREATE TABLE audit_events (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          at TEXT NOT NULL,
          delivery_id TEXT NOT NULL,
          event TEXT NOT NULL,
          repository TEXT,
          kind TEXT NOT NULL CHECK (kind IN ('queued', 'duplicate', 'started', 'finished', 'failed')),
          replica TEXT NOT NULL,
          attempt INTEGER NOT NULL CHECK (attempt >= 0)
        );
        CREATE INDEX audit_events_by_delivery ON audit_events (delivery_id, id);
        CREATE TABLE approved_changes (
          repository TEXT NOT NULL,
          environment TEXT NOT NULL,
          plan_hash TEXT NOT NULL,
          fingerprints TEXT NOT NULL CHECK (json_valid(fingerprints)),
          PRIMARY KEY (repository, environment, plan_hash)
        );
      `);
        },
    },
];

export const pgMigrations = [
    {
        version: 1,
        name: "deliveries, audit events and approved changes",
        // Column names match the SQLite tables, so one reader (audit-events.ts) serves both.
        sql: `
      CREATE TABLE github_deliveries (
        id text PRIMARY KEY,
        event text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX github_deliveries_by_received_at ON github_deliveries (received_at);
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        delivery_id text NOT NULL,
        event text NOT NULL,
        repository text,
        kind text NOT NULL CHECK (kind IN ('queued', 'duplicate', 'started', 'finished', 'failed')),
        replica text NOT NULL,
        attempt integer NOT NULL CHECK (attempt >= 0)
      );
      CREATE INDEX audit_events_by_delivery ON audit_events (delivery_id, id);
      CREATE TABLE approved_changes (
        repository text NOT NULL,
        environment text NOT NULL,
        plan_hash text NOT NULL,
        fingerprints jsonb NOT NULL,
        PRIMARY KEY (repository, environment, plan_hash)
      );
    `,
    },
];

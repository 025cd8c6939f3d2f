/**
 * The audit trail of applies: who applied which plan to which environment, when, and what
 * happened to each resource. Times are given by the caller, never read here.
 */
import type { Action, ApplyResult, ResourceResult, ResourceResultStatus } from "../plan/model.js";
import type { Store } from "./store.js";

export interface ApplyMeta {
  startedAt: string;
  finishedAt: string;
  actor?: string;
}

export interface ApplyRecord extends ApplyResult, ApplyMeta {
  /** Row id; increases with every recorded apply. */
  id: number;
}

/** Records one apply and its per-resource results atomically; returns the record's id. */
export function recordApply(store: Store, result: ApplyResult, meta: ApplyMeta): number {
  const { db } = store;
  const insertApply = db.prepare(
    `INSERT INTO applies (environment, plan_hash, ok, started_at, finished_at, actor)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertResult = db.prepare(
    `INSERT INTO apply_results (apply_id, position, address, action, status, resource_id, error)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  return db
    .transaction(() => {
      const info = insertApply.run(
        result.environment,
        result.planHash,
        result.ok ? 1 : 0,
        meta.startedAt,
        meta.finishedAt,
        meta.actor ?? null,
      );
      const applyId = Number(info.lastInsertRowid);
      result.results.forEach((r, position) => {
        insertResult.run(applyId, position, r.address, r.action, r.status, r.id ?? null, r.error ?? null);
      });
      return applyId;
    })
    .immediate();
}

interface ApplyRow {
  id: number;
  environment: string;
  plan_hash: string;
  ok: number;
  started_at: string;
  finished_at: string;
  actor: string | null;
}

interface ResultRow {
  apply_id: number;
  address: string;
  action: Action;
  status: ResourceResultStatus;
  resource_id: string | null;
  error: string | null;
}

/** The environment's most recent applies, newest first. */
export function listApplies(store: Store, environment: string, limit: number): ApplyRecord[] {
  const { db } = store;
  const rows = db
    .prepare(
      `SELECT id, environment, plan_hash, ok, started_at, finished_at, actor
       FROM applies WHERE environment = ? ORDER BY id DESC LIMIT ?`,
    )
    .all(environment, Math.max(0, Math.floor(limit))) as ApplyRow[];
  if (rows.length === 0) return [];
  const results = db
    .prepare(
      `SELECT apply_id, address, action, status, resource_id, error FROM apply_results
       WHERE apply_id IN (SELECT value FROM json_each(?)) ORDER BY apply_id, position`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as ResultRow[];
  const byApply = new Map<number, ResourceResult[]>();
  for (const r of results) {
    const list = byApply.get(r.apply_id) ?? [];
    list.push({
      address: r.address,
      action: r.action,
      status: r.status,
      ...(r.resource_id !== null && { id: r.resource_id }),
      ...(r.error !== null && { error: r.error }),
    });
    byApply.set(r.apply_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    environment: r.environment,
    planHash: r.plan_hash,
    ok: r.ok === 1,
    results: byApply.get(r.id) ?? [],
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    ...(r.actor !== null && { actor: r.actor }),
  }));
}

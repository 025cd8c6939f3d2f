import { describe, expect, it } from "vitest";
import type { ApplyResult } from "../../src/plan/model.js";
import { listApplies, recordApply } from "../../src/store/audit.js";
import { openStore } from "../../src/store/store.js";

const partial: ApplyResult = {
  environment: "staging",
  planHash: "a".repeat(64),
  ok: false,
  results: [
    { address: "aws_vpc.main", action: "create", status: "created", id: "vpc-0123456789abcdef0" },
    {
      address: "aws_instance.web[0]",
      action: "create",
      status: "failed",
      error: "InvalidInstanceType: t3.smal",
    },
    { address: "aws_instance.web[1]", action: "create", status: "skipped" },
  ],
};

describe("audit of applies", () => {
  it("records an apply with its results and reads it back", () => {
    const store = openStore(":memory:");
    const id = recordApply(store, partial, {
      startedAt: "2025-01-02T03:04:05Z",
      finishedAt: "2025-01-02T03:04:09Z",
      actor: "octocat",
    });
    const [record, ...rest] = listApplies(store, "staging", 10);
    expect(rest).toEqual([]);
    expect(record).toEqual({
      id,
      ...partial,
      startedAt: "2025-01-02T03:04:05Z",
      finishedAt: "2025-01-02T03:04:09Z",
      actor: "octocat",
    });
    store.close();
  });

  it("lists only the environment's applies, newest first, up to the limit", () => {
    const store = openStore(":memory:");
    const meta = (n: number) => ({ startedAt: `t${n}`, finishedAt: `t${n}` });
    recordApply(store, { ...partial, planHash: "1" }, meta(1));
    recordApply(store, { ...partial, environment: "production", planHash: "2" }, meta(2));
    recordApply(store, { ...partial, planHash: "3", ok: true, results: [] }, meta(3));
    recordApply(store, { ...partial, planHash: "4" }, meta(4));

    const staging = listApplies(store, "staging", 2);
    expect(staging.map((a) => a.planHash)).toEqual(["4", "3"]);
    expect(staging[1]).toMatchObject({ ok: true, results: [] });
    expect(staging[0]).not.toHaveProperty("actor");
    expect(listApplies(store, "production", 10).map((a) => a.planHash)).toEqual(["2"]);
    expect(listApplies(store, "nowhere", 10)).toEqual([]);
    store.close();
  });
});

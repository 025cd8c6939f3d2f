import { describe, expect, it } from "vitest";
import { evaluatePolicies } from "../../src/policy/evaluate.js";
import { databaseDeletionProtection } from "../../src/policy/rules/database-deletion-protection.js";
import type { Attributes } from "../../src/spec/model.js";
import { context, creating, resource } from "./context.js";

function check(address: string, attributes: Attributes) {
  return databaseDeletionProtection.evaluate(creating(resource(address, attributes)), {});
}

describe("database_deletion_protection", () => {
  it.each<[string, string, Attributes, unknown[]]>([
    [
      "RDS with neither guard",
      "aws_db_instance.orders",
      { deletion_protection: false, skip_final_snapshot: true },
      [
        "aws_db_instance.orders has no deletion protection and would be deleted without a final snapshot; set deletion_protection: true and set skip_final_snapshot: false, unless the environment is meant to be thrown away.",
      ],
    ],
    [
      "RDS without deletion protection",
      "aws_db_instance.orders",
      { deletion_protection: false, skip_final_snapshot: false },
      [
        "aws_db_instance.orders has no deletion protection; set deletion_protection: true, unless the environment is meant to be thrown away.",
      ],
    ],
    [
      "RDS with the attribute left out",
      "aws_db_instance.orders",
      {},
      [expect.stringContaining("no deletion protection")],
    ],
    ["RDS guarded", "aws_db_instance.orders", { deletion_protection: true, skip_final_snapshot: false }, []],
    [
      "RDS guarded but skipping the final snapshot",
      "aws_db_instance.orders",
      { deletion_protection: true, skip_final_snapshot: true },
      [expect.stringContaining("without a final snapshot; set skip_final_snapshot: false")],
    ],
    [
      "Cloud SQL with protection off",
      "google_sql_database_instance.db",
      { deletion_protection: false },
      [expect.stringContaining("has deletion protection turned off")],
    ],
    ["Cloud SQL with protection on", "google_sql_database_instance.db", { deletion_protection: true }, []],
    ["not a database", "aws_instance.web", { deletion_protection: false }, []],
  ])("%s", (_name, address, attributes, messages) => {
    expect(check(address, attributes).map((f) => f.message)).toEqual(messages);
  });

  it("is a warning by default, and blocks with level: fail only what the plan creates or changes", () => {
    const db = resource("aws_db_instance.orders", { deletion_protection: false });
    const levels = (ctx: ReturnType<typeof context>, config = {}) =>
      evaluatePolicies(ctx, config)
        .findings.filter((f) => f.rule === "database_deletion_protection")
        .map((f) => f.level);
    expect(levels(creating(db))).toEqual(["warn"]);
    expect(levels(creating(db), { database_deletion_protection: { level: "fail" } })).toEqual(["fail"]);
    expect(levels(context({ desired: [db] }), { database_deletion_protection: { level: "fail" } })).toEqual([
      "warn",
    ]);
  });
});

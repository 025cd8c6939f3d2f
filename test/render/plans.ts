/** Plans for the render tests: the hand-written fixtures, and generated ones too big to write by hand. */
import { readFileSync } from "node:fs";
import type { Change, Plan } from "../../src/plan/model.js";

export function loadPlan(name: string): Plan {
  return JSON.parse(readFileSync(new URL(`../fixtures/plans/${name}.json`, import.meta.url), "utf8")) as Plan;
}

/** `count` in-place updates, each changing a long string and a few list elements. */
export function bigPlan(count: number, valueLength = 120): Plan {
  const base = loadPlan("mixed");
  const changes: Change[] = [];
  for (let i = 0; i < count; i++) {
    const long = (tag: string): string => `${tag}-${i}-`.padEnd(valueLength, "x");
    changes.push({
      address: `aws_instance.fleet[${i}]`,
      type: "aws_instance",
      action: "update",
      id: `i-${i.toString(16).padStart(17, "0")}`,
      before: {
        attributes: { instance_type: "t3.small", user_data: long("old"), security_groups: ["sg-a", "sg-b"] },
        tags: { team: "payments" },
      },
      after: {
        attributes: { instance_type: "t3.large", user_data: long("new"), security_groups: ["sg-a", "sg-c"] },
        tags: { team: "payments" },
      },
      changedAttributes: ["instance_type", "user_data", "security_groups"],
      dependsOn: [],
    });
  }
  return {
    ...base,
    changes,
    summary: { add: 0, change: count, destroy: 0 },
    cost: {
      ...base.cost,
      monthlyBefore: 15.18 * count,
      monthlyAfter: 60.74 * count,
      monthlyDelta: 45.56 * count,
      resources: changes.map((c) => ({
        address: c.address,
        type: c.type,
        monthlyBefore: 15.18,
        monthlyAfter: 60.74,
        monthlyDelta: 45.56,
        components: [],
      })),
    },
    policy: {
      verdict: "warn",
      evaluated: ["required-tags"],
      findings: changes.map((c) => ({
        rule: "required-tags",
        level: "warn" as const,
        message: "missing tag owner",
        address: c.address,
      })),
    },
  };
}

/**
 * Applies wait in bulk: creates run side by side and every instance still pending is covered by
 * one DescribeInstances per poll, so an apply of 200 instances costs at most 1.2 per instance.
 */
import { describe, expect, it } from "vitest";
import { countApplyCalls } from "./apply-calls.js";

describe("AWS apply waits in bulk", () => {
  it("makes at most 1.2 DescribeInstances per instance when applying 200", async () => {
    const r = await countApplyCalls(200);
    console.log(
      `apply of 200 instances: ${r.describeInstances} DescribeInstances ` +
        `(${(r.describeInstances / 200).toFixed(2)} per instance), ${r.calls} EC2 calls, ${r.seconds} s virtual`,
    );
    expect(r.created).toBe(200);
    expect(r.describeInstances).toBeLessThanOrEqual(1.2 * 200);
  }, 60_000);

  it("polls once per interval for one instance at a time: waits are shared, not free", async () => {
    // Without side-by-side creates each instance pays for its own pending time: ceil(20 s / 3 s)
    // polls each, plus the plan's read and apply's re-read before it acts.
    const r = await countApplyCalls(5, { parallelism: 1 });
    expect(r.created).toBe(5);
    expect(r.describeInstances).toBe(5 * 7 + 2);
  }, 60_000);
});

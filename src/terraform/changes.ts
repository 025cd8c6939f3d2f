/**
 * A Terraform plan's changes as Plagentic's `Change`, the shape the policy rules judge: only
 * managed resources of registered types, each side in spec form (attributes.ts). Reads and
 * no-ops change nothing in the cloud and are left out.
 */
import type { Action, Change } from "../plan/model.js";
import type { DesiredResource } from "../spec/model.js";
import { deepEqual } from "../render/values.js";
import type { TerraformChange } from "./model.js";

const ACTIONS: Partial<Record<TerraformChange["action"], Action>> = {
  create: "create",
  update: "update",
  replace: "replace",
  delete: "delete",
};

function changedAttributes(
  before: DesiredResource | undefined,
  after: DesiredResource | undefined,
): string[] {
  const a = before?.attributes ?? {};
  const b = after?.attributes ?? {};
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !deepEqual(a[k], b[k]));
  if (!deepEqual(before?.tags ?? {}, after?.tags ?? {})) names.push("tags");
  return names.sort();
}

export function policyChanges(
  changes: readonly TerraformChange[],
  before: readonly DesiredResource[],
  after: readonly DesiredResource[],
): Change[] {
  const was = new Map(before.map((r) => [r.address, r]));
  const will = new Map(after.map((r) => [r.address, r]));
  const out: Change[] = [];
  for (const c of changes) {
    const action = ACTIONS[c.action];
    const from = was.get(c.address);
    const to = will.get(c.address);
    if (action === undefined || (from === undefined && to === undefined)) continue;
    const change: Change = {
      address: c.address,
      type: c.type,
      action,
      before: from ? { attributes: from.attributes, tags: from.tags } : null,
      after: to && action !== "delete" ? { attributes: to.attributes, tags: to.tags } : null,
      changedAttributes: changedAttributes(from, to),
      dependsOn: [],
    };
    if (c.replacePaths) change.replaceReasons = c.replacePaths;
    out.push(change);
  }
  return out;
}

/**
 * Deposed copies (Terraform's word): when a replacement's old resource is kept, because its delete
 * failed or a dependent still used it, the cloud holds two resources whose ownership tags name one
 * address. The plan keeps one of them at that address (diff.ts `normalizeLive` chooses) and gives
 * every other copy an address of its own, so the diff plans its delete. That address cannot be
 * declared by a spec (names hold no spaces or parentheses), so it never matches a desired resource.
 */
import type { Attributes, Value } from "../spec/model.js";
import { deposedRefTarget, refTarget } from "../spec/model.js";
import { sha256Hex } from "./canonical.js";

/** Ids shown as they are: short, and nothing in them that could end the address or its reference. */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * `aws_subnet.a (deposed subnet-0abc)`: the copy's id, which the cloud's console shows too. Ids
 * that are long or carry other characters (ARNs, Azure resource ids) are named by a digest instead,
 * `aws_lb.web (deposed object 3fa81c02ab12)`; the change's `id` still holds the whole id.
 */
export function deposedAddress(address: string, id: string): string {
  const key = PLAIN_ID.test(id) ? id : `object ${sha256Hex(id).slice(0, 12)}`;
  return `${address} (deposed ${key})`;
}

/**
 * Addresses live attributes reference, deposed copies included: what a live resource's delete must
 * come before. (Desired attributes never name a deposed copy; `collectRefs` serves them.)
 */
export function liveRefs(value: Value | Attributes): string[] {
  const out: string[] = [];
  const visit = (v: Value): void => {
    const t = refTarget(v) ?? deposedRefTarget(v);
    if (t !== undefined) out.push(t);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === "object") for (const item of Object.values(v)) visit(item);
  };
  visit(value as Value);
  return out;
}

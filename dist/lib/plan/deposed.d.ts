/**
 * Deposed copies (Terraform's word): when a replacement's old resource is kept, because its delete
 * failed or a dependent still used it, the cloud holds two resources whose ownership tags name one
 * address. The plan keeps one of them at that address (diff.ts `normalizeLive` chooses) and gives
 * every other copy an address of its own, so the diff plans its delete. That address cannot be
 * declared by a spec (names hold no spaces or parentheses), so it never matches a desired resource.
 */
import type { Attributes, Value } from "../spec/model.js";
/**
 * `aws_subnet.a (deposed subnet-0abc)`: the copy's id, which the cloud's console shows too. Ids
 * that are long or carry other characters (ARNs, Azure resource ids) are named by a digest instead,
 * `aws_lb.web (deposed object 3fa81c02ab12)`; the change's `id` still holds the whole id.
 */
export declare function deposedAddress(address: string, id: string): string;
/**
 * Addresses live attributes reference, deposed copies included: what a live resource's delete must
 * come before. (Desired attributes never name a deposed copy; `collectRefs` serves them.)
 */
export declare function liveRefs(value: Value | Attributes): string[];

/** Builders for priced resources in cost tests. */
import type { PricedResource } from "../../src/cost/model.js";
import type { Attributes } from "../../src/spec/model.js";

export function resource(
  address: string,
  attributes: Attributes = {},
  usage: Record<string, number> = {},
): PricedResource {
  const type = address.split(".")[0]!;
  return { address, type, attributes, usage };
}

/** Hand-built policy contexts: a spec, desired resources, changes and a cost report as literals. */
import type { CostReport } from "../../src/cost/model.js";
import type { PolicyContext } from "../../src/policy/model.js";
import type { Action, Change } from "../../src/plan/model.js";
import type { Attributes, DesiredResource, EnvironmentSpec } from "../../src/spec/model.js";

export function spec(overrides: Partial<EnvironmentSpec> = {}): EnvironmentSpec {
  return {
    environment: "staging",
    provider: "aws",
    region: "us-east-1",
    tags: {},
    resources: [],
    ...overrides,
  };
}

export function resource(
  address: string,
  attributes: Attributes = {},
  extra: Partial<DesiredResource> = {},
): DesiredResource {
  const [type = "", rest = ""] = address.split(".");
  return {
    address,
    type,
    name: rest.replace(/\[\d+\]$/, ""),
    protected: false,
    attributes,
    tags: {},
    usage: {},
    dependsOn: [],
    ...extra,
  };
}

export function change(address: string, action: Action, extra: Partial<Change> = {}): Change {
  const [type = ""] = address.split(".");
  const state = { attributes: {}, tags: {} };
  return {
    address,
    type,
    action,
    before: action === "create" ? null : state,
    after: action === "delete" ? null : state,
    changedAttributes: [],
    dependsOn: [],
    ...extra,
  };
}

export function cost(overrides: Partial<CostReport> = {}): CostReport {
  return {
    currency: "USD",
    hoursPerMonth: 730,
    monthlyBefore: 0,
    monthlyAfter: 0,
    monthlyDelta: 0,
    resources: [],
    unknown: [],
    usageBased: [],
    catalogVersion: "test",
    sources: [],
    ...overrides,
  };
}

export function context(overrides: Partial<PolicyContext> = {}): PolicyContext {
  return { spec: spec(), desired: [], changes: [], cost: cost(), ...overrides };
}

/** Resources that are all being created, the usual shape of a first plan. */
export function creating(...resources: DesiredResource[]): PolicyContext {
  return context({ desired: resources, changes: resources.map((r) => change(r.address, "create")) });
}

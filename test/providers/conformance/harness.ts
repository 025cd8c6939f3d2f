/**
 * What a provider brings to the conformance suite (conformance.test.ts): how to start its cloud
 * (moto, a fake) and build the provider on it, the spec header its environments use, two hooks
 * that act behind Plagentic's back, and one row per resource type it applies.
 */
import type { Provider, LiveResource } from "../../../src/providers/provider.js";
import type { Attributes, ProviderName } from "../../../src/spec/model.js";

/** The checks every row goes through; `TypeCase.known` marks the ones a provider fails today. */
export const CHECKS = ["idempotent", "notOwned", "filters", "noDiff", "drift", "deleteOrder"] as const;
export type Check = (typeof CHECKS)[number];

/** One resource of a spec, as its YAML would give it. */
export interface SpecResource {
  type: string;
  name: string;
  /** Refer to another resource of the spec as `"ref(<type>.<name>)"`. */
  properties: Attributes;
}

/** The name every row's resource under test has in the spec: its address is `<type>.sample`. */
export const SAMPLE = "sample";

/** One resource type a provider applies: the row the suite runs every check on. */
export interface TypeCase<Cloud> {
  type: string;
  /** Properties of the resource under test, refs to `needs` as `ref(<type>.<name>)`. */
  properties: Attributes;
  /** What it depends on, in dependency order (shared constants in the harness module). */
  needs?: readonly SpecResource[];
  /**
   * Changes the resource in the cloud behind Plagentic's back; returns the spec attribute whose
   * drift the suite must then see.
   */
  drift(cloud: Cloud, sample: LiveResource): Promise<string>;
  /** For a type whose ownership lives elsewhere than on itself; else the session's `disown`. */
  disown?(cloud: Cloud, sample: LiveResource, repository: string): Promise<void>;
  /** Files of the repository its properties name (a Lambda's zip), by path. */
  files?: Readonly<Record<string, Uint8Array>>;
  /** Checks this type fails today, with the bug that makes it fail: run as `it.fails`. */
  known?: Partial<Record<Check, string>>;
  /** Checks the cloud's fake cannot show (not the provider's fault), with why and what covers them. */
  skip?: Partial<Record<Check, string>>;
}

/** A running cloud and the provider on it. */
export interface Session<Cloud> {
  provider: Provider;
  /** What the hooks act on: clients of moto, the fake's store. */
  cloud: Cloud;
  /** Rewrites the resource's ownership tags so that `repository` owns it instead. */
  disown(sample: LiveResource, repository: string): Promise<void>;
  stop(): Promise<void>;
}

export interface ProviderHarness<Cloud = never> {
  name: string;
  /** The spec fields besides `environment`, `tags` and `resources`. */
  spec: {
    provider: ProviderName;
    region: string;
    project?: string;
    subscription?: string;
    resource_group?: string;
  };
  /** Why the cloud cannot run here (moto missing), or undefined. */
  unavailable?(): string | undefined;
  start(): Promise<Session<Cloud>>;
  cases: readonly TypeCase<Cloud>[];
}

/** A harness with its cloud type forgotten, so that harnesses of every cloud fit in one table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each harness pairs its own Cloud with its own hooks
export type AnyHarness = ProviderHarness<any>;

/** Spec text for `resources` in `environment` under the harness's header (JSON is YAML). */
export function specText(h: AnyHarness, environment: string, resources: readonly SpecResource[]): string {
  const header = { environment, ...h.spec };
  return [
    ...Object.entries(header).map(([k, v]) => `${k}: ${JSON.stringify(v)}`),
    "tags: { team: conformance }",
    resources.length === 0 ? "resources: []" : "resources:",
    ...resources.flatMap((r) => [
      `  - type: ${r.type}`,
      `    name: ${r.name}`,
      `    properties: ${JSON.stringify(r.properties)}`,
    ]),
  ].join("\n");
}

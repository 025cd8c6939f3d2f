/**
 * The one interface every cloud implements. Providers only read what carries an environment's
 * ownership tags and perform single-resource operations; ordering, hashing and idempotency
 * tokens are decided by the plan module so that every cloud behaves the same.
 */
import type { Attributes, EnvironmentSpec } from "../spec/model.js";

/** Tag keys that mark a resource as Plagentic's (invariant 3). GCP maps them to label form. */
export const OWNER_TAG_ENVIRONMENT = "plagentic:environment";
export const OWNER_TAG_ADDRESS = "plagentic:address";

export interface LiveResource {
  /** Address from the ownership tag. */
  address: string;
  type: string;
  /** The cloud's id (i-0abc..., projects/.../instances/..., /subscriptions/...). */
  id: string;
  /**
   * Declared properties as the cloud reports them, normalised to the spec's names. References to
   * other resources are given as those resources' cloud ids; the plan maps them back to refs.
   */
  attributes: Attributes;
  /** User tags, without the ownership tags. */
  tags: Record<string, string>;
}

/** Where a provider works: taken from the spec so that one provider instance serves one environment. */
export interface ProviderTarget {
  environment: string;
  region: string;
  project?: string;
  subscription?: string;
  resourceGroup?: string;
}

export function targetOf(spec: EnvironmentSpec): ProviderTarget {
  return {
    environment: spec.environment,
    region: spec.region,
    ...(spec.project !== undefined && { project: spec.project }),
    ...(spec.subscription !== undefined && { subscription: spec.subscription }),
    ...(spec.resource_group !== undefined && { resourceGroup: spec.resource_group }),
  };
}

/** One resource operation, with references already resolved to cloud ids. */
export interface ResourceOperation {
  target: ProviderTarget;
  address: string;
  type: string;
  /** Desired attributes with every `ref(...)` replaced by the referenced resource's id. */
  attributes: Attributes;
  /** User tags; the provider adds the ownership tags itself. */
  tags: Record<string, string>;
  /**
   * Idempotency token derived from (plan hash, address): a retried create with the same token
   * must return the resource created the first time instead of a second one.
   */
  token: string;
}

export interface ProviderCapabilities {
  /** Resource types this provider can apply; `"*"` means every registered type (sandbox). */
  applies: readonly string[] | "*";
  /**
   * Per type, properties the cloud accepts but cannot report back (a user-data script, a
   * password). The diff leaves them out, since live state can never show them.
   */
  writeOnly?: Readonly<Record<string, readonly string[]>>;
}

export interface Provider {
  readonly name: string;
  readonly capabilities: ProviderCapabilities;
  /** Every resource in the environment that carries its ownership tags. */
  readLive(target: ProviderTarget): Promise<LiveResource[]>;
  create(op: ResourceOperation): Promise<LiveResource>;
  /** In-place update of a live resource to the given attributes and tags. */
  update(op: ResourceOperation & { id: string }): Promise<LiveResource>;
  delete(target: ProviderTarget, resource: { id: string; address: string; type: string }): Promise<void>;
  /** Release connections, close files. */
  close?(): Promise<void>;
}

/** Raised by a provider for a failure of one operation; apply records it against the address. */
export class ProviderOperationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ProviderOperationError";
  }
}

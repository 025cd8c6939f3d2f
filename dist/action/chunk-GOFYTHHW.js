import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);

// src/providers/ownership.ts
import { createHash } from "node:crypto";
var OWNER_TAG_ENVIRONMENT = "plagentic:environment";
var OWNER_TAG_ADDRESS = "plagentic:address";
var OWNER_TAG_REPOSITORY = "plagentic:repository";
var OWNER_TAG_SHARE_PREFIX = "plagentic:share:";
var LOCAL_REPOSITORY = "local";
var REPOSITORY = /^[a-z0-9](?:[a-z0-9-]{0,38})\/[a-z0-9._-]{1,100}$/;
function normalizeRepository(repository) {
  const r = repository.trim().toLowerCase();
  if (r === LOCAL_REPOSITORY || REPOSITORY.test(r)) return r;
  throw new Error(`"${repository}" is not a repository name (owner/name)`);
}
function repositoryKey(repository) {
  return createHash("sha256").update(normalizeRepository(repository)).digest("hex").slice(0, 16);
}
function identityTags(target) {
  const tags = {
    [OWNER_TAG_ENVIRONMENT]: target.environment,
    [OWNER_TAG_REPOSITORY]: target.repository
  };
  for (const other of target.sharedWith ?? []) {
    const name = normalizeRepository(other);
    if (name !== target.repository) tags[OWNER_TAG_SHARE_PREFIX + repositoryKey(name)] = name;
  }
  return tags;
}
function ownershipTags(target, address) {
  return { ...identityTags(target), [OWNER_TAG_ADDRESS]: address };
}
function identityTagsAfterUpdate(current, target) {
  if (current[OWNER_TAG_REPOSITORY] === target.repository) return identityTags(target);
  return Object.fromEntries(
    Object.entries(current).filter(([key]) => isOwnershipTag(key) && key !== OWNER_TAG_ADDRESS)
  );
}
function ownershipAfterUpdate(current, op) {
  return { ...identityTagsAfterUpdate(current.tags, op.target), [OWNER_TAG_ADDRESS]: op.address };
}
function ownedBy(tags, target) {
  if (tags[OWNER_TAG_ENVIRONMENT] !== target.environment) return false;
  const owner = tags[OWNER_TAG_REPOSITORY];
  if (owner === void 0) return false;
  if (owner === target.repository) return true;
  return tags[OWNER_TAG_SHARE_PREFIX + repositoryKey(target.repository)] === target.repository;
}
function isOwnershipTag(key) {
  const k = key.toLowerCase();
  return k === OWNER_TAG_ENVIRONMENT || k === OWNER_TAG_ADDRESS || k === OWNER_TAG_REPOSITORY || k.startsWith(OWNER_TAG_SHARE_PREFIX);
}
function ownedAt(tags, target, address) {
  return ownedBy(tags, target) && tags[OWNER_TAG_ADDRESS] === address;
}
function createdBy(tags, target, address) {
  return tags[OWNER_TAG_ENVIRONMENT] === target.environment && tags[OWNER_TAG_REPOSITORY] === target.repository && tags[OWNER_TAG_ADDRESS] === address;
}
function withoutOwnershipTags(tags) {
  return Object.fromEntries(Object.entries(tags).filter(([key]) => !isOwnershipTag(key)));
}
function otherOwner(tags, target) {
  if (!Object.keys(tags).some(isOwnershipTag)) return void 0;
  const environment = tags[OWNER_TAG_ENVIRONMENT];
  const repository = tags[OWNER_TAG_REPOSITORY];
  if (environment === target.environment && repository === target.repository) return void 0;
  return `environment ${environment ?? "(none)"} of ${repository ?? "(no repository)"}`;
}

// src/providers/provider.ts
function targetOf(spec, identity) {
  return {
    environment: spec.environment,
    repository: identity.repository,
    ...identity.sharedWith.length > 0 && { sharedWith: identity.sharedWith },
    region: spec.region,
    ...spec.project !== void 0 && { project: spec.project },
    ...spec.subscription !== void 0 && { subscription: spec.subscription },
    ...spec.resource_group !== void 0 && { resourceGroup: spec.resource_group },
    types: [...new Set(spec.resources.map((r) => r.type))].sort()
  };
}
var ProviderOperationError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "ProviderOperationError";
  }
  code;
};

export {
  OWNER_TAG_ENVIRONMENT,
  OWNER_TAG_ADDRESS,
  OWNER_TAG_REPOSITORY,
  OWNER_TAG_SHARE_PREFIX,
  LOCAL_REPOSITORY,
  normalizeRepository,
  repositoryKey,
  ownershipTags,
  identityTagsAfterUpdate,
  ownershipAfterUpdate,
  ownedBy,
  isOwnershipTag,
  ownedAt,
  createdBy,
  withoutOwnershipTags,
  otherOwner,
  targetOf,
  ProviderOperationError
};

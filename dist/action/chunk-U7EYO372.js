import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);

// src/providers/provider.ts
var OWNER_TAG_ENVIRONMENT = "plagentic:environment";
var OWNER_TAG_ADDRESS = "plagentic:address";
function targetOf(spec) {
  return {
    environment: spec.environment,
    region: spec.region,
    ...spec.project !== void 0 && { project: spec.project },
    ...spec.subscription !== void 0 && { subscription: spec.subscription },
    ...spec.resource_group !== void 0 && { resourceGroup: spec.resource_group }
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
  targetOf,
  ProviderOperationError
};

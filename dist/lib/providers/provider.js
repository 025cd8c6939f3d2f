// Ownership lives in its own module; everything that implements or calls a provider needs both.
export * from "./ownership.js";
export function targetOf(spec, identity) {
    return {
        environment: spec.environment,
        repository: identity.repository,
        ...(identity.sharedWith.length > 0 && { sharedWith: identity.sharedWith }),
        region: spec.region,
        ...(spec.project !== undefined && { project: spec.project }),
        ...(spec.subscription !== undefined && { subscription: spec.subscription }),
        ...(spec.resource_group !== undefined && { resourceGroup: spec.resource_group }),
        types: [...new Set(spec.resources.map((r) => r.type))].sort(),
    };
}
/** Raised by a provider for a failure of one operation; apply records it against the address. */
export class ProviderOperationError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = "ProviderOperationError";
    }
}

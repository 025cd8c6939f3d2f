/** Tag keys that mark a resource as Plagentic's (invariant 3). GCP maps them to label form. */
export const OWNER_TAG_ENVIRONMENT = "plagentic:environment";
export const OWNER_TAG_ADDRESS = "plagentic:address";
export function targetOf(spec) {
    return {
        environment: spec.environment,
        region: spec.region,
        ...(spec.project !== undefined && { project: spec.project }),
        ...(spec.subscription !== undefined && { subscription: spec.subscription }),
        ...(spec.resource_group !== undefined && { resourceGroup: spec.resource_group }),
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

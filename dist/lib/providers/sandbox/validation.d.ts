/**
 * The checks a real cloud makes on a request before it does anything: referenced ids must exist
 * and be of the right kind, and machine sizes must be ones the cloud sells. The registry's
 * property schemas say where the references and sizes are.
 */
import type { PriceCatalog } from "../../cost/catalog.js";
import type { Attributes, ResourceTypeDef, Value } from "../../spec/model.js";
export interface ReferencedId {
    /** Property path for messages, e.g. `subnet` or `security_groups[1]`. */
    property: string;
    id: Value;
    to: readonly string[];
}
/** Every value in `attributes` that the type's schema declares as a reference. */
export declare function referencedIds(def: ResourceTypeDef, attributes: Attributes): ReferencedId[];
/** Looks a sandbox resource up by id; undefined when it does not exist. */
export type ResourceLookup = (id: string) => {
    type: string;
} | undefined;
export declare function validateRequest(def: ResourceTypeDef, attributes: Attributes, lookup: ResourceLookup, catalog: Pick<PriceCatalog, "hasMachineSize">): void;

/** The per-type table entry of the ARM export. */
import type { Attributes, Value } from "../../spec/model.js";
export interface ArmContext {
    /** This resource's name (an expression with copyIndex() for counted resources). */
    name: string;
    /** `[resourceId(...)]` of a referenced resource. */
    ref(value: Value | undefined): string | undefined;
    /** Declares a secureString parameter of this resource; returns `[parameters('...')]`. */
    secret(suffix: string, description: string): string;
    /** A literal string, escaped so ARM does not read it as an expression. */
    literal(value: Value | undefined): Value | undefined;
}
export interface ArmBody {
    properties?: Record<string, unknown>;
    sku?: Record<string, unknown>;
    kind?: string;
    identity?: Record<string, unknown>;
}
export interface ArmType {
    /** `Microsoft.Network/virtualNetworks`. */
    resourceType: string;
    /** Pinned: the version the Azure SDK package named in `sdk` targets. */
    apiVersion: string;
    sdk: string;
    /** For child resources: the reference property naming the parent. */
    parent?: string;
    /** Whether the resource has a location (child resources and tags do not). */
    located: boolean;
    body(a: Attributes, ctx: ArmContext): ArmBody;
}
export declare function defined(props: Record<string, unknown>): Record<string, unknown>;

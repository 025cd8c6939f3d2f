/** The per-type table entry of the CloudFormation export. */
import type { Attributes, Value } from "../../spec/model.js";
export type CfnProperties = Record<string, unknown>;
export interface CfnContext {
    /** `Ref`/`Fn::GetAtt` for a `ref(...)` value (what the target type's references read). */
    ref(value: Value | undefined): unknown;
    /** This resource's logical id. */
    logicalId: string;
    /** Declares a parameter of this resource (a NoEcho one for secrets) and returns its `Ref`. */
    parameter(suffix: string, def: Record<string, unknown>): unknown;
}
/** A further resource one spec resource stands for (the internet gateway's VPC attachment). */
export interface CfnExtra {
    suffix: string;
    type: string;
    properties: CfnProperties;
}
export interface CfnType {
    resourceType: string;
    properties(a: Attributes, ctx: CfnContext): CfnProperties;
    /** `list` (`[{Key, Value}]`), `map` (EKS node groups) or no tags. */
    tags: "list" | "map";
    /** The attribute a reference to this type reads through `Fn::GetAtt`; `Ref` when absent. */
    refAttribute?: string;
    extras?(a: Attributes, ctx: CfnContext): CfnExtra[];
    /** `DeletionPolicy` and `UpdateReplacePolicy` from the attributes, when the type has one. */
    deletionPolicy?(a: Attributes): string | undefined;
}
/** Drops undefined values, so that an absent spec property leaves the CloudFormation one out. */
export declare function defined(props: Record<string, unknown>): CfnProperties;

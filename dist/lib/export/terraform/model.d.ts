/**
 * The per-type table entry of the Terraform JSON export: how a spec resource's properties become
 * the provider's arguments where Plagentic's names differ from Terraform's (references drop
 * `_id`; flattened blocks are nested again).
 */
import type { ExportGroup } from "../format.js";
export type TfBody = Record<string, unknown>;
/** An extra resource a spec resource stands for (Azure's security group associations). */
export interface TfExtra {
    type: string;
    name: string;
    body: TfBody;
}
export interface TfContext {
    group: ExportGroup;
    /** The generated cloud name (an interpolation with the index for counted resources). */
    name: string;
    region: string;
    /** The environment's Azure resource group, when it names one. */
    resourceGroup?: string;
    /** Declares a sensitive variable for this resource's secret argument; returns its interpolation. */
    secret(argument: string): string;
}
export interface TfType {
    /** Spec property → Terraform argument. */
    rename?: Readonly<Record<string, string>>;
    /** For a reference property: which attribute of the target it reads (default `id`). */
    refAttribute?: Readonly<Record<string, string>>;
    /** Terraform requires a name the spec does not carry: this argument gets a generated one. */
    nameArgument?: string;
    /** Where the merged tags go: `tags` (AWS, Azure), `labels` (GCP, in label form) or elsewhere. */
    tags?: (body: TfBody, tags: Record<string, string>) => void;
    /** Restructures the converted arguments into the provider's blocks. */
    shape?: (body: TfBody, ctx: TfContext) => TfBody;
    extras?: (body: TfBody, ctx: TfContext) => TfExtra[];
}
export declare const tagsArgument: (name: string) => (body: TfBody, tags: Record<string, string>) => void;
/** Moves `keys` of `body` (those present) into a new object. */
export declare function take(body: TfBody, keys: readonly string[]): TfBody;

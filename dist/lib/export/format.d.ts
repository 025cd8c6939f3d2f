/**
 * The contract every export format implements, and what they share: the spec's resources grouped
 * back by `count`, the ownership tags a resource is exported with, and the error for a type a
 * format cannot express (never an omission).
 */
import { OWNER_TAG_ADDRESS } from "../providers/ownership.js";
import { PlagenticError } from "../spec/errors.js";
import type { Attributes, DesiredResource, ResolvedEnvironment } from "../spec/model.js";
export interface ExportOptions {
    /** The repository whose ownership tags the exported resources carry (`local` in a plain CLI run). */
    repository: string;
    sharedWith?: string[];
    /** CloudFormation only: YAML instead of JSON. */
    yaml?: boolean;
}
export interface ExportFormat {
    /** What `--format` takes. */
    name: string;
    /** The file name ending a written export conventionally has. */
    extension(opts: ExportOptions): string;
    /** Resource types the format can express, sorted. */
    supportedTypes(): string[];
    /** The exported text; throws UnsupportedTypeError for a type it cannot express. */
    render(env: ResolvedEnvironment, opts: ExportOptions): string;
}
/** A type the chosen format cannot express: names it, where it is, and what the format takes. */
export declare class UnsupportedTypeError extends PlagenticError {
    constructor(format: string, type: string, address: string, supported: readonly string[], why?: string);
}
/** One `resources:` entry of the spec with its expanded instances (none when `count: 0`). */
export interface ExportGroup {
    type: string;
    name: string;
    /** `type.name`, the address without an index. */
    key: string;
    count?: number;
    /** Properties with defaults applied (every instance of a counted resource shares them). */
    attributes: Attributes;
    /** Environment tags merged with the resource's; empty for untaggable types. */
    tags: Record<string, string>;
    instances: DesiredResource[];
}
/** The spec's resources in dependency order, each with its instances. */
export declare function exportGroups(env: ResolvedEnvironment): ExportGroup[];
/** Throws UnsupportedTypeError for the first resource whose type `supported` lacks. */
export declare function checkSupported(format: string, env: ResolvedEnvironment, supported: ReadonlySet<string>, why?: (type: string) => string | undefined): void;
/** Ownership tags (invariant 3) without the address, which depends on the instance. */
export declare function exportIdentityTags(env: ResolvedEnvironment, opts: ExportOptions): Record<string, string>;
export { OWNER_TAG_ADDRESS };
/**
 * A readable cloud name for a resource that needs one: `<environment>-<name>`, lower case letters,
 * digits and hyphens, starting with a letter, at most `max` characters (the index is appended by
 * each format in its own syntax).
 */
export declare function exportName(environment: string, name: string, max?: number): string;
/** `aws_instance.web-1[2]` → `AwsInstanceWeb12`: alphanumeric, as CloudFormation ids and ARM parameters require. */
export declare function pascalId(text: string): string;
/** JSON with two-space indentation and a final newline. */
export declare function stableJson(value: unknown): string;

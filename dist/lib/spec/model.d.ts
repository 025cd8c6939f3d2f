/**
 * The vocabulary of desired state: resource type definitions (the registry's entries) and
 * environment specs as parsed from `environments/<name>.yaml`.
 */
import type { SourceLocation } from "./errors.js";
export type Cloud = "aws" | "gcp" | "azure";
export type ProviderName = Cloud | "sandbox";
/** A property value after YAML parsing. References stay as the string `ref(<address>)`. */
export type Value = string | number | boolean | null | Value[] | {
    [key: string]: Value;
};
export type Attributes = Record<string, Value>;
/** Declarative schema of one property. Kept as data so the diff, docs and validation share it. */
export type PropertySchema = {
    kind: "string";
    enum?: readonly string[];
    pattern?: string;
} | {
    kind: "number";
    integer?: boolean;
    min?: number;
    max?: number;
} | {
    kind: "boolean";
}
/** A `ref(<type>.<name>)` to another resource in the same spec; `to` lists the allowed types. */
 | {
    kind: "ref";
    to: readonly string[];
} | {
    kind: "list";
    items: PropertySchema;
} | {
    kind: "map";
    values: PropertySchema;
} | {
    kind: "object";
    properties: Readonly<Record<string, PropertyDef>>;
};
export type PropertyDef = PropertySchema & {
    required?: boolean;
    /** Value used when the spec omits the property; defaults take part in the diff. */
    default?: Value;
    /**
     * What the cloud reports when the spec leaves the property out, without Plagentic applying it:
     * an import of live or Terraform state drops it as the cloud's choice, not the user's.
     */
    cloudDefault?: Value;
    /** Changing this property replaces the resource (Terraform's ForceNew). */
    forceNew?: boolean;
    /**
     * For lists: the order carries no meaning (security groups, CIDR blocks, rules), so the diff
     * compares them as sets and clouds that report them sorted do not show phantom changes.
     */
    unordered?: boolean;
    description?: string;
    /**
     * A top-level string that names a file in the repository (a Lambda zip). The loader resolves it
     * against the repository root, refuses a path outside it or a file over `maxBytes`, and writes
     * the base64 sha256 of its bytes into the property `hashInto`, so a changed file is a diff.
     */
    file?: {
        hashInto: string;
        maxBytes: number;
    };
    /** Set by the loader (the hash of a `file` property), never written in a spec. */
    computed?: boolean;
};
/**
 * How the cost module prices a resource type. Declarative so that the spec layer carries no cost
 * code; `src/cost` interprets it against the price catalog.
 */
export type PricingRule = 
/** Costs nothing by itself (VPC, subnet, security group, resource group...). */
{
    kind: "free";
}
/** Hourly compute priced by a size property looked up in a machine catalog. */
 | {
    kind: "compute";
    catalog: "aws-ec2" | "gcp-compute" | "azure-vm";
    sizeProperty: string;
    /** Optional disk the instance carries (e.g. aws_instance root_block_device). */
    diskProperty?: string;
    /** Optional boolean property that gives the instance a public IPv4 address, billed by the hour. */
    publicIpProperty?: string;
}
/** Any other rule is looked up by name in the cost module's estimator registry. */
 | {
    kind: "estimator";
    name: string;
};
export interface ResourceTypeDef {
    /** Terraform type name, e.g. `aws_instance`. */
    type: string;
    cloud: Cloud;
    /** Human label of the service, e.g. "EC2 instance". */
    service: string;
    properties: Readonly<Record<string, PropertyDef>>;
    pricing: PricingRule;
    /**
     * Dotted path of the property that names the machine size (instance type, VM size, DB class,
     * node pool size), for policy rules on allowed sizes and for cost suggestions.
     */
    sizeProperty?: string;
    /** Whether the resource accepts tags (AWS, Azure) or labels (GCP). */
    taggable: boolean;
}
export interface ResourceSpec {
    type: string;
    name: string;
    /** Absent means a single instance addressed without an index. */
    count?: number;
    /** Deleting or replacing a protected resource fails policy. */
    protected?: boolean;
    properties: Attributes;
    /** Usage figures for usage-priced services (requests per month, GB-seconds...). */
    usage?: Record<string, number>;
    tags?: Record<string, string>;
    /**
     * Cloud id of an existing resource (one per instance with `count`) that the plan adopts, by
     * adding this environment's ownership tags, instead of creating it (`import terraform`).
     */
    import_id?: string | string[];
}
export interface EnvironmentSpec {
    environment: string;
    provider: ProviderName;
    region: string;
    /** GCP project / Azure subscription and resource group, when the provider needs them. */
    project?: string;
    subscription?: string;
    resource_group?: string;
    /** Tags applied to every taggable resource, merged under resource tags. */
    tags: Record<string, string>;
    /** A protected environment refuses deletions and replacements. */
    protected?: boolean;
    /** What the environment should cost at most, in USD a month; plan comments forecast against it. */
    budget?: {
        monthly: number;
    };
    resources: ResourceSpec[];
}
/**
 * One concrete resource after expanding `count` and applying defaults: the unit the diff, the
 * cost estimate and the policy work on.
 */
export interface DesiredResource {
    /** `aws_instance.web` or `aws_instance.web[1]` for counted resources. */
    address: string;
    type: string;
    name: string;
    index?: number;
    protected: boolean;
    /** Declared properties with defaults applied; references as `ref(<address>)`. */
    attributes: Attributes;
    /** Environment tags merged with the resource's own; empty for untaggable types. */
    tags: Record<string, string>;
    usage: Record<string, number>;
    /** Addresses this resource references, in first-use order. */
    dependsOn: string[];
    /** The spec's `import_id` for this instance: the resource to adopt when the address owns none. */
    importId?: string;
}
/** A parsed, validated spec with its resources expanded and in dependency order. */
export interface ResolvedEnvironment {
    spec: EnvironmentSpec;
    /** Path the spec came from, for messages. */
    file: string;
    /** sha256 of the spec file's bytes. */
    digest: string;
    /** Resources in dependency order: everything a resource references comes before it. */
    resources: DesiredResource[];
    /**
     * Repository files the spec names whose hashes are not yet in `resources` (see
     * `resolveRepositoryFiles`); a plan refuses an environment that still has any.
     */
    unreadFiles?: RepositoryFileRef[];
    /** Where the spec's repository files were read, so that apply reads the very same ones. */
    files?: RepositoryFiles;
}
/** One `file` property of one resource, with where the spec wrote it. */
export interface RepositoryFileRef {
    /** The resource's `type.name` (every `count` instance shares the file). */
    resource: string;
    property: string;
    /** Repository-relative path, already checked in form (checkRepositoryPath). */
    path: string;
    hashInto: string;
    maxBytes: number;
    location: SourceLocation;
    /** The field as messages name it, e.g. `resources[2].properties.filename`. */
    field: string;
}
/**
 * Reads files of the repository a spec came from: the working tree on disk, or a commit through
 * the GitHub API. Every implementation refuses a path that is absolute, leaves the repository
 * (`..`, a symlink pointing out) or names no file, and a file over `maxBytes`, with a
 * RepositoryFileError; nothing past the bound is read.
 */
export interface RepositoryFiles {
    read(path: string, maxBytes: number): Promise<Uint8Array>;
}
/**
 * Tag a protected, taggable resource carries in the cloud, so that deleting it is refused even by a
 * change that removes it (and its `protected: true`) from the spec. A plain key, valid as a GCP label.
 */
export declare const PROTECTED_TAG = "plagentic-protected";
export declare const REF_PATTERN: RegExp;
/** Whether `value` is a reference: `refTarget(value) !== undefined`, without building the match. */
export declare function isRef(value: unknown): boolean;
export declare function refTarget(value: Value): string | undefined;
/** The deposed address a `ref(...)` to a deposed copy names, or undefined. */
export declare function deposedRefTarget(value: Value): string | undefined;

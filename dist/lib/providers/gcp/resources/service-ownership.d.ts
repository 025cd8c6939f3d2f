/**
 * How GKE clusters and node pools, Cloud SQL instances and Cloud Functions say they are
 * Plagentic's (invariant 3), and how that is read back into provider.ts's tag form.
 *
 * Every one of them carries labels (a cluster's `resourceLabels`, a node pool's
 * `config.resourceLabels`, Cloud SQL's `settings.userLabels`, a function's `labels`). Label values
 * hold only 63 of `[a-z0-9_-]`, so:
 * - the environment is `encodeLabel`led (reversible) and is what lists filter on server-side;
 * - the repository is `repositoryLabel` (readable prefix + the 16-hex `repositoryKey`), which
 *   identifies it but cannot be turned back into the name: read back, it counts as the target's
 *   repository only when it is exactly `repositoryLabel(target.repository)`, as `labelsOwnedBy` decides;
 * - the address is encoded reversibly over as many labels as it needs (`plagentic-address`,
 *   `plagentic-address-1`, ...), since it must come back whole (a Cloud SQL instance has nowhere else);
 * - a share is `plagentic-share-<repositoryKey>` = `repositoryLabel`, mutable with the labels.
 * Where a free-text field exists (a cluster's and a function's `description`), the create also
 * writes the full ownership tags there as ownership.ts's JSON marker; the identity is then read
 * from the marker and the labels must agree with it, so a label copied onto something else is not
 * enough. Any `plagentic-` label is Plagentic's: a spec's tags can neither write nor hide one.
 */
import type { Attributes } from "../../../spec/model.js";
import { type Found, type LiveResource, type ProviderTarget, type ResourceOperation } from "../../provider.js";
import { environmentLabel, LABEL_ENVIRONMENT } from "../ownership.js";
export type Labels = Record<string, string>;
export { environmentLabel, LABEL_ENVIRONMENT };
export declare function isPlagenticLabel(key: string): boolean;
/** The address over one or more labels, reversibly. */
export declare function addressLabels(address: string): Labels;
export declare function addressOf(labels: Readonly<Labels>): string | undefined;
/** The spec's tags as labels; invalid ones and any `plagentic-` key are refused. */
export declare function userLabels(op: ResourceOperation): Labels;
/** The labels a create writes: the spec's, then every ownership one (never the other way round). */
export declare function createLabels(op: ResourceOperation, extra?: Labels): Labels;
/** The labels an update writes: what `identityTagsAfterUpdate` keeps, in label form. */
export declare function updateLabels(current: Readonly<Labels>, op: ResourceOperation, extra?: Labels): Labels;
/** Labels without Plagentic's: the user tags a live resource reports. */
export declare function tagsOfLabels(labels: Readonly<Labels> | null | undefined): Labels;
/**
 * The live form of a listed resource: its address from the ownership tags, its user labels as
 * tags, and `state` when the API says it is `broken` (so the next plan replaces it).
 */
export declare function serviceLive(type: string, found: Found<unknown>, attributes: Attributes, labels: Readonly<Labels> | null | undefined, state: string, broken: ReadonlySet<string>): LiveResource;
/**
 * Ownership tags, in provider form, of a resource that only has labels. A repository label that
 * is not the target's stays opaque (`label:<value>`, never a repository name), so it owns nothing.
 */
export declare function ownershipFromLabels(labels: Readonly<Labels> | null | undefined, target: ProviderTarget): Labels;
/**
 * Ownership tags of a resource whose description holds the marker: its identity, when the labels
 * say the same environment, repository and address; nothing (nobody's) when they disagree.
 */
export declare function ownershipFromMarker(description: string | null | undefined, labels: Readonly<Labels> | null | undefined, target: ProviderTarget): Labels;
/** Which of `omittable` the spec left out, as one label value (`disk_type-2cnode_locations`). */
export declare function omittedLabel(omitted: readonly string[]): Labels;
export declare function omittedOf(labels: Readonly<Labels> | null | undefined): string[];
/** Whether two label sets hold the same pairs, in any order. */
export declare function sameLabels(a: Readonly<Labels> | null | undefined, b: Readonly<Labels> | null | undefined): boolean;

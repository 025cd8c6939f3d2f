/**
 * The Resource Groups Tagging API: every resource of some services' types that carries an
 * environment's tag, in calls that grow with pages. An optional handler lists its resources
 * through it, and the provider finds in one walk which optional types an environment has, so a
 * plan of a spec that uses none of them loads none of their SDKs, yet still sees one left behind.
 */
import type { ProviderTarget } from "../provider.js";
import { OWNER_TAG_ENVIRONMENT } from "../provider.js";
import { call, type AwsContext, type AwsHandler } from "./context.js";

/** A tagged resource as the tagging API lists it: its ARN and every tag. */
export interface TaggedResource {
  arn: string;
  tags: Record<string, string>;
}

/** `arn:aws:lambda:us-east-1:1234:function:x` → `lambda:function`; `…:loadbalancer/app/…` → `elasticloadbalancing:loadbalancer`. */
export function taggingTypeOf(arn: string): string | undefined {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return undefined;
  return `${parts[2]}:${parts[5]!.split("/")[0]!}`;
}

/**
 * The environment's resources of `taggingTypes`; `enough` stops the walk early once the caller
 * has what it needs.
 */
export async function taggedResources(
  ctx: AwsContext,
  target: ProviderTarget,
  taggingTypes: readonly string[],
  enough: (found: readonly TaggedResource[]) => boolean = () => false,
): Promise<TaggedResource[]> {
  const { ResourceGroupsTaggingAPIClient, GetResourcesCommand } =
    await import("@aws-sdk/client-resource-groups-tagging-api");
  const tagging = ctx.client("RESOURCE_GROUPS_TAGGING_API", (c) => new ResourceGroupsTaggingAPIClient(c));
  const out: TaggedResource[] = [];
  let token: string | undefined;
  do {
    const page = await call(`listing ${taggingTypes.join(", ")} of ${target.environment}`, () =>
      tagging.send(
        new GetResourcesCommand({
          ResourceTypeFilters: [...taggingTypes],
          TagFilters: [{ Key: OWNER_TAG_ENVIRONMENT, Values: [target.environment] }],
          ...(token && { PaginationToken: token }),
        }),
      ),
    );
    for (const r of page.ResourceTagMappingList ?? []) {
      if (!r.ResourceARN) continue;
      const tags = Object.fromEntries((r.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
      out.push({ arn: r.ResourceARN, tags });
    }
    token = page.PaginationToken || undefined;
  } while (token && !enough(out));
  return out;
}

/** Which of `types` (optional handlers' types) have resources in the target's environment. */
export async function discoverAwsTypes(
  handlers: Readonly<Record<string, AwsHandler>>,
  ctx: AwsContext,
  target: ProviderTarget,
  types: readonly string[],
): Promise<ReadonlySet<string>> {
  const byTaggingType = new Map<string, string>();
  for (const type of types) {
    const taggingType = handlers[type]?.taggingType;
    // A type the tagging API cannot find is listed, rather than missed.
    if (taggingType === undefined) return new Set(types);
    byTaggingType.set(taggingType, type);
  }
  const typeOf = (r: TaggedResource) => byTaggingType.get(taggingTypeOf(r.arn) ?? "");
  const found = await taggedResources(
    ctx,
    target,
    [...byTaggingType.keys()],
    (so) => new Set(so.map(typeOf)).size >= byTaggingType.size,
  );
  return new Set(found.flatMap((r) => typeOf(r) ?? []));
}

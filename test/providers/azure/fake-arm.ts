/**
 * A small in-memory Azure Resource Manager behind nock, for tests that apply a whole spec and read
 * it back. Built from the ARM REST reference: a PUT at a resource path stores its wire body (ARM
 * adds `id`, `name`, `type` and `provisioningState`), a GET serves it or a collection of it as
 * `{ value }`, a DELETE removes it and everything under it. Resource groups are listed with the
 * `$filter=tagName eq ... and tagValue eq ...` form the provider uses, and a virtual network
 * reports the subnets PUT inside it, as ARM does. PUTs finish at once (no Azure-AsyncOperation):
 * the polling itself is covered by azure-provider.test.ts.
 *
 * Generic over resource kinds, so a new type's handler (AKS, SQL, App Service) works against it
 * without changes as long as its API is plain ARM PUT/GET/DELETE under a resource group.
 */
import nock from "nock";
import { ARM, SUB } from "./fixtures.js";

type Body = Record<string, unknown>;

export interface FakeArm {
  /** Stored resources by lower-cased path (`/subscriptions/.../resourcegroups/...`). */
  stored: Map<string, Body>;
  requests: { method: string; path: string }[];
  /** The stored resource with this id (any case), for a test to edit behind the provider's back. */
  get(id: string): Body | undefined;
  done(): void;
}

/** `providers/Microsoft.Network/virtualNetworks/x/subnets/y` → `Microsoft.Network/virtualNetworks/subnets`. */
function typeOf(path: string): string {
  const m = /\/providers\/([^/]+)\/(.+)$/.exec(path);
  if (!m) return "Microsoft.Resources/resourceGroups";
  const parts = m[2]!.split("/");
  return [m[1], ...parts.filter((_, i) => i % 2 === 0)].join("/");
}

const notFound = (path: string, code = "ResourceNotFound") => [
  404,
  { error: { code, message: `The resource '${path}' was not found.` } },
];

/** `groups` are created up front, untagged, as a user makes the environment's group. */
export function fakeArm(groups: readonly string[] = ["payments-rg"]): FakeArm {
  const stored = new Map<string, Body>();
  const requests: FakeArm["requests"] = [];
  const key = (path: string) => path.replace(/\/+$/, "").toLowerCase();
  const groupPath = (g: string) => `/subscriptions/${SUB}/resourceGroups/${g}`;
  for (const g of groups) {
    stored.set(key(groupPath(g)), {
      id: groupPath(g),
      name: g,
      type: "Microsoft.Resources/resourceGroups",
      location: "eastus",
      properties: { provisioningState: "Succeeded" },
    });
  }
  /** The resource group a path lies in, or undefined for paths outside one. */
  const groupOf = (path: string): string | undefined =>
    /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+/.exec(key(path))?.[0];

  /** A stored resource as ARM reports it: a network with the subnets inside it. */
  const view = (k: string): Body => {
    const body = stored.get(k)!;
    if (typeOf(k).toLowerCase() !== "microsoft.network/virtualnetworks") return body;
    const subnets = [...stored].filter(([p]) => p.startsWith(`${k}/subnets/`)).map(([, v]) => v);
    return { ...body, properties: { ...(body["properties"] as Body), subnets } };
  };
  /** Direct children of a collection path (`.../virtualNetworks`), in the order they were made. */
  const children = (collection: string): Body[] =>
    [...stored.keys()]
      .filter((p) => p.startsWith(`${collection}/`) && !p.slice(collection.length + 1).includes("/"))
      .map(view);

  const scope = nock(ARM)
    .persist()
    .put(/.*/)
    .query(true)
    .reply(async (req: Request) => {
      const url = new URL(req.url);
      const path = url.pathname.replace(/\/+$/, "");
      requests.push({ method: "PUT", path });
      const group = groupOf(path);
      if (group && group !== key(path) && !stored.has(group)) return notFound(path, "ResourceGroupNotFound");
      const body = JSON.parse((await req.text()) || "{}") as Body;
      const k = key(path);
      const existed = stored.has(k);
      const name = path.split("/").pop()!;
      const properties = { ...(body["properties"] as Body | undefined) };
      // A network's subnets live on as their own resources (the fake reports them from there).
      delete properties["subnets"];
      const saved: Body = {
        ...body,
        id: existed ? stored.get(k)!["id"] : path,
        name,
        type: typeOf(path),
        properties: { ...properties, provisioningState: "Succeeded" },
      };
      stored.set(k, saved);
      return [existed ? 200 : 201, view(k)];
    })
    .get(/.*/)
    .query(true)
    .reply((req: Request) => {
      const url = new URL(req.url);
      const path = url.pathname.replace(/\/+$/, "");
      requests.push({ method: "GET", path: path + url.search });
      const k = key(path);
      if (stored.has(k)) return [200, view(k)];
      if (k === key(`/subscriptions/${SUB}/resourcegroups`)) {
        const filter = /tagName eq '(.*)' and tagValue eq '(.*)'/.exec(url.searchParams.get("$filter") ?? "");
        const value = children(k).filter((g) => {
          if (!filter) return true;
          const tags = (g["tags"] ?? {}) as Record<string, string>;
          return tags[filter[1]!] === filter[2]!.replace(/''/g, "'");
        });
        return [200, { value }];
      }
      const group = groupOf(path);
      if (group && !stored.has(group)) return notFound(path, "ResourceGroupNotFound");
      if (group && k === `${group}/resources`) {
        const value = [...stored.keys()]
          .filter(
            (p) => p.startsWith(`${group}/providers/`) && !/\/providers\/[^/]+\/[^/]+\/[^/]+\/./.test(p),
          )
          .map((p) => stored.get(p)!);
        return [200, { value }];
      }
      // A collection: an even number of segments after the provider namespace.
      if (/\/providers\/[^/]+(\/[^/]+\/[^/]+)*\/[^/]+$/.test(k)) return [200, { value: children(k) }];
      return notFound(path);
    })
    .delete(/.*/)
    .query(true)
    .reply((req: Request) => {
      const url = new URL(req.url);
      const path = url.pathname.replace(/\/+$/, "");
      requests.push({ method: "DELETE", path });
      const k = key(path);
      if (!stored.has(k)) return [204];
      for (const p of [...stored.keys()]) if (p === k || p.startsWith(`${k}/`)) stored.delete(p);
      return [200];
    });

  return {
    stored,
    requests,
    get: (id) => stored.get(key(id)),
    done: () => {
      scope.persist(false);
      nock.cleanAll();
    },
  };
}

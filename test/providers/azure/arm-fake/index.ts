/**
 * A stateful fake of Azure Resource Manager behind nock, for the real ARM clients: resources
 * PUT, PATCHed, read, listed and deleted through long-running operations as the ARM REST reference
 * describes them (store.ts), with knobs for what tests need (operations that never end or end
 * Failed) and a record of every request. `fakeAzure` makes a provider on it whose clock only
 * moves when it sleeps, so waiting tests take no time.
 */
import nock from "nock";
import type { PriceCatalog } from "../../../../src/cost/catalog.js";
import { createAzureProvider } from "../../../../src/providers/azure/index.js";
import type { Provider } from "../../../../src/providers/provider.js";
import { ARM } from "../fixtures.js";
import { settled } from "./settle.js";
import { ArmStore, type Operation, type Wire } from "./store.js";

export { FAKE_TENANT } from "./settle.js";
export type { Wire } from "./store.js";

type Reply = [number, unknown?, Record<string, string>?];

export interface Sent {
  method: string;
  path: string;
  body?: Record<string, unknown>;
}

const GROUP_TYPE = "Microsoft.Resources/resourceGroups";

const notFound = (what: string, code = "ResourceNotFound"): Reply => [
  404,
  { error: { code, message: `The Resource '${what}' was not found.` } },
];

export class ArmFake {
  readonly store = new ArmStore();
  readonly sent: Sent[] = [];
  /** InProgress polls each operation answers before it ends. */
  polls = 1;
  /** New operations never end (a Timeout). */
  hang = false;
  /** The next PUT's operation ends Failed with this error. */
  failNext: { code: string; message: string } | undefined;

  install(): this {
    for (const method of ["GET", "PUT", "PATCH", "DELETE", "POST"]) {
      nock(ARM)
        .persist()
        .intercept(() => true, method)
        .reply(async (req: Request) => {
          const [status, body, headers] = await this.route(req);
          return [
            status,
            body === undefined ? "" : JSON.stringify(body),
            { "content-type": "application/json", ...headers },
          ];
        });
    }
    return this;
  }

  /** Requests of `method` whose path contains `part` (case-insensitive). */
  calls(method: string, part = ""): Sent[] {
    return this.sent.filter((s) => s.method === method && s.path.toLowerCase().includes(part.toLowerCase()));
  }

  /** A resource as a GET shows it. */
  resource(id: string): Wire | undefined {
    return this.store.get(id);
  }

  private async route(req: Request): Promise<Reply> {
    const url = new URL(req.url);
    const path = decodeURIComponent(url.pathname);
    const text = req.method === "GET" || req.method === "DELETE" ? "" : await req.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    this.sent.push({ method: req.method, path, ...(body && { body }) });
    const segs = path.split("/").filter(Boolean);
    const lower = path.toLowerCase();

    const op = /\/providers\/fake\/(operations|operationresults)\/(op-\d+)$/i.exec(path);
    if (op) return this.poll(op[2]!, op[1]!.toLowerCase() === "operationresults");
    if (segs.length === 3 && lower.endsWith("/resources")) return this.discovery(url);
    if (segs.length === 3 && lower.endsWith("/resourcegroups")) return [200, { value: this.groups(url) }];
    if (segs.length === 4 && segs[2]!.toLowerCase() === "resourcegroups")
      return this.group(req.method, path, body);
    if (segs.length === 5 && lower.endsWith("/resources")) {
      const group = path.slice(0, -"/resources".length);
      return this.store.get(group)
        ? [200, { value: this.store.inGroup(group) }]
        : notFound(group, "ResourceGroupNotFound");
    }
    if (req.method === "POST" && lower.endsWith("/config/appsettings/list")) {
      const site = path.slice(0, -"/config/appsettings/list".length);
      if (!this.store.get(site)) return notFound(site);
      return [
        200,
        {
          id: `${site}/config/appsettings`,
          name: "appsettings",
          properties: this.store.appSettings.get(site.toLowerCase()) ?? {},
        },
      ];
    }
    if (segs[4]?.toLowerCase() !== "providers" || segs.length < 7)
      return [501, { error: { code: "NotImplemented", message: path } }];
    // Pairs of type and name follow the namespace: an odd count ends in a collection.
    const collection = (segs.length - 6) % 2 === 1;
    if (collection) {
      if (req.method !== "GET") return [405, { error: { code: "MethodNotAllowed", message: path } }];
      if (segs.length > 7 && !this.store.get(`/${segs.slice(0, -1).join("/")}`))
        return notFound(path, "ParentResourceNotFound");
      return [200, { value: this.store.children(path).map((r) => this.store.view(r)) }];
    }
    switch (req.method) {
      case "GET": {
        const r = this.store.get(path);
        return r ? [200, this.store.view(r)] : notFound(path);
      }
      case "PUT":
        return this.put(path, segs, body ?? {});
      case "PATCH":
        return this.patch(path, body ?? {});
      case "DELETE":
        return this.remove(path, segs);
      default:
        return [405, { error: { code: "MethodNotAllowed", message: path } }];
    }
  }

  private discovery(url: URL): Reply {
    const env = /tagValue eq '((?:[^']|'')*)'/
      .exec(url.searchParams.get("$filter") ?? "")?.[1]
      ?.replace(/''/g, "'");
    const value = [...this.store.resources.values()]
      .filter((r) => env !== undefined && r.tags?.["plagentic:environment"] === env)
      .map((r) => ({ id: r.id, name: r.name, type: r.type, tags: r.tags }));
    return [200, { value }];
  }

  /** Resource groups carrying the tag `$filter` names (`tagName eq 'k' and tagValue eq 'v'`), or all. */
  private groups(url: URL): Wire[] {
    const filter = /tagName eq '((?:[^']|'')*)' and tagValue eq '((?:[^']|'')*)'/.exec(
      url.searchParams.get("$filter") ?? "",
    );
    const unquote = (s: string) => s.replace(/''/g, "'");
    return [...this.store.resources.values()].filter(
      (r) => r.type === GROUP_TYPE && (!filter || r.tags?.[unquote(filter[1]!)] === unquote(filter[2]!)),
    );
  }

  /** A resource group: its PUT ends at once (no operation), its DELETE is long-running. */
  private group(method: string, path: string, body: Record<string, unknown> | undefined): Reply {
    const existing = this.store.get(path);
    if (method === "GET") return existing ? [200, existing] : notFound(path, "ResourceGroupNotFound");
    if (method === "DELETE") return this.remove(path, path.split("/").filter(Boolean));
    if (method !== "PUT") return [405, { error: { code: "MethodNotAllowed", message: path } }];
    const r: Wire = {
      id: existing?.id ?? path,
      name: path.split("/").pop()!,
      type: GROUP_TYPE,
      location: String(body?.["location"] ?? existing?.location ?? ""),
      tags: (body?.["tags"] as Record<string, string>) ?? {},
      properties: { provisioningState: "Succeeded" },
    };
    this.store.set(r);
    return [existing ? 200 : 201, r];
  }

  private put(path: string, segs: string[], sent: Record<string, unknown>): Reply {
    // What ARM keeps is its own copy, not the request a test looks at.
    const body = structuredClone(sent);
    if (segs.length > 8 && !this.store.get(`/${segs.slice(0, -2).join("/")}`)) {
      return notFound(`/${segs.slice(0, -2).join("/")}`, "ParentResourceNotFound");
    }
    const existing = this.store.get(path);
    const props = {
      ...(existing?.properties ?? {}),
      ...((body["properties"] as Record<string, unknown>) ?? {}),
    };
    // Secrets are accepted and never shown again.
    delete props["administratorLoginPassword"];
    // A network's subnets are resources of their own: the PUT's list is what the network keeps.
    if (Array.isArray(props["subnets"])) this.store.keepSubnets(path, props["subnets"] as Wire[]);
    delete props["subnets"];
    const config = props["siteConfig"] as Record<string, unknown> | undefined;
    if (config?.["appSettings"]) {
      const pairs = config["appSettings"] as { name: string; value: string }[];
      this.store.appSettings.set(path.toLowerCase(), Object.fromEntries(pairs.map((p) => [p.name, p.value])));
      const { appSettings: _, ...rest } = config;
      props["siteConfig"] = rest;
    }
    const r: Wire = {
      id: path,
      name: segs[segs.length - 1]!,
      type: [segs[5], ...segs.slice(6).filter((_, i) => i % 2 === 0)].join("/"),
      ...(body["location"] !== undefined && { location: String(body["location"]) }),
      tags: (body["tags"] as Record<string, string>) ?? {},
      ...(body["sku"] !== undefined && { sku: body["sku"] as Record<string, unknown> }),
      ...(body["kind"] !== undefined && { kind: String(body["kind"]) }),
      ...(body["identity"] !== undefined && {
        identity: { ...(body["identity"] as object), principalId: "p-1" },
      }),
      properties: { ...props, provisioningState: existing ? "Updating" : "Creating" },
    };
    this.store.set(r);
    return this.accepted(existing ? 200 : 201, r, {
      done: () => settled(r),
      failed: () => {
        r.properties["provisioningState"] = "Failed";
      },
    });
  }

  private patch(path: string, body: Record<string, unknown>): Reply {
    const r = this.store.get(path);
    if (!r) return notFound(path);
    if (body["tags"] !== undefined) r.tags = body["tags"] as Record<string, string>;
    const props = { ...((body["properties"] as Record<string, unknown>) ?? {}) };
    delete props["administratorLoginPassword"];
    Object.assign(r.properties, props);
    return this.accepted(202, r, { done: () => settled(r) });
  }

  private remove(path: string, segs: string[]): Reply {
    const r = this.store.get(path);
    if (!r) return [204];
    if (segs[5]?.toLowerCase() === "microsoft.web") {
      this.store.drop(path);
      return [200];
    }
    r.properties["provisioningState"] = "Deleting";
    const name = this.store.startOperation(this.operation({ done: () => this.store.drop(path) }));
    const base = `/subscriptions/${segs[1]}/providers/fake`;
    return [202, undefined, { Location: `${ARM}${base}/operationResults/${name}?api-version=fake` }];
  }

  private operation(o: Pick<Operation, "done" | "failed">): Operation {
    const error = this.failNext;
    this.failNext = undefined;
    return { remaining: this.hang ? Infinity : this.polls, ...(error && { error }), ...o };
  }

  private accepted(status: number, r: Wire, o: Pick<Operation, "done" | "failed">): Reply {
    const name = this.store.startOperation(this.operation(o));
    const sub = r.id.split("/")[2]!;
    const headers = {
      "Azure-AsyncOperation": `${ARM}/subscriptions/${sub}/providers/fake/operations/${name}?api-version=fake`,
    };
    return [status, r, headers];
  }

  private poll(name: string, location: boolean): Reply {
    const op = this.store.operations.get(name);
    if (!op) return notFound(name);
    if (op.remaining > 0) {
      op.remaining--;
      return location ? [202, undefined, {}] : [200, { status: "InProgress" }];
    }
    if (op.error) {
      op.failed?.();
      return location ? [500, { error: op.error }] : [200, { status: "Failed", error: op.error }];
    }
    op.done();
    return location ? [200] : [200, { status: "Succeeded" }];
  }
}

/** A provider on the fake; its clock moves 10 s per sleep, and only then. */
export async function fakeAzure(
  options: { progress?: string[]; timeoutMs?: number; settings?: Record<string, unknown> } = {},
): Promise<{ fake: ArmFake; provider: Provider }> {
  const fake = new ArmFake().install();
  let now = 0;
  const provider = await createAzureProvider(
    {
      store: () => {
        throw new Error("the azure provider must not open the store");
      },
      catalog: {} as PriceCatalog,
      settings: { default: "azure", ...(options.settings && { azure: options.settings }) },
      env: {},
      progress: (line) => options.progress?.push(line),
    },
    {
      credential: { getToken: async () => ({ token: "t", expiresOnTimestamp: Date.now() + 3.6e6 }) },
      updateIntervalInMs: 1,
      sleep: async (ms) => {
        now += Math.max(ms, 10_000);
      },
      now: () => now,
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    },
  );
  return { fake, provider };
}

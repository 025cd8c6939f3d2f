/**
 * The state of a fake Azure Resource Manager: resources by id in ARM's wire form (everything but
 * `location`, `tags`, `sku`, `kind` and `identity` under `properties`), the app settings of sites,
 * and long-running operations. Built from the public ARM REST reference ("Track asynchronous
 * Azure operations"): a PUT or PATCH answers 201/202 with an `Azure-AsyncOperation` URL whose
 * status is `InProgress` until it is `Succeeded` or `Failed`; a DELETE answers 202 with a
 * `Location` URL that answers 202 until it answers 200.
 */
export type Wire = {
  id: string;
  name: string;
  type: string;
  location?: string;
  tags?: Record<string, string>;
  sku?: Record<string, unknown>;
  kind?: string;
  identity?: Record<string, unknown>;
  properties: Record<string, unknown>;
};

export interface Operation {
  /** Polls left before it ends. */
  remaining: number;
  /** Ends Failed with this error, instead of Succeeded. */
  error?: { code: string; message: string };
  /** What ARM does when it ends well (set provisioningState, drop a deleted resource). */
  done: () => void;
  /** What a failed PUT leaves behind. */
  failed?: () => void;
}

export class ArmStore {
  readonly resources = new Map<string, Wire>();
  readonly appSettings = new Map<string, Record<string, string>>();
  readonly operations = new Map<string, Operation>();
  private nextOperation = 1;

  get(id: string): Wire | undefined {
    return this.resources.get(id.toLowerCase());
  }

  set(resource: Wire): void {
    this.resources.set(resource.id.toLowerCase(), resource);
  }

  /** Drops a resource and whatever lives under it (a server's databases). */
  drop(id: string): void {
    const key = id.toLowerCase();
    for (const k of [...this.resources.keys()])
      if (k === key || k.startsWith(`${key}/`)) this.resources.delete(k);
    this.appSettings.delete(key);
  }

  /** The resources directly inside `collection` (a path ending in a type's plural name). */
  children(collection: string): Wire[] {
    const prefix = `${collection.toLowerCase()}/`;
    return [...this.resources.entries()]
      .filter(([k]) => k.startsWith(prefix) && !k.slice(prefix.length).includes("/"))
      .map(([, r]) => r);
  }

  /** The resources ARM lists in a group: all but a network's subnets, which it reports inside the network. */
  inGroup(group: string): Wire[] {
    const prefix = `${group.toLowerCase()}/providers/`;
    return [...this.resources.entries()]
      .filter(([k, r]) => k.startsWith(prefix) && !r.type.toLowerCase().endsWith("/subnets"))
      .map(([, r]) => r);
  }

  /** A resource as a GET shows it: a virtual network with the subnets stored inside it. */
  view(r: Wire): Wire {
    if (r.type.toLowerCase() !== "microsoft.network/virtualnetworks") return r;
    return { ...r, properties: { ...r.properties, subnets: this.children(`${r.id}/subnets`) } };
  }

  /**
   * A network PUT with `subnets`: those not named are deleted, as ARM does, and new ones are made
   * (finished at once); the named ones already stored keep their own state.
   */
  keepSubnets(network: string, sent: readonly Partial<Wire>[]): void {
    const names = new Set(sent.map((s) => String(s.name ?? "").toLowerCase()));
    for (const s of this.children(`${network}/subnets`))
      if (!names.has(s.name.toLowerCase())) this.drop(s.id);
    for (const s of sent) {
      const id = `${network}/subnets/${String(s.name)}`;
      if (this.get(id)) continue;
      const properties = { ...(s.properties ?? {}), provisioningState: "Succeeded" };
      this.set({ id, name: String(s.name), type: "Microsoft.Network/virtualNetworks/subnets", properties });
    }
  }

  startOperation(op: Operation): string {
    const name = `op-${this.nextOperation++}`;
    this.operations.set(name, op);
    return name;
  }
}

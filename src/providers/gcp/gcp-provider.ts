/**
 * Google Compute Engine through @google-cloud/compute over REST. Reads are a handful of bulk
 * list calls filtered server-side; creates carry GCE's `requestId` (the idempotency token) and
 * wait on the operation until it is DONE, checking its `error`, which the client does not raise.
 */
import { createHash } from "node:crypto";
import {
  FirewallsClient,
  GlobalOperationsClient,
  InstancesClient,
  NetworksClient,
  RegionOperationsClient,
  SubnetworksClient,
  ZoneOperationsClient,
  type protos,
} from "@google-cloud/compute";
import type { CallOptions } from "google-gax";
import type { Attributes } from "../../spec/model.js";
import {
  identityTagsAfterUpdate,
  isOwnershipTag,
  OWNER_TAG_ADDRESS,
  ownedBy,
  ownershipTags,
  ProviderOperationError,
  type LiveResource,
  type Provider,
  type ProviderTarget,
  type ResourceOperation,
} from "../provider.js";
import { credentialsCheck, defaultGcpAuth } from "./credentials.js";
import { PlagenticError } from "../../spec/errors.js";
import type { ProviderDeps } from "../registry.js";
import {
  isLabelKey,
  isLabelValue,
  lastSegment,
  nameFilter,
  parseResourcePath,
  resourceName,
  resourcePath,
  type GcpKind,
  type GcpResourceRef,
  type GcpScope,
} from "./names.js";
import { omittedPaths, withoutPaths } from "../omitted.js";
import {
  describeOwned,
  environmentLabel,
  instanceAddress,
  isOwnerLabel,
  LABEL_ENVIRONMENT,
  labelsOwnedBy,
  METADATA_ADDRESS,
  METADATA_BOOT_DISK,
  METADATA_OMITTED,
  ownerLabels,
  ownerLabelsAfterUpdate,
  readDescription,
} from "./ownership.js";
import {
  bootDiskOf,
  firewallAttributes,
  firewallBody,
  instanceAttributes,
  instanceBody,
  metadataOf,
  networkAttributes,
  networkBody,
  OMITTABLE,
  str,
  subnetworkAttributes,
  subnetworkBody,
  type BootDisk,
  type IFirewall,
  type IInstance,
  type INetwork,
  type ISubnetwork,
} from "./resources.js";

type IOperation = protos.google.cloud.compute.v1.IOperation;
/** A resource `target` owns or is shared, and the ownership tags (or instance labels) it carries. */
interface Owned {
  live: LiveResource;
  ownership: Record<string, string>;
}
type ClientOptions = NonNullable<ConstructorParameters<typeof InstancesClient>[0]>;

export const GCP_TYPES = [
  "google_compute_network",
  "google_compute_subnetwork",
  "google_compute_firewall",
  "google_compute_instance",
] as const;

const KIND_BY_TYPE: Record<string, GcpKind> = {
  google_compute_network: "network",
  google_compute_subnetwork: "subnetwork",
  google_compute_firewall: "firewall",
  google_compute_instance: "instance",
};
const TYPE_BY_KIND: Record<GcpKind, string> = {
  network: "google_compute_network",
  subnetwork: "google_compute_subnetwork",
  firewall: "google_compute_firewall",
  instance: "google_compute_instance",
};

/**
 * Codes worth retrying: gRPC statuses (UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, INTERNAL)
 * and, because errors over REST can reach the retry loop with the HTTP status as their code, the
 * HTTP statuses they map from. Retrying an insert is safe: it carries its requestId.
 */
const RETRYABLE_CODES = [14, 4, 8, 13, 500, 502, 503, 504, 429];
const PAGE_SIZE = 500;

export interface GcpRetrySettings {
  maxRetries: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

/** What tests (and unusual setups) replace; everything else comes from ProviderDeps. */
export interface GcpProviderOptions {
  /** Credentials; Application Default Credentials (incl. workload identity federation) when absent. */
  authClient?: ClientOptions["authClient"];
  /** Host, port and protocol of the API; deps.settings.gcp.apiEndpoint gives the host (or a URL). */
  endpoint?: { apiEndpoint: string; port?: number; protocol?: "http" | "https" };
  /** Explicit retries, since the client's built-in ones do not fire over REST. */
  retry?: Partial<GcpRetrySettings>;
  /** Longest wait for one operation to reach DONE. */
  operationTimeoutMs?: number;
  /** Clock for the operation deadline. */
  now?: () => number;
}

export function createGcpProvider(deps: ProviderDeps, options: GcpProviderOptions = {}): Provider {
  const clientOptions = buildClientOptions(deps, options);
  // Given credentials (tests, unusual setups) are used as they are; ADC is checked before any call.
  let credentialsReady: () => Promise<void> = async () => undefined;
  if (!options.authClient) {
    const auth = defaultGcpAuth(deps.settings.gcp?.project);
    clientOptions.auth = auth;
    credentialsReady = credentialsCheck(auth, deps.env);
  }
  const networks = new NetworksClient(clientOptions);
  const subnetworks = new SubnetworksClient(clientOptions);
  const firewalls = new FirewallsClient(clientOptions);
  const instances = new InstancesClient(clientOptions);
  const globalOps = new GlobalOperationsClient(clientOptions);
  const regionOps = new RegionOperationsClient(clientOptions);
  const zoneOps = new ZoneOperationsClient(clientOptions);

  const retry = { ...{ maxRetries: 4, initialDelayMs: 500, maxDelayMs: 10_000 }, ...options.retry };
  const call: CallOptions = {
    autoPaginate: false,
    retry: {
      retryCodes: RETRYABLE_CODES,
      backoffSettings: {
        maxRetries: retry.maxRetries,
        initialRetryDelayMillis: retry.initialDelayMs,
        retryDelayMultiplier: 2,
        maxRetryDelayMillis: retry.maxDelayMs,
      },
    },
  };
  const timeoutMs = options.operationTimeoutMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const progress = deps.progress ?? (() => undefined);

  function projectOf(target: ProviderTarget): string {
    const project = target.project ?? deps.settings.gcp?.project ?? deps.env["GOOGLE_CLOUD_PROJECT"];
    if (!project) {
      throw new ProviderOperationError(
        "MissingProject",
        "no GCP project: set `project:` in the environment spec or `providers.gcp.project` in config",
      );
    }
    return project;
  }

  /** Waits until DONE; a DONE operation carrying `error` is a failure. */
  async function finish(started: IOperation, project: string, scope: GcpScope, what: string): Promise<void> {
    let op = started;
    const deadline = now() + timeoutMs;
    while (op.status !== "DONE") {
      if (!op.name) throw new ProviderOperationError("OperationFailed", `${what}: the operation has no name`);
      if (now() > deadline) {
        throw new ProviderOperationError(
          "OperationTimeout",
          `${what}: operation ${op.name} did not finish in time`,
        );
      }
      progress(`${what}: operation ${op.name} is ${String(op.status ?? "PENDING").toLowerCase()}`);
      const request = { project, operation: op.name };
      [op] = await guarded(() =>
        scope.kind === "global"
          ? globalOps.wait(request, call)
          : scope.kind === "region"
            ? regionOps.wait({ ...request, region: scope.region }, call)
            : zoneOps.wait({ ...request, zone: scope.zone }, call),
      );
    }
    const errors = op.error?.errors ?? [];
    if (errors.length > 0) {
      throw new ProviderOperationError(
        errors[0]?.code ?? "OperationFailed",
        `${what}: ${errors.map((e) => e.message ?? e.code ?? "unknown error").join("; ")}`,
      );
    }
  }

  async function started(p: Promise<[{ latestResponse: unknown }, ...unknown[]]>): Promise<IOperation> {
    const [op] = await guarded(() => p);
    return op.latestResponse as IOperation;
  }

  // ---- reads

  async function listNetworks(project: string, filter: string): Promise<INetwork[]> {
    const out: INetwork[] = [];
    for await (const n of networks.listAsync({ project, filter, maxResults: PAGE_SIZE }, call)) out.push(n);
    return out;
  }
  async function listFirewalls(project: string, filter: string): Promise<IFirewall[]> {
    const out: IFirewall[] = [];
    for await (const f of firewalls.listAsync({ project, filter, maxResults: PAGE_SIZE }, call)) out.push(f);
    return out;
  }
  async function listSubnetworks(project: string, filter: string): Promise<ISubnetwork[]> {
    const out: ISubnetwork[] = [];
    const pages = subnetworks.aggregatedListAsync({ project, filter, maxResults: PAGE_SIZE }, call);
    for await (const [, scoped] of pages) out.push(...(scoped.subnetworks ?? []));
    return out;
  }
  async function listInstances(project: string, environment: string): Promise<IInstance[]> {
    const out: IInstance[] = [];
    const filter = `labels.${LABEL_ENVIRONMENT} = "${environmentLabel(environment)}"`;
    const pages = instances.aggregatedListAsync({ project, filter, maxResults: PAGE_SIZE }, call);
    for await (const [, scoped] of pages) out.push(...(scoped.instances ?? []));
    return out;
  }

  /**
   * A resource with its ownership tags (from its description marker) when `target` owns it or is
   * shared it; undefined for anything else, which Plagentic never touches.
   */
  function describedLive(
    type: string,
    id: string,
    description: string | null | undefined,
    target: ProviderTarget,
    attributes: (userDescription: string | undefined) => Attributes,
  ): Owned | undefined {
    const marker = readDescription(description);
    if (!marker || !ownedBy(marker.tags, target)) return undefined;
    return {
      live: {
        address: marker.tags[OWNER_TAG_ADDRESS]!,
        type,
        id,
        attributes: withoutPaths(attributes(marker.description), marker.omitted),
        tags: {},
      },
      ownership: marker.tags,
    };
  }

  function networkLive(n: INetwork, project: string, target: ProviderTarget): Owned | undefined {
    const id = resourcePath({ project, kind: "network", scope: { kind: "global" }, name: n.name ?? "" });
    return describedLive("google_compute_network", id, n.description, target, (d) => networkAttributes(n, d));
  }
  function subnetworkLive(s: ISubnetwork, project: string, target: ProviderTarget): Owned | undefined {
    const region = lastSegment(s.region ?? "");
    const id = resourcePath({
      project,
      kind: "subnetwork",
      scope: { kind: "region", region },
      name: s.name ?? "",
    });
    return describedLive("google_compute_subnetwork", id, s.description, target, () =>
      subnetworkAttributes(s),
    );
  }
  function firewallLive(f: IFirewall, project: string, target: ProviderTarget): Owned | undefined {
    const id = resourcePath({ project, kind: "firewall", scope: { kind: "global" }, name: f.name ?? "" });
    return describedLive("google_compute_firewall", id, f.description, target, (d) =>
      firewallAttributes(f, d),
    );
  }
  function instanceLive(i: IInstance, project: string, target: ProviderTarget): Owned | undefined {
    const labels: Record<string, string> = { ...(i.labels ?? {}) };
    if (!labelsOwnedBy(labels, target)) return undefined;
    const metadata = metadataOf(i);
    const address = instanceAddress(labels, metadata[METADATA_ADDRESS]);
    if (address === undefined) return undefined;
    const zone = lastSegment(i.zone ?? "");
    const omitted = parseList(metadata[METADATA_OMITTED]);
    const tags = Object.fromEntries(Object.entries(labels).filter(([k]) => !isOwnerLabel(k)));
    return {
      live: {
        address,
        type: "google_compute_instance",
        id: resourcePath({ project, kind: "instance", scope: { kind: "zone", zone }, name: i.name ?? "" }),
        attributes: withoutPaths(instanceAttributes(i, parseDisk(metadata[METADATA_BOOT_DISK])), omitted),
        tags,
      },
      ownership: labels,
    };
  }

  async function getOwned(ref: GcpResourceRef, target: ProviderTarget): Promise<Owned | undefined> {
    const { project, name } = ref;
    switch (ref.kind) {
      case "network": {
        const [n] = await guarded(() => networks.get({ project, network: name }, call));
        return networkLive(n, project, target);
      }
      case "subnetwork": {
        const region = scopeName(ref.scope);
        const [s] = await guarded(() => subnetworks.get({ project, region, subnetwork: name }, call));
        return subnetworkLive(s, project, target);
      }
      case "firewall": {
        const [f] = await guarded(() => firewalls.get({ project, firewall: name }, call));
        return firewallLive(f, project, target);
      }
      case "instance": {
        const zone = scopeName(ref.scope);
        const [i] = await guarded(() => instances.get({ project, zone, instance: name }, call));
        return instanceLive(i, project, target);
      }
    }
  }

  async function created(ref: GcpResourceRef, op: ResourceOperation): Promise<LiveResource> {
    const live = (await getOwned(ref, op.target))?.live;
    if (!live) {
      throw new ProviderOperationError(
        "OwnershipMismatch",
        `${resourcePath(ref)} was created without its markers`,
      );
    }
    return live;
  }

  // ---- writes

  /** The description marker; `ownership` is what an update keeps (default: a create's tags). */
  function describe(op: ResourceOperation, ownership = ownershipTags(op.target, op.address)): string {
    return describeOwned({
      tags: ownership,
      omitted: omittedPaths(op.attributes, OMITTABLE[op.type] ?? []),
      ...(str(op.attributes, "description") !== undefined && {
        description: str(op.attributes, "description")!,
      }),
    });
  }

  /** The spec's labels and the ownership ones; `ownership` is what an update keeps. */
  function instanceLabels(
    op: ResourceOperation,
    ownership = ownerLabels(op.target, op.address),
  ): Record<string, string> {
    // A spec cannot write ownership labels (or tags), so it can neither claim nor share an instance.
    const user = Object.entries(op.tags).filter(([k]) => !isOwnerLabel(k) && !isOwnershipTag(k));
    for (const [k, v] of user) {
      if (!isLabelKey(k) || !isLabelValue(v)) {
        throw new ProviderOperationError(
          "InvalidLabel",
          `tag ${k}=${v} is not a valid GCE label (keys and values: lower-case letters, digits, _ and -, at most 63)`,
        );
      }
    }
    return { ...Object.fromEntries(user), ...ownership };
  }

  async function create(op: ResourceOperation): Promise<LiveResource> {
    const kind = kindOf(op.type);
    const project = projectOf(op.target);
    const name = resourceName(op.target.environment, op.address, op.token);
    const requestId = op.token;
    const what = `${op.address} (${name})`;
    switch (kind) {
      case "network": {
        const scope: GcpScope = { kind: "global" };
        const networkResource = networkBody(name, op.attributes, describe(op));
        await finish(
          await started(networks.insert({ project, requestId, networkResource }, call)),
          project,
          scope,
          what,
        );
        return created({ project, kind, scope, name }, op);
      }
      case "subnetwork": {
        const region = str(op.attributes, "region") ?? op.target.region;
        const scope: GcpScope = { kind: "region", region };
        const subnetworkResource = subnetworkBody(name, op.attributes, describe(op));
        await finish(
          await started(subnetworks.insert({ project, region, requestId, subnetworkResource }, call)),
          project,
          scope,
          what,
        );
        return created({ project, kind, scope, name }, op);
      }
      case "firewall": {
        const scope: GcpScope = { kind: "global" };
        const firewallResource = firewallBody(name, op.attributes, describe(op));
        await finish(
          await started(firewalls.insert({ project, requestId, firewallResource }, call)),
          project,
          scope,
          what,
        );
        return created({ project, kind, scope, name }, op);
      }
      case "instance": {
        const zone = str(op.attributes, "zone") ?? defaultZone(op.target.region);
        const scope: GcpScope = { kind: "zone", zone };
        const omitted = omittedPaths(op.attributes, OMITTABLE[op.type] ?? []);
        const metadata: Record<string, string> = {
          [METADATA_ADDRESS]: op.address,
          [METADATA_BOOT_DISK]: JSON.stringify(bootDiskOf(op.attributes)),
          ...(omitted.length > 0 && { [METADATA_OMITTED]: JSON.stringify(omitted) }),
        };
        const instanceResource = instanceBody(name, zone, op.attributes, instanceLabels(op), metadata);
        await finish(
          await started(instances.insert({ project, zone, requestId, instanceResource }, call)),
          project,
          scope,
          what,
        );
        return created({ project, kind, scope, name }, op);
      }
    }
  }

  async function update(op: ResourceOperation & { id: string }): Promise<LiveResource> {
    const ref = ownedRef(op.id, op.type);
    const owned = await getOwned(ref, op.target);
    const current = owned?.live;
    if (!owned || !current || current.address !== op.address) {
      // The same code as every other provider's refusal to touch what it does not own.
      throw new ProviderOperationError(
        "NotOwned",
        `${op.id} is not an owned ${op.type} of ${op.target.environment} of ${op.target.repository}`,
      );
    }
    const { project, name } = ref;
    const what = `${op.address} (${name})`;
    const step = (n: string) => stepRequestId(op.token, n);
    const want = withoutPaths(op.attributes, []);
    const have = current.attributes;
    const differs = (key: string) => JSON.stringify(want[key] ?? null) !== JSON.stringify(have[key] ?? null);
    switch (ref.kind) {
      case "network": {
        if (differs("routing_mode")) {
          const networkResource: INetwork = {
            routingConfig: { routingMode: str(want, "routing_mode") ?? "REGIONAL" },
          };
          await finish(
            await started(
              networks.patch({ project, network: name, requestId: step("patch"), networkResource }, call),
            ),
            project,
            ref.scope,
            what,
          );
        }
        break;
      }
      case "subnetwork": {
        const region = scopeName(ref.scope);
        if (differs("ip_cidr_range")) {
          const request = { project, region, subnetwork: name, requestId: step("expand") };
          const subnetworksExpandIpCidrRangeRequestResource = {
            ipCidrRange: str(want, "ip_cidr_range") ?? "",
          };
          await finish(
            await started(
              subnetworks.expandIpCidrRange(
                { ...request, subnetworksExpandIpCidrRangeRequestResource },
                call,
              ),
            ),
            project,
            ref.scope,
            what,
          );
        }
        if (differs("private_ip_google_access")) {
          await finish(
            await started(
              subnetworks.setPrivateIpGoogleAccess(
                {
                  project,
                  region,
                  subnetwork: name,
                  requestId: step("private-access"),
                  subnetworksSetPrivateIpGoogleAccessRequestResource: {
                    privateIpGoogleAccess: want["private_ip_google_access"] === true,
                  },
                },
                call,
              ),
            ),
            project,
            ref.scope,
            what,
          );
        }
        break;
      }
      case "firewall": {
        // The marker is rewritten with the firewall; networks and subnetworks cannot change theirs.
        const ownership = {
          ...identityTagsAfterUpdate(owned.ownership, op.target),
          [OWNER_TAG_ADDRESS]: op.address,
        };
        const firewallResource = firewallBody(name, op.attributes, describe(op, ownership));
        await finish(
          await started(
            firewalls.patch({ project, firewall: name, requestId: step("patch"), firewallResource }, call),
          ),
          project,
          ref.scope,
          what,
        );
        break;
      }
      case "instance":
        await updateInstance(op, ref, want, have, step, what);
        break;
    }
    return created(ref, op);
  }

  async function updateInstance(
    op: ResourceOperation,
    ref: GcpResourceRef,
    want: Attributes,
    have: Attributes,
    step: (n: string) => string,
    what: string,
  ): Promise<void> {
    const { project, name: instance } = ref;
    const zone = scopeName(ref.scope);
    const unsupported = ["external_ip", "can_ip_forward"].filter(
      (k) => JSON.stringify(want[k] ?? null) !== JSON.stringify(have[k] ?? null),
    );
    if (unsupported.length > 0) {
      throw new ProviderOperationError(
        "UnsupportedUpdate",
        `${what}: changing ${unsupported.join(", ")} in place is not supported by the gcp provider`,
      );
    }
    const [live] = await guarded(() => instances.get({ project, zone, instance }, call));
    const run = async (p: Promise<[{ latestResponse: unknown }, ...unknown[]]>) =>
      finish(await started(p), project, ref.scope, what);

    const labels = instanceLabels(
      op,
      ownerLabelsAfterUpdate({ ...(live.labels ?? {}) }, op.target, op.address),
    );
    if (JSON.stringify(sorted(labels)) !== JSON.stringify(sorted({ ...(live.labels ?? {}) }))) {
      await run(
        instances.setLabels(
          {
            project,
            zone,
            instance,
            requestId: step("labels"),
            instancesSetLabelsRequestResource: { labels, labelFingerprint: live.labelFingerprint ?? null },
          },
          call,
        ),
      );
    }
    const tags = Array.isArray(want["network_tags"]) ? want["network_tags"].map(String) : [];
    if (JSON.stringify(tags) !== JSON.stringify(have["network_tags"] ?? [])) {
      await run(
        instances.setTags(
          {
            project,
            zone,
            instance,
            requestId: step("tags"),
            tagsResource: { items: tags, fingerprint: live.tags?.fingerprint ?? null },
          },
          call,
        ),
      );
    }
    const machineType = str(want, "machine_type");
    if (machineType !== undefined && machineType !== have["machine_type"]) {
      // A machine type can only change while the instance is stopped.
      progress(`${what}: stopping to change the machine type to ${machineType}`);
      await run(instances.stop({ project, zone, instance, requestId: step("stop") }, call));
      await run(
        instances.setMachineType(
          {
            project,
            zone,
            instance,
            requestId: step("machine-type"),
            instancesSetMachineTypeRequestResource: {
              machineType: `zones/${zone}/machineTypes/${machineType}`,
            },
          },
          call,
        ),
      );
      await run(instances.start({ project, zone, instance, requestId: step("start") }, call));
    }
  }

  /**
   * GCE refuses to delete a network that still has subnetworks, firewalls or instances in it
   * (resourceInUseByAnotherResource), so a network is never a container that takes others'
   * resources with it: ownership of the resource itself is the whole check.
   */
  async function remove(target: ProviderTarget, resource: { id: string; address: string; type: string }) {
    const ref = ownedRef(resource.id, resource.type);
    let current: LiveResource | undefined;
    try {
      current = (await getOwned(ref, target))?.live;
    } catch (e) {
      if (e instanceof ProviderOperationError && e.code === "NOT_FOUND") return;
      throw e;
    }
    if (!current || current.address !== resource.address) {
      throw new ProviderOperationError(
        "NotOwned",
        `${resource.id} does not carry the ownership markers of ${resource.address} in ${target.environment} of ${target.repository}`,
      );
    }
    const { project, name } = ref;
    const requestId = stepRequestId(`${resource.id}\n${resource.address}`, "delete");
    const what = `${resource.address} (${name})`;
    try {
      const p =
        ref.kind === "network"
          ? networks.delete({ project, network: name, requestId }, call)
          : ref.kind === "subnetwork"
            ? subnetworks.delete({ project, region: scopeName(ref.scope), subnetwork: name, requestId }, call)
            : ref.kind === "firewall"
              ? firewalls.delete({ project, firewall: name, requestId }, call)
              : instances.delete({ project, zone: scopeName(ref.scope), instance: name, requestId }, call);
      await finish(await started(p), project, ref.scope, what);
    } catch (e) {
      if (e instanceof ProviderOperationError && e.code === "NOT_FOUND") return;
      throw e;
    }
  }

  return {
    name: "gcp",
    capabilities: { applies: GCP_TYPES },
    async readLive(target) {
      const project = projectOf(target);
      await credentialsReady();
      const env = target.environment;
      const filter = nameFilter(env);
      const [ns, ss, fs, is] = await guarded(() =>
        Promise.all([
          listNetworks(project, filter),
          listSubnetworks(project, filter),
          listFirewalls(project, filter),
          listInstances(project, env),
        ]),
      );
      const live = [
        ...ns.map((n) => networkLive(n, project, target)),
        ...ss.map((s) => subnetworkLive(s, project, target)),
        ...fs.map((f) => firewallLive(f, project, target)),
        ...is.map((i) => instanceLive(i, project, target)),
      ].flatMap((r) => (r ? [r.live] : []));
      return live.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    },
    create: async (op) => (await credentialsReady(), create(op)),
    update: async (op) => (await credentialsReady(), update(op)),
    delete: async (target, resource) => (await credentialsReady(), remove(target, resource)),
    async close() {
      await Promise.all(
        [networks, subnetworks, firewalls, instances, globalOps, regionOps, zoneOps].map((c) => c.close()),
      );
    },
  };
}

function buildClientOptions(deps: ProviderDeps, options: GcpProviderOptions): ClientOptions {
  const out: ClientOptions = { fallback: true };
  const project = deps.settings.gcp?.project;
  if (project) out.projectId = project;
  if (options.authClient) out.authClient = options.authClient;
  const endpoint = options.endpoint ?? endpointFromSetting(deps.settings.gcp?.apiEndpoint);
  if (endpoint) {
    out.apiEndpoint = endpoint.apiEndpoint;
    if (endpoint.port !== undefined) out.port = endpoint.port;
    if (endpoint.protocol !== undefined) out.protocol = endpoint.protocol;
  }
  return out;
}

/** `compute.example.com` or a URL such as `http://127.0.0.1:8080`. */
export function endpointFromSetting(setting: string | undefined): GcpProviderOptions["endpoint"] {
  if (!setting) return undefined;
  if (!setting.includes("://")) return { apiEndpoint: setting };
  const url = new URL(setting);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return {
    apiEndpoint: url.hostname,
    protocol,
    ...(url.port !== "" && { port: Number(url.port) }),
  };
}

function kindOf(type: string): GcpKind {
  const kind = KIND_BY_TYPE[type];
  if (!kind) throw new ProviderOperationError("UnsupportedType", `the gcp provider cannot apply ${type}`);
  return kind;
}

function ownedRef(id: string, type: string): GcpResourceRef {
  const ref = parseResourcePath(id);
  if (!ref || TYPE_BY_KIND[ref.kind] !== type) {
    throw new ProviderOperationError("InvalidId", `${id} is not the id of a ${type}`);
  }
  return ref;
}

function scopeName(scope: GcpScope): string {
  return scope.kind === "region" ? scope.region : scope.kind === "zone" ? scope.zone : "global";
}

/** GCE picks no zone for an instance; `-b` exists in nearly every region (`-a` does not). */
export function defaultZone(region: string): string {
  return `${region}-b`;
}

/** A UUID-shaped requestId for one step of an update, stable across retries of the same plan. */
export function stepRequestId(token: string, step: string): string {
  const h = createHash("sha256").update(`${token}\n${step}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function parseList(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function parseDisk(text: string | undefined): BootDisk | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<BootDisk>;
    return typeof v.image === "string" ? (v as BootDisk) : undefined;
  } catch {
    return undefined;
  }
}

function sorted(o: Record<string, string>): [string, string][] {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));
}

const STATUS_NAMES: Record<number, string> = {
  1: "CANCELLED",
  3: "INVALID_ARGUMENT",
  4: "DEADLINE_EXCEEDED",
  5: "NOT_FOUND",
  6: "ALREADY_EXISTS",
  7: "PERMISSION_DENIED",
  8: "RESOURCE_EXHAUSTED",
  9: "FAILED_PRECONDITION",
  10: "ABORTED",
  13: "INTERNAL",
  14: "UNAVAILABLE",
  16: "UNAUTHENTICATED",
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ALREADY_EXISTS",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

/**
 * Client errors as ProviderOperationError with a status name (NOT_FOUND...) as code. Over REST an
 * error may be a GoogleError (gRPC code) or a GaxiosError (HTTP status, the JSON body as message).
 */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ProviderOperationError || e instanceof PlagenticError) throw e;
    const err = e as { code?: unknown; message?: unknown };
    const code =
      typeof err.code === "number"
        ? (STATUS_NAMES[err.code] ?? `STATUS_${err.code}`)
        : typeof err.code === "string"
          ? err.code
          : "GcpError";
    throw new ProviderOperationError(code, messageOf(err.message, e));
  }
}

function messageOf(message: unknown, e: unknown): string {
  if (typeof message !== "string") return String(e);
  if (!message.startsWith("{")) return message;
  try {
    const body = JSON.parse(message) as { error?: { message?: unknown } };
    return typeof body.error?.message === "string" ? body.error.message : message;
  } catch {
    return message;
  }
}

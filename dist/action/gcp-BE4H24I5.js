import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  CredentialsError,
  omittedPaths,
  withoutPaths
} from "./chunk-UOC7Y6RX.js";
import {
  PlagenticError
} from "./chunk-WMOPTJPP.js";
import {
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  ProviderOperationError,
  identityTagsAfterUpdate,
  isOwnershipTag,
  normalizeRepository,
  ownedBy,
  ownershipTags,
  repositoryKey
} from "./chunk-YUO2ANFP.js";
import "./chunk-TXMSPRBW.js";

// src/providers/gcp/gcp-provider.ts
import { createHash as createHash2 } from "node:crypto";
import {
  FirewallsClient,
  GlobalOperationsClient,
  InstancesClient,
  NetworksClient,
  RegionOperationsClient,
  SubnetworksClient,
  ZoneOperationsClient
} from "@google-cloud/compute";

// src/providers/gcp/credentials.ts
import { GoogleAuth } from "google-auth-library";
var GCP_SCOPES = ["https://www.googleapis.com/auth/cloud-platform"];
function defaultGcpAuth(projectId) {
  return new GoogleAuth({ scopes: GCP_SCOPES, ...projectId !== void 0 && { projectId } });
}
function credentialsCheck(auth, env) {
  let checked;
  return () => checked ??= auth.getClient().then(
    () => void 0,
    (e) => {
      throw explain(e, env);
    }
  );
}
function explain(e, env) {
  const message = e instanceof Error ? e.message : String(e);
  if (!/could not load the default credentials/i.test(message)) return e;
  const keyFile = env["GOOGLE_APPLICATION_CREDENTIALS"];
  return new CredentialsError(
    "gcp",
    [
      `GOOGLE_APPLICATION_CREDENTIALS (${keyFile ? `${keyFile}, which did not load` : "not set"}): a service account key or a workload identity federation config`,
      "the gcloud application-default login (~/.config/gcloud/application_default_credentials.json)",
      "the metadata server of a Google Cloud VM, Cloud Run or GKE"
    ],
    "On GitHub, use google-github-actions/auth with workload_identity_provider; locally, run `gcloud auth application-default login`.",
    message
  );
}

// src/providers/gcp/names.ts
import { createHash } from "node:crypto";
var MAX_NAME = 63;
function namePrefix(environment) {
  let env = sanitize(environment).slice(0, 24).replace(/-+$/, "");
  if (!/^[a-z]/.test(env)) env = `e${env}`;
  return `${env}-`;
}
function resourceName(environment, address, token) {
  const prefix = namePrefix(environment);
  const tail = `-${shortHash(token)}`;
  const dot = address.indexOf(".");
  const local = sanitize((dot >= 0 ? address.slice(dot + 1) : address).replace(/\[(\d+)\]$/, "-$1"));
  const room = MAX_NAME - prefix.length - tail.length;
  const middle = local.slice(0, room).replace(/-+$/, "") || "r";
  return `${prefix}${middle}${tail}`;
}
function nameFilter(environment) {
  return `name eq "${namePrefix(environment)}.*"`;
}
function shortHash(text, length = 6) {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}
function sanitize(text) {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+/, "");
}
function encodeLabel(text) {
  let out = "";
  for (const ch of text) {
    if (/[a-z0-9_]/.test(ch)) out += ch;
    else {
      const code = ch.charCodeAt(0);
      if (code > 127) return void 0;
      out += `-${code.toString(16).padStart(2, "0")}`;
    }
  }
  return out.length <= MAX_NAME ? out : void 0;
}
function decodeLabel(label) {
  let out = "";
  for (let i = 0; i < label.length; i++) {
    const ch = label[i];
    if (ch !== "-") {
      out += ch;
      continue;
    }
    const hex = label.slice(i + 1, i + 3);
    if (!/^[0-9a-f]{2}$/.test(hex)) return void 0;
    out += String.fromCharCode(parseInt(hex, 16));
    i += 2;
  }
  return out;
}
function isLabelKey(key) {
  return /^[a-z][a-z0-9_-]{0,62}$/.test(key);
}
function isLabelValue(value) {
  return /^[a-z0-9_-]{0,63}$/.test(value);
}
function resourcePath(ref) {
  const scope = ref.scope.kind === "global" ? "global" : ref.scope.kind === "region" ? `regions/${ref.scope.region}` : `zones/${ref.scope.zone}`;
  return `projects/${ref.project}/${scope}/${collection(ref.kind)}/${ref.name}`;
}
function relativePath(urlOrPath) {
  return urlOrPath.replace(/^https?:\/\/[^/]+\/compute\/(?:v1|beta|alpha)\//, "");
}
function lastSegment(url) {
  return url.slice(url.lastIndexOf("/") + 1);
}
var COLLECTIONS = {
  network: "networks",
  subnetwork: "subnetworks",
  firewall: "firewalls",
  instance: "instances"
};
function collection(kind) {
  return COLLECTIONS[kind];
}
function parseResourcePath(id) {
  const m = /^projects\/([^/]+)\/(?:(global)|regions\/([^/]+)|zones\/([^/]+))\/(networks|subnetworks|firewalls|instances)\/([^/]+)$/.exec(
    relativePath(id)
  );
  if (!m) return void 0;
  const kind = Object.keys(COLLECTIONS).find((k) => COLLECTIONS[k] === m[5]);
  const scope = m[2] ? { kind: "global" } : m[3] ? { kind: "region", region: m[3] } : { kind: "zone", zone: m[4] };
  return { project: m[1], kind, scope, name: m[6] };
}

// src/providers/gcp/ownership.ts
var LABEL_ENVIRONMENT = "plagentic-environment";
var LABEL_ADDRESS = "plagentic-address";
var LABEL_REPOSITORY = "plagentic-repository";
var LABEL_SHARE_PREFIX = "plagentic-share-";
var METADATA_ADDRESS = "plagentic-address";
var METADATA_OMITTED = "plagentic-omitted";
var METADATA_BOOT_DISK = "plagentic-boot-disk";
var MARKER_OMITTED = "plagentic:omitted";
var HASHED = "h_";
var MAX_LABEL = 63;
function describeOwned(marker) {
  return JSON.stringify({
    ...marker.tags,
    ...marker.omitted.length > 0 && { [MARKER_OMITTED]: marker.omitted },
    ...marker.description !== void 0 && { description: marker.description }
  });
}
function readDescription(description) {
  if (!description || !description.startsWith("{")) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(description);
  } catch {
    return void 0;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return void 0;
  const o = parsed;
  const tags = {};
  for (const [key, value] of Object.entries(o)) {
    if (isOwnershipTag(key) && typeof value === "string") tags[key] = value;
  }
  if (tags[OWNER_TAG_ENVIRONMENT] === void 0 || tags[OWNER_TAG_ADDRESS] === void 0) return void 0;
  const omitted = Array.isArray(o[MARKER_OMITTED]) ? o[MARKER_OMITTED].filter((x) => typeof x === "string") : [];
  const description_ = typeof o["description"] === "string" ? o["description"] : void 0;
  return { tags, omitted, ...description_ !== void 0 && { description: description_ } };
}
function repositoryLabel(repository) {
  const key = repositoryKey(repository);
  const readable = normalizeRepository(repository).replace(/[^a-z0-9_-]+/g, "-").slice(0, MAX_LABEL - key.length - 1).replace(/-+$/, "");
  return readable === "" ? key : `${readable}-${key}`;
}
function ownerLabels(target, address) {
  const labels = {
    [LABEL_ENVIRONMENT]: environmentLabel(target.environment),
    [LABEL_REPOSITORY]: repositoryLabel(target.repository),
    [LABEL_ADDRESS]: addressLabel(address)
  };
  for (const other of target.sharedWith ?? []) {
    if (normalizeRepository(other) === target.repository) continue;
    labels[LABEL_SHARE_PREFIX + repositoryKey(other)] = repositoryLabel(other);
  }
  return labels;
}
function labelsOwnedBy(labels, target) {
  if (instanceEnvironment(labels) !== target.environment) return false;
  const mine = repositoryLabel(target.repository);
  return labels[LABEL_REPOSITORY] === mine || labels[LABEL_SHARE_PREFIX + repositoryKey(target.repository)] === mine;
}
function ownerLabelsAfterUpdate(current, target, address) {
  if (current[LABEL_REPOSITORY] === repositoryLabel(target.repository)) return ownerLabels(target, address);
  const kept = Object.entries(current).filter(([key]) => isOwnerLabel(key));
  return { ...Object.fromEntries(kept), [LABEL_ADDRESS]: addressLabel(address) };
}
function addressLabel(address) {
  return encodeLabel(address) ?? `${HASHED}${shortHash(address, 40)}`;
}
function environmentLabel(environment) {
  const env = encodeLabel(environment);
  if (env === void 0) {
    throw new Error(`environment name ${JSON.stringify(environment)} does not fit a GCE label value`);
  }
  return env;
}
function instanceAddress(labels, metadataAddress) {
  const label = labels[LABEL_ADDRESS];
  if (label === void 0 || metadataAddress === void 0) return void 0;
  const expected = label.startsWith(HASHED) ? void 0 : decodeLabel(label);
  if (expected !== void 0) return expected === metadataAddress ? expected : void 0;
  return `${HASHED}${shortHash(metadataAddress, 40)}` === label ? metadataAddress : void 0;
}
function instanceEnvironment(labels) {
  const label = labels[LABEL_ENVIRONMENT];
  return label === void 0 ? void 0 : decodeLabel(label);
}
function isOwnerLabel(key) {
  return key === LABEL_ENVIRONMENT || key === LABEL_ADDRESS || key === LABEL_REPOSITORY || key.startsWith(LABEL_SHARE_PREFIX);
}

// src/providers/gcp/resources.ts
var OMITTABLE = {
  google_compute_network: [],
  google_compute_subnetwork: ["region"],
  google_compute_firewall: ["source_ranges", "destination_ranges", "source_tags", "target_tags"],
  google_compute_instance: ["zone", "network", "subnetwork", "boot_disk.size", "boot_disk.type"]
};
function str(attrs, key) {
  const v = attrs[key];
  return typeof v === "string" ? v : void 0;
}
function bool(attrs, key, fallback) {
  const v = attrs[key];
  return typeof v === "boolean" ? v : fallback;
}
function strings(attrs, key) {
  const v = attrs[key];
  return Array.isArray(v) ? v.map(String) : void 0;
}
function networkBody(name, attrs, description) {
  return {
    name,
    description,
    autoCreateSubnetworks: bool(attrs, "auto_create_subnetworks", true),
    routingConfig: { routingMode: str(attrs, "routing_mode") ?? "REGIONAL" }
  };
}
function networkAttributes(n, userDescription) {
  return {
    auto_create_subnetworks: n.autoCreateSubnetworks ?? false,
    routing_mode: n.routingConfig?.routingMode ?? "REGIONAL",
    ...userDescription !== void 0 && { description: userDescription }
  };
}
function subnetworkBody(name, attrs, description) {
  return {
    name,
    description,
    network: str(attrs, "network") ?? null,
    ipCidrRange: str(attrs, "ip_cidr_range") ?? null,
    privateIpGoogleAccess: bool(attrs, "private_ip_google_access", false)
  };
}
function subnetworkAttributes(s) {
  return {
    network: relativePath(s.network ?? ""),
    ip_cidr_range: s.ipCidrRange ?? "",
    region: lastSegment(s.region ?? ""),
    private_ip_google_access: s.privateIpGoogleAccess ?? false
  };
}
function rulesBody(value) {
  if (!Array.isArray(value)) return [];
  return value.map((r) => {
    const rule = r !== null && typeof r === "object" && !Array.isArray(r) ? r : {};
    const ports = Array.isArray(rule["ports"]) ? rule["ports"].map(String) : void 0;
    return { IPProtocol: String(rule["protocol"] ?? ""), ...ports && ports.length > 0 && { ports } };
  });
}
function rulesAttributes(rules) {
  return (rules ?? []).map((r) => ({
    protocol: r.IPProtocol ?? "",
    ...r.ports && r.ports.length > 0 && { ports: [...r.ports] }
  }));
}
function firewallBody(name, attrs, description) {
  return {
    name,
    description,
    network: str(attrs, "network") ?? null,
    direction: str(attrs, "direction") ?? "INGRESS",
    priority: typeof attrs["priority"] === "number" ? attrs["priority"] : 1e3,
    sourceRanges: strings(attrs, "source_ranges") ?? [],
    destinationRanges: strings(attrs, "destination_ranges") ?? [],
    sourceTags: strings(attrs, "source_tags") ?? [],
    targetTags: strings(attrs, "target_tags") ?? [],
    allowed: rulesBody(attrs["allow"]),
    denied: rulesBody(attrs["deny"]),
    disabled: bool(attrs, "disabled", false)
  };
}
function firewallAttributes(f, userDescription) {
  return {
    network: relativePath(f.network ?? ""),
    direction: f.direction ?? "INGRESS",
    priority: f.priority ?? 1e3,
    source_ranges: [...f.sourceRanges ?? []],
    destination_ranges: [...f.destinationRanges ?? []],
    source_tags: [...f.sourceTags ?? []],
    target_tags: [...f.targetTags ?? []],
    allow: rulesAttributes(f.allowed),
    deny: rulesAttributes(f.denied),
    disabled: f.disabled ?? false,
    ...userDescription !== void 0 && { description: userDescription }
  };
}
function bootDiskOf(attrs) {
  const d = attrs["boot_disk"];
  const disk = d !== null && typeof d === "object" && !Array.isArray(d) ? d : {};
  const image = disk["image"];
  if (typeof image !== "string" || image === "") {
    throw new ProviderOperationError("InvalidParameterValue", "boot_disk.image is required");
  }
  return {
    image,
    ...typeof disk["size"] === "number" && { size: disk["size"] },
    ...typeof disk["type"] === "string" && { type: disk["type"] }
  };
}
function sourceImage(image) {
  if (image.startsWith("projects/") || image.startsWith("https://")) return image;
  const m = /^([^/]+)\/([^/]+)$/.exec(image);
  if (!m) return `global/images/${image}`;
  const [, project, name] = m;
  return /-v\d{8}/.test(name) ? `projects/${project}/global/images/${name}` : `projects/${project}/global/images/family/${name}`;
}
function instanceBody(name, zone, attrs, labels, metadata) {
  const disk = bootDiskOf(attrs);
  const network = str(attrs, "network");
  const subnetwork = str(attrs, "subnetwork");
  return {
    name,
    machineType: `zones/${zone}/machineTypes/${str(attrs, "machine_type") ?? ""}`,
    labels,
    metadata: { items: Object.entries(metadata).map(([key, value]) => ({ key, value })) },
    canIpForward: bool(attrs, "can_ip_forward", false),
    tags: { items: strings(attrs, "network_tags") ?? [] },
    disks: [
      {
        boot: true,
        autoDelete: true,
        initializeParams: {
          sourceImage: sourceImage(disk.image),
          ...disk.size !== void 0 && { diskSizeGb: disk.size },
          ...disk.type !== void 0 && { diskType: `zones/${zone}/diskTypes/${disk.type}` },
          labels
        }
      }
    ],
    networkInterfaces: [
      {
        ...network !== void 0 && { network },
        ...subnetwork !== void 0 && { subnetwork },
        accessConfigs: bool(attrs, "external_ip", false) ? [{ name: "External NAT", type: "ONE_TO_ONE_NAT" }] : []
      }
    ]
  };
}
function metadataOf(i) {
  const out = {};
  for (const item of i.metadata?.items ?? []) {
    if (item.key) out[item.key] = item.value ?? "";
  }
  return out;
}
function instanceAttributes(i, requestedDisk) {
  const nic = i.networkInterfaces?.[0];
  const boot = i.disks?.find((d) => d.boot) ?? i.disks?.[0];
  const liveSize = boot?.diskSizeGb === void 0 || boot.diskSizeGb === null ? void 0 : Number(boot.diskSizeGb);
  const bootDisk = {};
  if (requestedDisk) {
    bootDisk["image"] = requestedDisk.image;
    const size = liveSize ?? requestedDisk.size;
    if (size !== void 0) bootDisk["size"] = size;
    if (requestedDisk.type !== void 0) bootDisk["type"] = requestedDisk.type;
  }
  return {
    machine_type: lastSegment(i.machineType ?? ""),
    zone: lastSegment(i.zone ?? ""),
    boot_disk: bootDisk,
    ...nic?.network && { network: relativePath(nic.network) },
    ...nic?.subnetwork && { subnetwork: relativePath(nic.subnetwork) },
    external_ip: (nic?.accessConfigs?.length ?? 0) > 0,
    network_tags: [...i.tags?.items ?? []],
    can_ip_forward: i.canIpForward ?? false
  };
}

// src/providers/gcp/gcp-provider.ts
var GCP_TYPES = [
  "google_compute_network",
  "google_compute_subnetwork",
  "google_compute_firewall",
  "google_compute_instance"
];
var KIND_BY_TYPE = {
  google_compute_network: "network",
  google_compute_subnetwork: "subnetwork",
  google_compute_firewall: "firewall",
  google_compute_instance: "instance"
};
var TYPE_BY_KIND = {
  network: "google_compute_network",
  subnetwork: "google_compute_subnetwork",
  firewall: "google_compute_firewall",
  instance: "google_compute_instance"
};
var RETRYABLE_CODES = [14, 4, 8, 13, 500, 502, 503, 504, 429];
var PAGE_SIZE = 500;
function createGcpProvider(deps, options = {}) {
  const clientOptions = buildClientOptions(deps, options);
  let credentialsReady = async () => void 0;
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
  const retry = { ...{ maxRetries: 4, initialDelayMs: 500, maxDelayMs: 1e4 }, ...options.retry };
  const call = {
    autoPaginate: false,
    retry: {
      retryCodes: RETRYABLE_CODES,
      backoffSettings: {
        maxRetries: retry.maxRetries,
        initialRetryDelayMillis: retry.initialDelayMs,
        retryDelayMultiplier: 2,
        maxRetryDelayMillis: retry.maxDelayMs
      }
    }
  };
  const timeoutMs = options.operationTimeoutMs ?? 15 * 6e4;
  const now = options.now ?? Date.now;
  const progress = deps.progress ?? (() => void 0);
  function projectOf(target) {
    const project = target.project ?? deps.settings.gcp?.project ?? deps.env["GOOGLE_CLOUD_PROJECT"];
    if (!project) {
      throw new ProviderOperationError(
        "MissingProject",
        "no GCP project: set `project:` in the environment spec or `providers.gcp.project` in config"
      );
    }
    return project;
  }
  async function finish(started2, project, scope, what) {
    let op = started2;
    const deadline = now() + timeoutMs;
    while (op.status !== "DONE") {
      if (!op.name) throw new ProviderOperationError("OperationFailed", `${what}: the operation has no name`);
      if (now() > deadline) {
        throw new ProviderOperationError(
          "OperationTimeout",
          `${what}: operation ${op.name} did not finish in time`
        );
      }
      progress(`${what}: operation ${op.name} is ${String(op.status ?? "PENDING").toLowerCase()}`);
      const request = { project, operation: op.name };
      [op] = await guarded(
        () => scope.kind === "global" ? globalOps.wait(request, call) : scope.kind === "region" ? regionOps.wait({ ...request, region: scope.region }, call) : zoneOps.wait({ ...request, zone: scope.zone }, call)
      );
    }
    const errors = op.error?.errors ?? [];
    if (errors.length > 0) {
      throw new ProviderOperationError(
        errors[0]?.code ?? "OperationFailed",
        `${what}: ${errors.map((e) => e.message ?? e.code ?? "unknown error").join("; ")}`
      );
    }
  }
  async function started(p) {
    const [op] = await guarded(() => p);
    return op.latestResponse;
  }
  async function listNetworks(project, filter) {
    const out = [];
    for await (const n of networks.listAsync({ project, filter, maxResults: PAGE_SIZE }, call)) out.push(n);
    return out;
  }
  async function listFirewalls(project, filter) {
    const out = [];
    for await (const f of firewalls.listAsync({ project, filter, maxResults: PAGE_SIZE }, call)) out.push(f);
    return out;
  }
  async function listSubnetworks(project, filter) {
    const out = [];
    const pages = subnetworks.aggregatedListAsync({ project, filter, maxResults: PAGE_SIZE }, call);
    for await (const [, scoped] of pages) out.push(...scoped.subnetworks ?? []);
    return out;
  }
  async function listInstances(project, environment) {
    const out = [];
    const filter = `labels.${LABEL_ENVIRONMENT} = "${environmentLabel(environment)}"`;
    const pages = instances.aggregatedListAsync({ project, filter, maxResults: PAGE_SIZE }, call);
    for await (const [, scoped] of pages) out.push(...scoped.instances ?? []);
    return out;
  }
  function describedLive(type, id, description, target, attributes) {
    const marker = readDescription(description);
    if (!marker || !ownedBy(marker.tags, target)) return void 0;
    return {
      live: {
        address: marker.tags[OWNER_TAG_ADDRESS],
        type,
        id,
        attributes: withoutPaths(attributes(marker.description), marker.omitted),
        tags: {}
      },
      ownership: marker.tags
    };
  }
  function networkLive(n, project, target) {
    const id = resourcePath({ project, kind: "network", scope: { kind: "global" }, name: n.name ?? "" });
    return describedLive("google_compute_network", id, n.description, target, (d) => networkAttributes(n, d));
  }
  function subnetworkLive(s, project, target) {
    const region = lastSegment(s.region ?? "");
    const id = resourcePath({
      project,
      kind: "subnetwork",
      scope: { kind: "region", region },
      name: s.name ?? ""
    });
    return describedLive(
      "google_compute_subnetwork",
      id,
      s.description,
      target,
      () => subnetworkAttributes(s)
    );
  }
  function firewallLive(f, project, target) {
    const id = resourcePath({ project, kind: "firewall", scope: { kind: "global" }, name: f.name ?? "" });
    return describedLive(
      "google_compute_firewall",
      id,
      f.description,
      target,
      (d) => firewallAttributes(f, d)
    );
  }
  function instanceLive(i, project, target) {
    const labels = { ...i.labels ?? {} };
    if (!labelsOwnedBy(labels, target)) return void 0;
    const metadata = metadataOf(i);
    const address = instanceAddress(labels, metadata[METADATA_ADDRESS]);
    if (address === void 0) return void 0;
    const zone = lastSegment(i.zone ?? "");
    const omitted = parseList(metadata[METADATA_OMITTED]);
    const tags = Object.fromEntries(Object.entries(labels).filter(([k]) => !isOwnerLabel(k)));
    return {
      live: {
        address,
        type: "google_compute_instance",
        id: resourcePath({ project, kind: "instance", scope: { kind: "zone", zone }, name: i.name ?? "" }),
        attributes: withoutPaths(instanceAttributes(i, parseDisk(metadata[METADATA_BOOT_DISK])), omitted),
        tags
      },
      ownership: labels
    };
  }
  async function getOwned(ref, target) {
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
  async function created(ref, op) {
    const live = (await getOwned(ref, op.target))?.live;
    if (!live) {
      throw new ProviderOperationError(
        "OwnershipMismatch",
        `${resourcePath(ref)} was created without its markers`
      );
    }
    return live;
  }
  function describe(op, ownership = ownershipTags(op.target, op.address)) {
    return describeOwned({
      tags: ownership,
      omitted: omittedPaths(op.attributes, OMITTABLE[op.type] ?? []),
      ...str(op.attributes, "description") !== void 0 && {
        description: str(op.attributes, "description")
      }
    });
  }
  function instanceLabels(op, ownership = ownerLabels(op.target, op.address)) {
    const user = Object.entries(op.tags).filter(([k]) => !isOwnerLabel(k) && !isOwnershipTag(k));
    for (const [k, v] of user) {
      if (!isLabelKey(k) || !isLabelValue(v)) {
        throw new ProviderOperationError(
          "InvalidLabel",
          `tag ${k}=${v} is not a valid GCE label (keys and values: lower-case letters, digits, _ and -, at most 63)`
        );
      }
    }
    return { ...Object.fromEntries(user), ...ownership };
  }
  async function create(op) {
    const kind = kindOf(op.type);
    const project = projectOf(op.target);
    const name = resourceName(op.target.environment, op.address, op.token);
    const requestId = op.token;
    const what = `${op.address} (${name})`;
    switch (kind) {
      case "network": {
        const scope = { kind: "global" };
        const networkResource = networkBody(name, op.attributes, describe(op));
        await finish(
          await started(networks.insert({ project, requestId, networkResource }, call)),
          project,
          scope,
          what
        );
        return created({ project, kind, scope, name }, op);
      }
      case "subnetwork": {
        const region = str(op.attributes, "region") ?? op.target.region;
        const scope = { kind: "region", region };
        const subnetworkResource = subnetworkBody(name, op.attributes, describe(op));
        await finish(
          await started(subnetworks.insert({ project, region, requestId, subnetworkResource }, call)),
          project,
          scope,
          what
        );
        return created({ project, kind, scope, name }, op);
      }
      case "firewall": {
        const scope = { kind: "global" };
        const firewallResource = firewallBody(name, op.attributes, describe(op));
        await finish(
          await started(firewalls.insert({ project, requestId, firewallResource }, call)),
          project,
          scope,
          what
        );
        return created({ project, kind, scope, name }, op);
      }
      case "instance": {
        const zone = str(op.attributes, "zone") ?? defaultZone(op.target.region);
        const scope = { kind: "zone", zone };
        const omitted = omittedPaths(op.attributes, OMITTABLE[op.type] ?? []);
        const metadata = {
          [METADATA_ADDRESS]: op.address,
          [METADATA_BOOT_DISK]: JSON.stringify(bootDiskOf(op.attributes)),
          ...omitted.length > 0 && { [METADATA_OMITTED]: JSON.stringify(omitted) }
        };
        const instanceResource = instanceBody(name, zone, op.attributes, instanceLabels(op), metadata);
        await finish(
          await started(instances.insert({ project, zone, requestId, instanceResource }, call)),
          project,
          scope,
          what
        );
        return created({ project, kind, scope, name }, op);
      }
    }
  }
  async function update(op) {
    const ref = ownedRef(op.id, op.type);
    const owned = await getOwned(ref, op.target);
    const current = owned?.live;
    if (!owned || !current || current.address !== op.address) {
      throw new ProviderOperationError(
        "NotOwned",
        `${op.id} is not an owned ${op.type} of ${op.target.environment} of ${op.target.repository}`
      );
    }
    const { project, name } = ref;
    const what = `${op.address} (${name})`;
    const step = (n) => stepRequestId(op.token, n);
    const want = withoutPaths(op.attributes, []);
    const have = current.attributes;
    const differs = (key) => JSON.stringify(want[key] ?? null) !== JSON.stringify(have[key] ?? null);
    switch (ref.kind) {
      case "network": {
        if (differs("routing_mode")) {
          const networkResource = {
            routingConfig: { routingMode: str(want, "routing_mode") ?? "REGIONAL" }
          };
          await finish(
            await started(
              networks.patch({ project, network: name, requestId: step("patch"), networkResource }, call)
            ),
            project,
            ref.scope,
            what
          );
        }
        break;
      }
      case "subnetwork": {
        const region = scopeName(ref.scope);
        if (differs("ip_cidr_range")) {
          const request = { project, region, subnetwork: name, requestId: step("expand") };
          const subnetworksExpandIpCidrRangeRequestResource = {
            ipCidrRange: str(want, "ip_cidr_range") ?? ""
          };
          await finish(
            await started(
              subnetworks.expandIpCidrRange(
                { ...request, subnetworksExpandIpCidrRangeRequestResource },
                call
              )
            ),
            project,
            ref.scope,
            what
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
                    privateIpGoogleAccess: want["private_ip_google_access"] === true
                  }
                },
                call
              )
            ),
            project,
            ref.scope,
            what
          );
        }
        break;
      }
      case "firewall": {
        const ownership = {
          ...identityTagsAfterUpdate(owned.ownership, op.target),
          [OWNER_TAG_ADDRESS]: op.address
        };
        const firewallResource = firewallBody(name, op.attributes, describe(op, ownership));
        await finish(
          await started(
            firewalls.patch({ project, firewall: name, requestId: step("patch"), firewallResource }, call)
          ),
          project,
          ref.scope,
          what
        );
        break;
      }
      case "instance":
        await updateInstance(op, ref, want, have, step, what);
        break;
    }
    return created(ref, op);
  }
  async function updateInstance(op, ref, want, have, step, what) {
    const { project, name: instance } = ref;
    const zone = scopeName(ref.scope);
    const unsupported = ["external_ip", "can_ip_forward"].filter(
      (k) => JSON.stringify(want[k] ?? null) !== JSON.stringify(have[k] ?? null)
    );
    if (unsupported.length > 0) {
      throw new ProviderOperationError(
        "UnsupportedUpdate",
        `${what}: changing ${unsupported.join(", ")} in place is not supported by the gcp provider`
      );
    }
    const [live] = await guarded(() => instances.get({ project, zone, instance }, call));
    const run = async (p) => finish(await started(p), project, ref.scope, what);
    const labels = instanceLabels(
      op,
      ownerLabelsAfterUpdate({ ...live.labels ?? {} }, op.target, op.address)
    );
    if (JSON.stringify(sorted(labels)) !== JSON.stringify(sorted({ ...live.labels ?? {} }))) {
      await run(
        instances.setLabels(
          {
            project,
            zone,
            instance,
            requestId: step("labels"),
            instancesSetLabelsRequestResource: { labels, labelFingerprint: live.labelFingerprint ?? null }
          },
          call
        )
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
            tagsResource: { items: tags, fingerprint: live.tags?.fingerprint ?? null }
          },
          call
        )
      );
    }
    const machineType = str(want, "machine_type");
    if (machineType !== void 0 && machineType !== have["machine_type"]) {
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
              machineType: `zones/${zone}/machineTypes/${machineType}`
            }
          },
          call
        )
      );
      await run(instances.start({ project, zone, instance, requestId: step("start") }, call));
    }
  }
  async function remove(target, resource) {
    const ref = ownedRef(resource.id, resource.type);
    let current;
    try {
      current = (await getOwned(ref, target))?.live;
    } catch (e) {
      if (e instanceof ProviderOperationError && e.code === "NOT_FOUND") return;
      throw e;
    }
    if (!current || current.address !== resource.address) {
      throw new ProviderOperationError(
        "NotOwned",
        `${resource.id} does not carry the ownership markers of ${resource.address} in ${target.environment} of ${target.repository}`
      );
    }
    const { project, name } = ref;
    const requestId = stepRequestId(`${resource.id}
${resource.address}`, "delete");
    const what = `${resource.address} (${name})`;
    try {
      const p = ref.kind === "network" ? networks.delete({ project, network: name, requestId }, call) : ref.kind === "subnetwork" ? subnetworks.delete({ project, region: scopeName(ref.scope), subnetwork: name, requestId }, call) : ref.kind === "firewall" ? firewalls.delete({ project, firewall: name, requestId }, call) : instances.delete({ project, zone: scopeName(ref.scope), instance: name, requestId }, call);
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
      const [ns, ss, fs, is] = await guarded(
        () => Promise.all([
          listNetworks(project, filter),
          listSubnetworks(project, filter),
          listFirewalls(project, filter),
          listInstances(project, env)
        ])
      );
      const live = [
        ...ns.map((n) => networkLive(n, project, target)),
        ...ss.map((s) => subnetworkLive(s, project, target)),
        ...fs.map((f) => firewallLive(f, project, target)),
        ...is.map((i) => instanceLive(i, project, target))
      ].flatMap((r) => r ? [r.live] : []);
      return live.sort((a, b) => a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
    },
    create: async (op) => (await credentialsReady(), create(op)),
    update: async (op) => (await credentialsReady(), update(op)),
    delete: async (target, resource) => (await credentialsReady(), remove(target, resource)),
    async close() {
      await Promise.all(
        [networks, subnetworks, firewalls, instances, globalOps, regionOps, zoneOps].map((c) => c.close())
      );
    }
  };
}
function buildClientOptions(deps, options) {
  const out = { fallback: true };
  const project = deps.settings.gcp?.project;
  if (project) out.projectId = project;
  if (options.authClient) out.authClient = options.authClient;
  const endpoint = options.endpoint ?? endpointFromSetting(deps.settings.gcp?.apiEndpoint);
  if (endpoint) {
    out.apiEndpoint = endpoint.apiEndpoint;
    if (endpoint.port !== void 0) out.port = endpoint.port;
    if (endpoint.protocol !== void 0) out.protocol = endpoint.protocol;
  }
  return out;
}
function endpointFromSetting(setting) {
  if (!setting) return void 0;
  if (!setting.includes("://")) return { apiEndpoint: setting };
  const url = new URL(setting);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return {
    apiEndpoint: url.hostname,
    protocol,
    ...url.port !== "" && { port: Number(url.port) }
  };
}
function kindOf(type) {
  const kind = KIND_BY_TYPE[type];
  if (!kind) throw new ProviderOperationError("UnsupportedType", `the gcp provider cannot apply ${type}`);
  return kind;
}
function ownedRef(id, type) {
  const ref = parseResourcePath(id);
  if (!ref || TYPE_BY_KIND[ref.kind] !== type) {
    throw new ProviderOperationError("InvalidId", `${id} is not the id of a ${type}`);
  }
  return ref;
}
function scopeName(scope) {
  return scope.kind === "region" ? scope.region : scope.kind === "zone" ? scope.zone : "global";
}
function defaultZone(region) {
  return `${region}-b`;
}
function stepRequestId(token, step) {
  const h = createHash2("sha256").update(`${token}
${step}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
function parseList(text) {
  if (!text) return [];
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  } catch {
    return [];
  }
}
function parseDisk(text) {
  if (!text) return void 0;
  try {
    const v = JSON.parse(text);
    return typeof v.image === "string" ? v : void 0;
  } catch {
    return void 0;
  }
}
function sorted(o) {
  return Object.entries(o).sort(([a], [b]) => a < b ? -1 : 1);
}
var STATUS_NAMES = {
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
  504: "DEADLINE_EXCEEDED"
};
async function guarded(fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ProviderOperationError || e instanceof PlagenticError) throw e;
    const err = e;
    const code = typeof err.code === "number" ? STATUS_NAMES[err.code] ?? `STATUS_${err.code}` : typeof err.code === "string" ? err.code : "GcpError";
    throw new ProviderOperationError(code, messageOf(err.message, e));
  }
}
function messageOf(message, e) {
  if (typeof message !== "string") return String(e);
  if (!message.startsWith("{")) return message;
  try {
    const body = JSON.parse(message);
    return typeof body.error?.message === "string" ? body.error.message : message;
  } catch {
    return message;
  }
}
export {
  GCP_TYPES,
  createGcpProvider
};

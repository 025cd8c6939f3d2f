import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  CredentialsError
} from "./chunk-MRAQ66UM.js";
import {
  capabilitiesOf,
  dispatchProvider,
  omittedPaths,
  waitFor,
  withoutPaths
} from "./chunk-TXINLBJE.js";
import {
  importOptional
} from "./chunk-ZDK5MVZP.js";
import {
  PlagenticError
} from "./chunk-WMOPTJPP.js";
import {
  OWNER_TAG_ADDRESS,
  OWNER_TAG_ENVIRONMENT,
  OWNER_TAG_REPOSITORY,
  OWNER_TAG_SHARE_PREFIX,
  ProviderOperationError,
  createdBy,
  isOwnershipTag,
  normalizeRepository,
  ownershipAfterUpdate,
  ownershipTags,
  repositoryKey
} from "./chunk-GOFYTHHW.js";
import "./chunk-TXMSPRBW.js";

// src/providers/gcp/clients.ts
import {
  DisksClient,
  FirewallsClient,
  GlobalOperationsClient,
  InstancesClient,
  NetworksClient,
  RegionOperationsClient,
  SubnetworksClient,
  ZoneOperationsClient
} from "@google-cloud/compute";
var RETRYABLE_CODES = [14, 4, 8, 13, 500, 502, 503, 504, 429];
function computeClients(options) {
  return {
    networks: new NetworksClient(options),
    subnetworks: new SubnetworksClient(options),
    firewalls: new FirewallsClient(options),
    instances: new InstancesClient(options),
    disks: new DisksClient(options),
    globalOps: new GlobalOperationsClient(options),
    regionOps: new RegionOperationsClient(options),
    zoneOps: new ZoneOperationsClient(options)
  };
}
function callOptions(settings = {}) {
  const retry = { maxRetries: 4, initialDelayMs: 500, maxDelayMs: 1e4, ...settings };
  return {
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
}
function clientOptionsOf(deps, authClient, endpoint) {
  const out = { fallback: true };
  const project = deps.settings.gcp?.project;
  if (project) out.projectId = project;
  if (authClient) out.authClient = authClient;
  const at = endpoint ?? endpointFromSetting(deps.settings.gcp?.apiEndpoint);
  if (at) {
    out.apiEndpoint = at.apiEndpoint;
    if (at.port !== void 0) out.port = at.port;
    if (at.protocol !== void 0) out.protocol = at.protocol;
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

// src/providers/gcp/errors.ts
var GRPC_STATUS_NAMES = {
  1: "CANCELLED",
  2: "UNKNOWN",
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
  16: "UNAUTHENTICATED"
};
var STATUS_NAMES = {
  ...GRPC_STATUS_NAMES,
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ALREADY_EXISTS",
  412: "FAILED_PRECONDITION",
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
async function getOrNothing(fn) {
  try {
    return await guarded(fn);
  } catch (e) {
    if (isNotFound(e)) return void 0;
    throw e;
  }
}
function isNotFound(e) {
  return e instanceof ProviderOperationError && e.code === "NOT_FOUND";
}
function isAlreadyExists(e) {
  if (!(e instanceof ProviderOperationError)) return false;
  if (e.code === "ALREADY_EXISTS" || e.code === "RESOURCE_ALREADY_EXISTS") return true;
  return e.code === "ABORTED" && /already exists/i.test(e.message);
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

// src/providers/gcp/context.ts
function gcpContext(s, target) {
  const project = s.project(target);
  return {
    target,
    project,
    clock: s.clock,
    progress: s.progress,
    client: s.client,
    compute: s.compute,
    call: s.call,
    async operate(scope, what, start) {
      const [started] = await guarded(start);
      await finish(s, project, scope, what, started.latestResponse);
    }
  };
}
async function finish(s, project, scope, what, started) {
  let op = started;
  const done = await waitFor(s.clock, what, async () => {
    if (op.status === "DONE") return op;
    if (!op.name) throw new ProviderOperationError("OperationFailed", `${what}: the operation has no name`);
    s.progress?.(`${what}: operation ${op.name} is ${String(op.status ?? "PENDING").toLowerCase()}`);
    const request = { project, operation: op.name };
    const c = s.compute;
    [op] = await guarded(
      () => scope.kind === "global" ? c.globalOps.wait(request, s.call) : scope.kind === "region" ? c.regionOps.wait({ ...request, region: scope.region }, s.call) : c.zoneOps.wait({ ...request, zone: scope.zone }, s.call)
    );
    return op.status === "DONE" ? op : void 0;
  });
  const errors = done.error?.errors ?? [];
  if (errors.length > 0) {
    throw new ProviderOperationError(
      errors[0]?.code ?? "OperationFailed",
      `${what}: ${errors.map((e) => e.message ?? e.code ?? "unknown error").join("; ")}`
    );
  }
}

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
  instance: "instances",
  disk: "disks"
};
function collection(kind) {
  return COLLECTIONS[kind];
}
function parseResourcePath(id) {
  const m = /^projects\/([^/]+)\/(?:(global)|regions\/([^/]+)|zones\/([^/]+))\/(networks|subnetworks|firewalls|instances|disks)\/([^/]+)$/.exec(
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
var METADATA_OWNERSHIP = "plagentic-ownership";
var METADATA_OMITTED = "plagentic-omitted";
var LEGACY_METADATA_ADDRESS = "plagentic-address";
var METADATA_BOOT_DISK = "plagentic-boot-disk";
var MARKER_OMITTED = "plagentic:omitted";
var MARKER_IMAGE = "plagentic:image";
var HASHED = "h_";
var MAX_LABEL = 63;
function describeOwned(marker2) {
  return JSON.stringify({
    ...marker2.tags,
    ...marker2.omitted.length > 0 && { [MARKER_OMITTED]: marker2.omitted },
    ...marker2.description !== void 0 && { description: marker2.description },
    ...marker2.image !== void 0 && { [MARKER_IMAGE]: marker2.image }
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
  const text = (key) => typeof o[key] === "string" ? o[key] : void 0;
  const description_ = text("description");
  const image = text(MARKER_IMAGE);
  return {
    tags,
    omitted,
    ...description_ !== void 0 && { description: description_ },
    ...image !== void 0 && { image }
  };
}
function repositoryLabel(repository) {
  const key = repositoryKey(repository);
  const readable = normalizeRepository(repository).replace(/[^a-z0-9_-]+/g, "-").slice(0, MAX_LABEL - key.length - 1).replace(/-+$/, "");
  return readable === "" ? key : `${readable}-${key}`;
}
function environmentLabel(environment) {
  const env = encodeLabel(environment);
  if (env === void 0) {
    throw new Error(`environment name ${JSON.stringify(environment)} does not fit a GCE label value`);
  }
  return env;
}
function environmentFilter(environment) {
  return `labels.${LABEL_ENVIRONMENT} = "${environmentLabel(environment)}"`;
}
function labelOf(key, value) {
  try {
    if (key === OWNER_TAG_ENVIRONMENT) {
      const env = encodeLabel(value);
      return env === void 0 ? void 0 : [LABEL_ENVIRONMENT, env];
    }
    if (key === OWNER_TAG_REPOSITORY) return [LABEL_REPOSITORY, repositoryLabel(value)];
    if (key === OWNER_TAG_ADDRESS)
      return [LABEL_ADDRESS, encodeLabel(value) ?? `${HASHED}${shortHash(value, 40)}`];
    if (key.startsWith(OWNER_TAG_SHARE_PREFIX)) {
      return [LABEL_SHARE_PREFIX + key.slice(OWNER_TAG_SHARE_PREFIX.length), repositoryLabel(value)];
    }
  } catch {
  }
  return void 0;
}
function ownershipLabels(tags) {
  const out = {};
  for (const [key, value] of Object.entries(tags)) {
    const label = labelOf(key, value);
    if (label) out[label[0]] = label[1];
  }
  return out;
}
function agreedOwnership(tags, labels) {
  const agreed = {};
  for (const [key, value] of Object.entries(tags)) {
    const label = labelOf(key, value);
    const matches = label !== void 0 && labels[label[0]] === label[1];
    if (matches) agreed[key] = value;
    else if (!key.startsWith(OWNER_TAG_SHARE_PREFIX)) return {};
  }
  return agreed;
}
function isOwnerLabel(key) {
  return key === LABEL_ENVIRONMENT || key === LABEL_ADDRESS || key === LABEL_REPOSITORY || key.startsWith(LABEL_SHARE_PREFIX);
}

// src/providers/gcp/resources/service-calls.ts
function statusName(code) {
  if (typeof code === "number") return GRPC_STATUS_NAMES[code] ?? `STATUS_${code}`;
  return typeof code === "string" && code !== "" ? code : "GcpError";
}
async function guarded2(fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ProviderOperationError) throw e;
    const err = e;
    const message = typeof err.message === "string" ? err.message : String(e);
    throw new ProviderOperationError(statusName(err.code), message);
  }
}
async function orNothing(fn) {
  try {
    return await guarded2(fn);
  } catch (e) {
    if (e instanceof ProviderOperationError && e.code === "NOT_FOUND") return void 0;
    throw e;
  }
}
function serviceName(environment, address, token, max) {
  const prefix = namePrefix(environment).slice(0, Math.floor(max / 2));
  const tail = `-${shortHash(token)}`;
  const dot = address.indexOf(".");
  const local = (dot >= 0 ? address.slice(dot + 1) : address).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+/, "");
  const middle = local.slice(0, max - prefix.length - tail.length).replace(/-+$/, "") || "r";
  return `${prefix.replace(/-*$/, "-")}${middle}${tail}`;
}
async function untilDone(ctx, what, first, poll) {
  let state = first;
  if (!state.done) ctx.progress?.(`waiting for ${what}`);
  await waitFor(ctx.clock, what, async () => {
    if (!state.done) state = await poll();
    return state.done ? true : void 0;
  }).catch((e) => {
    throw e instanceof ProviderOperationError && e.code === "Timeout" ? new ProviderOperationError(
      "Timeout",
      `${e.message}; it goes on in Google Cloud, and the next plan shows what is left`
    ) : e;
  });
  if (state.error) {
    throw new ProviderOperationError(state.error.code, `${what}: ${state.error.message}`);
  }
}
function untilReady(ctx, what, check) {
  return waitFor(ctx.clock, what, check);
}

// src/providers/gcp/resources/service-ownership.ts
var PLAGENTIC = "plagentic-";
var CHUNK = 21;
var MAX_CHUNKS = 8;
function instanceEnvironment(labels) {
  const label = labels[LABEL_ENVIRONMENT];
  return label === void 0 ? void 0 : decodeLabel(label);
}
function ownerLabels(target, address) {
  return ownershipLabels(ownershipTags(target, address));
}
function ownerLabelsAfterUpdate(current, target, address) {
  if (current[LABEL_REPOSITORY] === repositoryLabel(target.repository)) return ownerLabels(target, address);
  const kept = Object.entries(current).filter(([key]) => isOwnerLabel(key));
  return { ...Object.fromEntries(kept), ...addressLabels(address) };
}
function isPlagenticLabel(key) {
  return key.startsWith(PLAGENTIC);
}
function addressLabels(address) {
  const out = {};
  const chunks = Math.ceil(address.length / CHUNK);
  if (chunks > MAX_CHUNKS) {
    throw new ProviderOperationError("InvalidAddress", `${address} is too long to record in labels`);
  }
  for (let i = 0; i < chunks; i++) {
    const encoded = encodeLabel(address.slice(i * CHUNK, (i + 1) * CHUNK));
    if (encoded === void 0) {
      throw new ProviderOperationError("InvalidAddress", `${address} cannot be recorded in labels`);
    }
    out[i === 0 ? LABEL_ADDRESS : `${LABEL_ADDRESS}-${i}`] = encoded;
  }
  return out;
}
function addressOf(labels) {
  let out = "";
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const label = labels[i === 0 ? LABEL_ADDRESS : `${LABEL_ADDRESS}-${i}`];
    if (label === void 0) break;
    const part = decodeLabel(label);
    if (part === void 0) return void 0;
    out += part;
  }
  return out === "" ? void 0 : out;
}
function userLabels(op) {
  for (const [k, v] of Object.entries(op.tags)) {
    if (!isLabelKey(k) || !isLabelValue(v) || isPlagenticLabel(k) || k.includes(":")) {
      throw new ProviderOperationError(
        "InvalidLabel",
        `tag ${k}=${v} of ${op.address} is not a label Plagentic may write (keys and values: lower-case letters, digits, _ and -, at most 63; no plagentic- keys)`
      );
    }
  }
  return { ...op.tags };
}
function createLabels(op, extra = {}) {
  return {
    ...userLabels(op),
    ...ownerLabels(op.target, op.address),
    ...addressLabels(op.address),
    ...extra
  };
}
function updateLabels(current, op, extra = {}) {
  return {
    ...userLabels(op),
    ...ownerLabelsAfterUpdate(current, op.target, op.address),
    ...addressLabels(op.address),
    ...extra
  };
}
function tagsOfLabels(labels) {
  return Object.fromEntries(Object.entries(labels ?? {}).filter(([k]) => !isPlagenticLabel(k)));
}
function serviceLive(type, found5, attributes, labels, state, broken) {
  return {
    address: found5.tags[OWNER_TAG_ADDRESS] ?? "",
    type,
    id: found5.id,
    attributes,
    tags: tagsOfLabels(labels),
    ...broken.has(state) && { state }
  };
}
function shareTags(labels, target) {
  const key = repositoryKey(target.repository);
  return labels[LABEL_SHARE_PREFIX + key] === repositoryLabel(target.repository) ? { [OWNER_TAG_SHARE_PREFIX + key]: target.repository } : {};
}
function ownershipFromLabels(labels, target) {
  const l = labels ?? {};
  const environment = instanceEnvironment(l);
  const repository = l[LABEL_REPOSITORY];
  const address = addressOf(l);
  if (environment === void 0 || repository === void 0) return {};
  return {
    [OWNER_TAG_ENVIRONMENT]: environment,
    [OWNER_TAG_REPOSITORY]: repository === repositoryLabel(target.repository) ? target.repository : `label:${repository}`,
    ...address !== void 0 && { [OWNER_TAG_ADDRESS]: address },
    ...shareTags(l, target)
  };
}
function ownershipFromMarker(description, labels, target) {
  const marker2 = readDescription(description);
  const l = labels ?? {};
  if (!marker2) return {};
  const environment = marker2.tags[OWNER_TAG_ENVIRONMENT];
  const repository = marker2.tags[OWNER_TAG_REPOSITORY];
  const address = marker2.tags[OWNER_TAG_ADDRESS];
  if (repository === void 0) return {};
  let repositoryAgrees = false;
  try {
    repositoryAgrees = l[LABEL_REPOSITORY] === repositoryLabel(repository);
  } catch {
  }
  if (instanceEnvironment(l) !== environment || !repositoryAgrees || addressOf(l) !== address) return {};
  return {
    [OWNER_TAG_ENVIRONMENT]: environment,
    [OWNER_TAG_REPOSITORY]: repository,
    [OWNER_TAG_ADDRESS]: address,
    ...shareTags(l, target)
  };
}
function omittedLabel(omitted) {
  if (omitted.length === 0) return {};
  const value = encodeLabel(omitted.join(","));
  if (value === void 0) throw new Error(`omitted properties ${omitted.join(",")} do not fit a label`);
  return { [`${PLAGENTIC}omitted`]: value };
}
function omittedOf(labels) {
  const value = labels?.[`${PLAGENTIC}omitted`];
  const decoded = value === void 0 ? void 0 : decodeLabel(value);
  return decoded ? decoded.split(",") : [];
}
function sameLabels(a, b) {
  const sorted = (l) => JSON.stringify(Object.entries(l ?? {}).sort(([x], [y]) => x < y ? -1 : 1));
  return sorted(a) === sorted(b);
}

// src/providers/gcp/resources/cloudfunctions-function.ts
var TYPE = "google_cloudfunctions_function";
var OMITTABLE = ["entry_point", "trigger_http", "source_archive_bucket", "source_archive_object"];
var BROKEN = /* @__PURE__ */ new Set(["FAILED", "DELETING"]);
var MASK_BY_PROPERTY = {
  runtime: "buildConfig.runtime",
  entry_point: "buildConfig.entryPoint",
  source_archive_bucket: "buildConfig.source",
  source_archive_object: "buildConfig.source",
  available_memory_mb: "serviceConfig.availableMemory",
  timeout: "serviceConfig.timeoutSeconds"
};
async function functions(ctx) {
  const { v2 } = await importOptional("gcp", () => import("@google-cloud/functions"));
  return ctx.client(
    "functions",
    (o) => new v2.FunctionServiceClient(o)
  );
}
function found(ctx, f) {
  const name = f.name ?? "";
  return {
    id: name,
    tags: ownershipFromMarker(f.description, f.labels, ctx.target),
    resource: f,
    name: name.slice(name.lastIndexOf("/") + 1)
  };
}
function megabytes(memory) {
  const m = /^(\d+(?:\.\d+)?)\s*([kMG]i?)?$/.exec(memory ?? "");
  if (!m) return 0;
  const n = Number(m[1]);
  const scale = {
    k: 1e-3,
    ki: 1 / 1024,
    M: 1,
    Mi: 1.048576,
    G: 1e3,
    Gi: 1073.741824
  };
  return Math.round(n * (scale[m[2] ?? "M"] ?? 1));
}
function functionAttributes(f) {
  const storage = f.buildConfig?.source?.storageSource;
  const attributes = {
    runtime: f.buildConfig?.runtime ?? "",
    entry_point: f.buildConfig?.entryPoint ?? "",
    available_memory_mb: megabytes(f.serviceConfig?.availableMemory),
    timeout: Number(f.serviceConfig?.timeoutSeconds ?? 0),
    trigger_http: !f.eventTrigger,
    source_archive_bucket: storage?.bucket ?? "",
    source_archive_object: storage?.object ?? ""
  };
  return withoutPaths(attributes, readDescription(f.description)?.omitted ?? []);
}
function liveOf(f) {
  const state = String(f.resource.state ?? "");
  return serviceLive(TYPE, f, functionAttributes(f.resource), f.resource.labels, state, BROKEN);
}
function bodyOf(op, description, labels) {
  const a = op.attributes;
  if (a["trigger_http"] === false) {
    throw new ProviderOperationError(
      "InvalidParameterValue",
      `${op.address}: without trigger_http a function needs an event trigger, which the spec cannot give yet`
    );
  }
  const bucket = a["source_archive_bucket"];
  const object = a["source_archive_object"];
  return {
    description,
    labels,
    environment: "GEN_2",
    buildConfig: {
      runtime: String(a["runtime"] ?? ""),
      ...typeof a["entry_point"] === "string" && { entryPoint: a["entry_point"] },
      ...typeof bucket === "string" && typeof object === "string" && { source: { storageSource: { bucket, object } } }
    },
    serviceConfig: {
      availableMemory: `${Number(a["available_memory_mb"] ?? 256)}M`,
      timeoutSeconds: Number(a["timeout"] ?? 60)
    }
  };
}
function marker(op, tags) {
  return describeOwned({ tags, omitted: omittedPaths(op.attributes, OMITTABLE) });
}
function maskOf(want, f) {
  const have = functionAttributes(f);
  const changed = Object.entries(MASK_BY_PROPERTY).filter(([key]) => JSON.stringify(want[key] ?? null) !== JSON.stringify(have[key] ?? null)).map(([, path]) => path);
  return [.../* @__PURE__ */ new Set(["description", "labels", ...changed])];
}
function stateOf(op) {
  const done = op.done === true;
  return {
    done,
    ...done && op.error && (op.error.code ?? 0) !== 0 && {
      error: { code: statusName(op.error.code), message: op.error.message ?? "failed" }
    }
  };
}
async function finish2(ctx, started, what) {
  const client = await functions(ctx);
  await untilDone(ctx, `${what} (operation ${started.name ?? "?"})`, stateOf(started), async () => {
    const request = { name: started.name ?? "" };
    const [op] = await guarded2(() => client.operationsClient.getOperation(request));
    return stateOf(op);
  });
}
async function get(ctx, name) {
  const client = await functions(ctx);
  return (await orNothing(() => client.getFunction({ name })))?.[0];
}
function nameOf(ctx, op) {
  const id = resourceName(op.target.environment, op.address, op.token);
  return `projects/${ctx.project}/locations/${op.target.region}/functions/${id}`;
}
function active(ctx, name, what) {
  return untilReady(ctx, what, async () => {
    const f = await get(ctx, name);
    if (!f) throw new ProviderOperationError("NOT_FOUND", `${what} disappeared while it was being deployed`);
    if (f.state === "FAILED") {
      const why = (f.stateMessages ?? []).map((m) => m.message ?? "").join("; ");
      throw new ProviderOperationError("FunctionFailed", `${what} is FAILED${why ? `: ${why}` : ""}`);
    }
    return f.state === "ACTIVE" ? true : void 0;
  });
}
var cloudfunctionsFunction = {
  type: TYPE,
  optional: true,
  tokenIn: "name",
  async list(ctx) {
    const client = await functions(ctx);
    const filter = `labels.${LABEL_ENVIRONMENT}="${environmentLabel(ctx.target.environment)}"`;
    const parent = `projects/${ctx.project}/locations/-`;
    const out = [];
    let pageToken = "";
    do {
      const [items, , raw] = await guarded2(
        () => client.listFunctions({ parent, filter, pageToken }, { autoPaginate: false })
      );
      if ((raw?.unreachable ?? []).length > 0) {
        throw new ProviderOperationError(
          "UNAVAILABLE",
          `Cloud Functions could not list ${raw.unreachable.join(", ")}; try again`
        );
      }
      out.push(...items.map((f) => found(ctx, f)));
      pageToken = raw?.nextPageToken ?? "";
    } while (pageToken !== "");
    return out;
  },
  async live(_ctx, owned) {
    return owned.map(liveOf);
  },
  async read(ctx, id) {
    const f = await get(ctx, id);
    return f && found(ctx, f);
  },
  async findByToken(ctx, op) {
    const f = await get(ctx, nameOf(ctx, op));
    return f ? [found(ctx, f)] : [];
  },
  async create(ctx, op, earlier) {
    const name = nameOf(ctx, op);
    const functionId = name.slice(name.lastIndexOf("/") + 1);
    const what = `${op.address} (Cloud Function ${functionId})`;
    if (!earlier) {
      const client = await functions(ctx);
      const body = bodyOf(op, marker(op, ownershipTags(op.target, op.address)), createLabels(op));
      const parent = name.slice(0, name.lastIndexOf("/functions/"));
      const [started] = await guarded2(() => client.createFunction({ parent, functionId, function: body }));
      await finish2(ctx, started.latestResponse, what);
    }
    await active(ctx, name, what);
    return name;
  },
  async update(ctx, op, current) {
    const client = await functions(ctx);
    const ownership = ownershipAfterUpdate(current, op);
    const body = {
      ...bodyOf(op, marker(op, ownership), updateLabels(current.resource.labels ?? {}, op)),
      name: op.id
    };
    const [started] = await guarded2(
      () => client.updateFunction({
        function: body,
        updateMask: { paths: maskOf(op.attributes, current.resource) }
      })
    );
    const what = `${op.address} (Cloud Function ${current.name ?? op.id})`;
    await finish2(ctx, started.latestResponse, `${what}: update`);
    await active(ctx, op.id, what);
  },
  async delete(ctx, _target, resource) {
    const client = await functions(ctx);
    const what = `${resource.address} (Cloud Function ${resource.id})`;
    const [started] = await guarded2(() => client.deleteFunction({ name: resource.id }));
    await finish2(ctx, started.latestResponse, `${what}: delete`);
    await untilReady(
      ctx,
      `${what} to be gone`,
      async () => await get(ctx, resource.id) ? void 0 : true
    );
  }
};

// src/providers/gcp/resources/container-api.ts
var GKE_NAME_MAX = 40;
async function gke(ctx) {
  const { ClusterManagerClient } = await importOptional("gcp", () => import("@google-cloud/container"));
  return ctx.client(
    "container",
    (o) => new ClusterManagerClient(o)
  );
}
function clusterPath(r) {
  return `projects/${r.project}/locations/${r.location}/clusters/${r.cluster}`;
}
function parseClusterPath(id) {
  const m = /^projects\/([^/]+)\/locations\/([^/]+)\/clusters\/([^/]+)$/.exec(id);
  return m ? { project: m[1], location: m[2], cluster: m[3] } : void 0;
}
function parseNodePoolPath(id) {
  const m = /^(projects\/[^/]+\/locations\/[^/]+\/clusters\/[^/]+)\/nodePools\/([^/]+)$/.exec(id);
  const cluster = m && parseClusterPath(m[1]);
  return cluster ? { ...cluster, pool: m[2] } : void 0;
}
function clusterId(project, c) {
  return clusterPath({ project, location: c.location ?? "", cluster: c.name ?? "" });
}
async function listClusters(ctx) {
  const client = await gke(ctx);
  const [answer] = await guarded2(
    () => client.listClusters({ parent: `projects/${ctx.project}/locations/-` })
  );
  if ((answer.missingZones ?? []).length > 0) {
    throw new ProviderOperationError(
      "UNAVAILABLE",
      `GKE could not list clusters in ${answer.missingZones.join(", ")}; try again`
    );
  }
  const env = environmentLabel(ctx.target.environment);
  return (answer.clusters ?? []).filter((c) => c.resourceLabels?.[LABEL_ENVIRONMENT] === env);
}
async function getCluster(ctx, ref) {
  const client = await gke(ctx);
  try {
    const [c] = await guarded2(() => client.getCluster({ name: clusterPath(ref) }));
    return c;
  } catch (e) {
    if (e instanceof ProviderOperationError && e.code === "NOT_FOUND") return void 0;
    throw e;
  }
}
function stateOf2(op) {
  const done = op.status === "DONE";
  const error = op.error && (op.error.code ?? 0) !== 0 ? op.error : void 0;
  return {
    done,
    ...done && error && {
      error: { code: statusName(error.code), message: error.message ?? op.statusMessage ?? "failed" }
    }
  };
}
async function finishOperation(ctx, at, started, what) {
  const client = await gke(ctx);
  const name = `projects/${at.project}/locations/${at.location}/operations/${started.name ?? ""}`;
  await untilDone(ctx, `${what} (operation ${started.name ?? "?"})`, stateOf2(started), async () => {
    const [op] = await guarded2(() => client.getOperation({ name }));
    return stateOf2(op);
  });
}

// src/providers/gcp/resources/container-cluster.ts
var TYPE2 = "google_container_cluster";
var OMITTABLE2 = ["location", "network", "subnetwork"];
var LABEL_MIN_VERSION = "plagentic-min-master-version";
var LABEL_DELETION_PROTECTION = "plagentic-deletion-protection";
var DEFAULT_POOL = "default-pool";
var BROKEN2 = /* @__PURE__ */ new Set(["ERROR", "DEGRADED", "STOPPING"]);
function found2(project, c, ctx) {
  return {
    id: clusterId(project, c),
    tags: ownershipFromMarker(c.description, c.resourceLabels, ctx.target),
    resource: c,
    name: c.name ?? ""
  };
}
function masterVersion(c) {
  const label = c.resourceLabels?.[LABEL_MIN_VERSION];
  const wanted = label === void 0 ? void 0 : decodeLabel(label);
  const current = c.currentMasterVersion ?? "";
  if (wanted === void 0) return void 0;
  if (current === wanted || current.startsWith(`${wanted}.`) || current.startsWith(`${wanted}-`))
    return wanted;
  const parts = (v) => (/^\d+(?:\.\d+)*/.exec(v)?.[0] ?? "").split(".").map(Number);
  const [a, b] = [parts(current), parts(wanted)];
  for (let i = 0; i < b.length; i++) {
    if ((a[i] ?? -1) !== b[i]) return (a[i] ?? -1) > b[i] ? wanted : current;
  }
  return current;
}
function clusterAttributes(c) {
  const autopilot = c.autopilot?.enabled === true;
  const version = masterVersion(c);
  const attributes = {
    location: c.location ?? "",
    ...c.networkConfig?.network && { network: c.networkConfig.network },
    ...c.networkConfig?.subnetwork && { subnetwork: c.networkConfig.subnetwork },
    ...version !== void 0 && { min_master_version: version },
    enable_autopilot: autopilot,
    // An Autopilot cluster has no node count or default pool of its own: the spec's defaults stand.
    remove_default_node_pool: autopilot || !(c.nodePools ?? []).some((p) => p.name === DEFAULT_POOL),
    initial_node_count: autopilot ? 1 : Number(c.initialNodeCount ?? 0),
    deletion_protection: c.resourceLabels?.[LABEL_DELETION_PROTECTION] !== "false"
  };
  return withoutPaths(attributes, readDescription(c.description)?.omitted ?? []);
}
function liveOf2(f) {
  const status = String(f.resource.status ?? "");
  return serviceLive(TYPE2, f, clusterAttributes(f.resource), f.resource.resourceLabels, status, BROKEN2);
}
function settingLabels(a) {
  const version = typeof a["min_master_version"] === "string" ? encodeLabel(a["min_master_version"]) : void 0;
  return {
    [LABEL_DELETION_PROTECTION]: a["deletion_protection"] === false ? "false" : "true",
    ...version !== void 0 && { [LABEL_MIN_VERSION]: version }
  };
}
function refOf(id) {
  const ref = parseClusterPath(id);
  if (!ref) throw new ProviderOperationError("InvalidId", `${id} is not a GKE cluster id`);
  return ref;
}
async function running(ctx, ref, what) {
  return untilReady(ctx, what, async () => {
    const c = await getCluster(ctx, ref);
    if (!c) throw new ProviderOperationError("NOT_FOUND", `${what} disappeared while it was being created`);
    if (c.status === "ERROR" || c.status === "DEGRADED") {
      throw new ProviderOperationError("ClusterError", `${what} is ${c.status}: ${c.statusMessage ?? ""}`);
    }
    return c.status === "RUNNING" ? c : void 0;
  });
}
async function removeDefaultPool(ctx, ref, c, what) {
  if (!(c.nodePools ?? []).some((p) => p.name === DEFAULT_POOL)) return;
  const client = await gke(ctx);
  const [op] = await guarded2(
    () => client.deleteNodePool({ name: `${clusterPath(ref)}/nodePools/${DEFAULT_POOL}` })
  );
  await finishOperation(ctx, ref, op, `${what}: removing its default node pool`);
}
function checkAutopilot(op) {
  const a = op.attributes;
  const autopilot = a["enable_autopilot"] === true;
  if (autopilot && (a["remove_default_node_pool"] === false || (a["initial_node_count"] ?? 1) !== 1)) {
    throw new ProviderOperationError(
      "InvalidParameterValue",
      `${op.address}: an Autopilot cluster takes neither initial_node_count nor a default node pool to keep`
    );
  }
  return autopilot;
}
var containerCluster = {
  type: TYPE2,
  optional: true,
  tokenIn: "name",
  async list(ctx) {
    return (await listClusters(ctx)).map((c) => found2(ctx.project, c, ctx));
  },
  async live(_ctx, owned) {
    return owned.map(liveOf2);
  },
  async read(ctx, id) {
    const ref = refOf(id);
    const c = await getCluster(ctx, ref);
    return c && found2(ref.project, c, ctx);
  },
  async findByToken(ctx, op) {
    const location = String(op.attributes["location"] ?? op.target.region);
    const cluster = serviceName(op.target.environment, op.address, op.token, GKE_NAME_MAX);
    const c = await getCluster(ctx, { project: ctx.project, location, cluster });
    return c ? [found2(ctx.project, c, ctx)] : [];
  },
  async create(ctx, op, earlier) {
    const autopilot = checkAutopilot(op);
    const a = op.attributes;
    const ref = {
      project: ctx.project,
      location: String(a["location"] ?? op.target.region),
      cluster: serviceName(op.target.environment, op.address, op.token, GKE_NAME_MAX)
    };
    const what = `${op.address} (GKE cluster ${ref.cluster})`;
    if (!earlier) {
      const client = await gke(ctx);
      const cluster = {
        name: ref.cluster,
        description: describeOwned({
          tags: ownershipTags(op.target, op.address),
          omitted: omittedPaths(a, OMITTABLE2)
        }),
        resourceLabels: createLabels(op, settingLabels(a)),
        ...typeof a["network"] === "string" && { network: a["network"] },
        ...typeof a["subnetwork"] === "string" && { subnetwork: a["subnetwork"] },
        ...typeof a["min_master_version"] === "string" && {
          initialClusterVersion: a["min_master_version"]
        },
        ...autopilot ? { autopilot: { enabled: true } } : { initialNodeCount: Number(a["initial_node_count"] ?? 1) }
      };
      const [started] = await guarded2(
        () => client.createCluster({ parent: `projects/${ref.project}/locations/${ref.location}`, cluster })
      );
      await finishOperation(ctx, ref, started, what);
    }
    const c = await running(ctx, ref, what);
    if (!autopilot && a["remove_default_node_pool"] !== false) await removeDefaultPool(ctx, ref, c, what);
    return clusterPath(ref);
  },
  async update(ctx, op, current) {
    const ref = refOf(op.id);
    const c = current.resource;
    const what = `${op.address} (GKE cluster ${ref.cluster})`;
    const client = await gke(ctx);
    const a = op.attributes;
    const autopilot = c.autopilot?.enabled === true;
    if (a["remove_default_node_pool"] === false && !autopilot && !(c.nodePools ?? []).some((p) => p.name === DEFAULT_POOL)) {
      throw new ProviderOperationError(
        "Unsupported",
        `${what}: its default node pool was removed and cannot be brought back; replace the cluster or add a google_container_node_pool`
      );
    }
    const labels = updateLabels(c.resourceLabels ?? {}, op, settingLabels(a));
    if (!sameLabels(labels, c.resourceLabels)) {
      const [started] = await guarded2(
        () => client.setLabels({ name: op.id, resourceLabels: labels, labelFingerprint: c.labelFingerprint ?? "" })
      );
      await finishOperation(ctx, ref, started, `${what}: labels`);
    }
    const wanted = a["min_master_version"];
    if (typeof wanted === "string" && masterVersion({ ...c, resourceLabels: labels }) !== wanted) {
      const [started] = await guarded2(
        () => client.updateCluster({ name: op.id, update: { desiredMasterVersion: wanted } })
      );
      await finishOperation(ctx, ref, started, `${what}: master version ${wanted}`);
    }
    if (!autopilot && a["remove_default_node_pool"] !== false) await removeDefaultPool(ctx, ref, c, what);
  },
  async delete(ctx, _target, resource, current) {
    const ref = refOf(resource.id);
    const c = current.resource;
    const what = `${resource.address} (GKE cluster ${ref.cluster})`;
    if (c.resourceLabels?.[LABEL_DELETION_PROTECTION] !== "false") {
      throw new ProviderOperationError(
        "DeletionProtection",
        `${what} has deletion_protection on; set it to false and apply before deleting the cluster`
      );
    }
    const pools = (c.nodePools ?? []).map((p) => p.name ?? "").filter((n) => n !== DEFAULT_POOL);
    if (pools.length > 0 && c.autopilot?.enabled !== true) {
      throw new ProviderOperationError(
        "DependencyViolation",
        `${what} still holds node pools ${pools.join(", ")}; Plagentic deletes a cluster only once its node pools are gone`
      );
    }
    const client = await gke(ctx);
    const [started] = await guarded2(() => client.deleteCluster({ name: resource.id }));
    await finishOperation(ctx, ref, started, `${what}: delete`);
    await untilReady(
      ctx,
      `${what} to be gone`,
      async () => await getCluster(ctx, ref) ? void 0 : true
    );
  }
};

// src/providers/gcp/resources/container-node-pool.ts
var TYPE3 = "google_container_node_pool";
var OMITTABLE3 = ["node_locations", "disk_size_gb", "disk_type"];
var BROKEN3 = /* @__PURE__ */ new Set(["ERROR", "RUNNING_WITH_ERROR", "STOPPING"]);
var LABEL_NODE_COUNT = "plagentic-node-count";
function countLabel(a) {
  return { [LABEL_NODE_COUNT]: String(Number(a["node_count"] ?? 1)) };
}
function foundIn(project, c, pool, ctx) {
  const cluster = { project, location: c.location ?? "", cluster: c.name ?? "" };
  const { [OWNER_TAG_ADDRESS]: _clusterAddress, ...identity } = ownershipFromMarker(
    c.description,
    c.resourceLabels,
    ctx.target
  );
  const address = addressOf(pool.config?.resourceLabels ?? {});
  return {
    id: `${clusterPath(cluster)}/nodePools/${pool.name ?? ""}`,
    tags: { ...identity, ...address !== void 0 && { [OWNER_TAG_ADDRESS]: address } },
    resource: { pool, cluster },
    name: pool.name ?? ""
  };
}
function poolAttributes(f) {
  const p = f.resource.pool;
  const labels = p.config?.resourceLabels ?? {};
  const attributes = {
    cluster: clusterPath(f.resource.cluster),
    machine_type: p.config?.machineType ?? "",
    node_count: Number(labels[LABEL_NODE_COUNT] ?? p.initialNodeCount ?? 0),
    node_locations: [...p.locations ?? []],
    disk_size_gb: Number(p.config?.diskSizeGb ?? 0),
    disk_type: p.config?.diskType ?? "",
    spot: p.config?.spot === true
  };
  return withoutPaths(attributes, omittedOf(labels));
}
function liveOf3(f) {
  const status = String(f.resource.pool.status ?? "");
  return serviceLive(TYPE3, f, poolAttributes(f), f.resource.pool.config?.resourceLabels, status, BROKEN3);
}
function clusterOf(op) {
  const ref = parseClusterPath(String(op.attributes["cluster"] ?? ""));
  if (!ref)
    throw new ProviderOperationError(
      "InvalidParameterValue",
      `${op.address}: cluster is not a GKE cluster id`
    );
  return ref;
}
async function readPool(ctx, ref, name) {
  const c = await getCluster(ctx, ref);
  const pool = c?.nodePools?.find((p) => p.name === name);
  return c && pool && foundIn(ref.project, c, pool, ctx);
}
function running2(ctx, ref, name, what) {
  return untilReady(ctx, what, async () => {
    const f = await readPool(ctx, ref, name);
    const status = f?.resource.pool.status;
    if (!f) throw new ProviderOperationError("NOT_FOUND", `${what} disappeared while it was being created`);
    if (status === "ERROR") {
      throw new ProviderOperationError(
        "NodePoolError",
        `${what} is ERROR: ${f.resource.pool.statusMessage ?? ""}`
      );
    }
    return status === "RUNNING" ? true : void 0;
  });
}
var containerNodePool = {
  type: TYPE3,
  optional: true,
  tokenIn: "name",
  untagged: true,
  async list(ctx) {
    const clusters = await listClusters(ctx);
    return clusters.flatMap(
      (c) => (c.nodePools ?? []).map((p) => foundIn(ctx.project, c, p, ctx)).filter((f) => f.tags[OWNER_TAG_ADDRESS] !== void 0)
    );
  },
  async live(_ctx, owned) {
    return owned.map(liveOf3);
  },
  async read(ctx, id) {
    const ref = parseNodePoolPath(id);
    if (!ref) throw new ProviderOperationError("InvalidId", `${id} is not a GKE node pool id`);
    return readPool(ctx, ref, ref.pool);
  },
  async findByToken(ctx, op) {
    const name = serviceName(op.target.environment, op.address, op.token, GKE_NAME_MAX);
    const f = await readPool(ctx, clusterOf(op), name);
    return f ? [f] : [];
  },
  async create(ctx, op, earlier) {
    const a = op.attributes;
    const ref = clusterOf(op);
    const name = serviceName(op.target.environment, op.address, op.token, GKE_NAME_MAX);
    const what = `${op.address} (GKE node pool ${name})`;
    if (!earlier) {
      const client = await gke(ctx);
      const nodePool = {
        name,
        initialNodeCount: Number(a["node_count"] ?? 1),
        ...Array.isArray(a["node_locations"]) && { locations: a["node_locations"].map(String) },
        config: {
          machineType: String(a["machine_type"] ?? "e2-medium"),
          ...typeof a["disk_size_gb"] === "number" && { diskSizeGb: a["disk_size_gb"] },
          ...typeof a["disk_type"] === "string" && { diskType: a["disk_type"] },
          spot: a["spot"] === true,
          resourceLabels: createLabels(op, { ...omittedLabel(omittedPaths(a, OMITTABLE3)), ...countLabel(a) })
        }
      };
      const [started] = await guarded2(() => client.createNodePool({ parent: clusterPath(ref), nodePool }));
      await finishOperation(ctx, ref, started, what);
    }
    await running2(ctx, ref, name, what);
    return `${clusterPath(ref)}/nodePools/${name}`;
  },
  async update(ctx, op, current) {
    const { pool, cluster } = current.resource;
    const what = `${op.address} (GKE node pool ${pool.name ?? ""})`;
    const client = await gke(ctx);
    const have = poolAttributes(current);
    const a = op.attributes;
    if (a["node_count"] !== void 0 && a["node_count"] !== have["node_count"]) {
      const [started] = await guarded2(
        () => client.setNodePoolSize({ name: op.id, nodeCount: Number(a["node_count"]) })
      );
      await finishOperation(ctx, cluster, started, `${what}: resize to ${String(a["node_count"])}`);
    }
    const labels = updateLabels(pool.config?.resourceLabels ?? {}, op, {
      ...omittedLabel(omittedOf(pool.config?.resourceLabels).filter((k) => a[k] === void 0)),
      ...countLabel(a)
    });
    const locations = Array.isArray(a["node_locations"]) ? a["node_locations"].map(String) : void 0;
    const moved = locations !== void 0 && JSON.stringify(locations) !== JSON.stringify(have["node_locations"]);
    if (moved || !sameLabels(labels, pool.config?.resourceLabels)) {
      const [started] = await guarded2(
        () => client.updateNodePool({
          name: op.id,
          // Both are required; the pool's own keep it where it is rather than upgrade it.
          nodeVersion: pool.version ?? "-",
          imageType: pool.config?.imageType ?? "",
          ...moved && { locations },
          resourceLabels: { labels }
        })
      );
      await finishOperation(ctx, cluster, started, `${what}: update`);
    }
  },
  async delete(ctx, _target, resource, current) {
    const { cluster, pool } = current.resource;
    const what = `${resource.address} (GKE node pool ${pool.name ?? ""})`;
    const client = await gke(ctx);
    const [started] = await guarded2(() => client.deleteNodePool({ name: resource.id }));
    await finishOperation(ctx, cluster, started, `${what}: delete`);
    await untilReady(
      ctx,
      `${what} to be gone`,
      async () => await readPool(ctx, cluster, pool.name ?? "") ? void 0 : true
    );
  }
};

// src/providers/gcp/bodies.ts
var OMITTABLE4 = {
  google_compute_network: [],
  google_compute_subnetwork: ["region"],
  google_compute_firewall: ["source_ranges", "destination_ranges", "source_tags", "target_tags"],
  google_compute_instance: ["zone", "network", "subnetwork", "boot_disk.size", "boot_disk.type"],
  google_compute_disk: ["zone", "size"]
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
  const disk2 = d !== null && typeof d === "object" && !Array.isArray(d) ? d : {};
  const image = disk2["image"];
  if (typeof image !== "string" || image === "") {
    throw new ProviderOperationError("InvalidParameterValue", "boot_disk.image is required");
  }
  return {
    image,
    ...typeof disk2["size"] === "number" && { size: disk2["size"] },
    ...typeof disk2["type"] === "string" && { type: disk2["type"] }
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
  const disk2 = bootDiskOf(attrs);
  const network2 = str(attrs, "network");
  const subnetwork2 = str(attrs, "subnetwork");
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
          sourceImage: sourceImage(disk2.image),
          ...disk2.size !== void 0 && { diskSizeGb: disk2.size },
          ...disk2.type !== void 0 && { diskType: `zones/${zone}/diskTypes/${disk2.type}` },
          labels
        }
      }
    ],
    networkInterfaces: [
      {
        ...network2 !== void 0 && { network: network2 },
        ...subnetwork2 !== void 0 && { subnetwork: subnetwork2 },
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

// src/providers/gcp/compute.ts
import { createHash as createHash2 } from "node:crypto";
var PAGE_SIZE = 500;
async function collect(items) {
  return guarded(async () => {
    const out = [];
    for await (const item of items) out.push(item);
    return out;
  });
}
function refOf2(id, kind, type) {
  const ref = parseResourcePath(id);
  if (!ref || ref.kind !== kind)
    throw new ProviderOperationError("InvalidId", `${id} is not the id of a ${type}`);
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
function placeOf(ctx, op, kind, scope) {
  return {
    project: ctx.project,
    kind,
    scope,
    name: resourceName(op.target.environment, op.address, op.token)
  };
}
function markerOf(op, ownership, image) {
  const description = str(op.attributes, "description");
  return describeOwned({
    tags: ownership,
    omitted: omittedPaths(op.attributes, OMITTABLE4[op.type] ?? []),
    ...description !== void 0 && { description },
    ...image !== void 0 && { image }
  });
}
function userLabels2(op) {
  const user = Object.entries(op.tags).filter(([k]) => !isOwnerLabel(k) && !isOwnershipTag(k));
  for (const [k, v] of user) {
    if (!isLabelKey(k) || !isLabelValue(v)) {
      throw new ProviderOperationError(
        "InvalidLabel",
        `tag ${k}=${v} is not a valid GCE label (keys and values: lower-case letters, digits, _ and -, at most 63)`
      );
    }
  }
  return Object.fromEntries(user);
}
function foundOf(id, resource, marker2, labels) {
  const tags = readDescription(marker2)?.tags ?? {};
  const user = Object.entries(labels ?? {}).filter(([k]) => !isOwnerLabel(k) && !isOwnershipTag(k));
  const ownership = labels === void 0 ? tags : agreedOwnership(tags, labels ?? {});
  return {
    id,
    tags: { ...Object.fromEntries(user), ...ownership },
    resource,
    name: id.slice(id.lastIndexOf("/") + 1)
  };
}
function liveOf4(type, found5, attributes, omitted) {
  const address = found5.tags[OWNER_TAG_ADDRESS];
  if (address === void 0) return void 0;
  const tags = Object.fromEntries(Object.entries(found5.tags).filter(([k]) => !isOwnershipTag(k)));
  return { address, type, id: found5.id, attributes: withoutPaths(attributes, omitted), tags };
}
async function readOne(get3, found5) {
  const got = await getOrNothing(get3);
  return got && found5(got[0]);
}
async function insertOnce(ctx, op, ref, insert, read) {
  const id = resourcePath(ref);
  try {
    await ctx.operate(ref.scope, `${op.address} (${ref.name})`, () => insert(op.token));
  } catch (e) {
    if (!isAlreadyExists(e)) throw e;
    const there = await read(id);
    if (!there || !createdBy(there.tags, op.target, op.address)) {
      throw new ProviderOperationError(
        "AlreadyExists",
        `a resource named ${ref.name} already exists and Plagentic does not own it as ${op.address} of ${op.target.environment}; it was left untouched`
      );
    }
  }
  return id;
}
async function deleteOne(ctx, resource, ref, remove) {
  const requestId = stepRequestId(`${resource.id}
${resource.address}`, "delete");
  try {
    await ctx.operate(ref.scope, `${resource.address} (${ref.name})`, () => remove(requestId));
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}
function differs(want, have, key) {
  return JSON.stringify(want[key] ?? null) !== JSON.stringify(have[key] ?? null);
}
function sameEntries(a, b) {
  const sorted = (o) => JSON.stringify(Object.entries(o).sort(([x], [y]) => x < y ? -1 : 1));
  return sorted(a) === sorted(b);
}

// src/providers/gcp/compute-handler.ts
function computeBasics(k) {
  return {
    type: k.type,
    async list(ctx, target) {
      return (await k.list(ctx, target.environment)).map((r) => k.found(ctx.project, r, target));
    },
    async live(_ctx, owned) {
      return owned.flatMap((f) => k.live(f) ?? []);
    },
    read(ctx, id) {
      const ref = refOf2(id, k.kind, k.type);
      return readOne(
        () => k.get(ctx, ref),
        (r) => k.found(ref.project, r, ctx.target)
      );
    },
    async delete(ctx, _target, resource) {
      const ref = refOf2(resource.id, k.kind, k.type);
      await deleteOne(ctx, resource, ref, (requestId) => k.remove(ctx, ref, requestId));
    }
  };
}

// src/providers/gcp/resources/disk.ts
var TYPE4 = "google_compute_disk";
var UNUSABLE = /* @__PURE__ */ new Set(["FAILED", "DELETING"]);
function live(f) {
  const d = f.resource;
  const marker2 = readDescription(d.description);
  const attributes = {
    zone: lastSegment(d.zone ?? ""),
    ...d.sizeGb !== void 0 && d.sizeGb !== null && { size: Number(d.sizeGb) },
    ...d.type && { type: lastSegment(d.type) },
    ...marker2?.image !== void 0 && { image: marker2.image }
  };
  const r = liveOf4(TYPE4, f, attributes, marker2?.omitted ?? []);
  return r && d.status && UNUSABLE.has(d.status) ? { ...r, state: d.status } : r;
}
var basics = computeBasics({
  type: TYPE4,
  kind: "disk",
  found(project, d) {
    const scope = { kind: "zone", zone: lastSegment(d.zone ?? "") };
    const id = resourcePath({ project, kind: "disk", scope, name: d.name ?? "" });
    return foundOf(id, d, d.description, { ...d.labels ?? {} });
  },
  live,
  list: async (ctx, environment) => {
    const filter = environmentFilter(environment);
    const pages = await collect(
      ctx.compute.disks.aggregatedListAsync(
        { project: ctx.project, filter, maxResults: PAGE_SIZE },
        ctx.call
      )
    );
    return pages.flatMap(([, scoped]) => scoped.disks ?? []);
  },
  get: (ctx, { project, name, scope }) => ctx.compute.disks.get({ project, zone: scopeName(scope), disk: name }, ctx.call),
  remove: (ctx, { project, name, scope }, requestId) => ctx.compute.disks.delete({ project, zone: scopeName(scope), disk: name, requestId }, ctx.call)
});
var disk = {
  ...basics,
  async create(ctx, op) {
    const zone = str(op.attributes, "zone") ?? defaultZone(op.target.region);
    const ref = placeOf(ctx, op, "disk", { kind: "zone", zone });
    const ownership = ownershipTags(op.target, op.address);
    const image = str(op.attributes, "image");
    const size = op.attributes["size"];
    const type = str(op.attributes, "type");
    const diskResource = {
      name: ref.name,
      description: markerOf(op, ownership, image),
      labels: { ...userLabels2(op), ...ownershipLabels(ownership) },
      ...typeof size === "number" && { sizeGb: size },
      ...type !== void 0 && { type: `zones/${zone}/diskTypes/${type}` },
      ...image !== void 0 && { sourceImage: sourceImage(image) }
    };
    return insertOnce(
      ctx,
      op,
      ref,
      (requestId) => ctx.compute.disks.insert({ project: ref.project, zone, requestId, diskResource }, ctx.call),
      (id) => basics.read(ctx, id)
    );
  },
  async update(ctx, op, current) {
    const { project, name: disk2, scope } = refOf2(op.id, "disk", TYPE4);
    const zone = scopeName(scope);
    const what = `${op.address} (${disk2})`;
    const d = current.resource;
    const want = op.attributes["size"];
    const have = d.sizeGb === void 0 || d.sizeGb === null ? void 0 : Number(d.sizeGb);
    if (typeof want === "number" && have !== void 0 && want < have) {
      throw new ProviderOperationError(
        "UnsupportedUpdate",
        `${what}: a persistent disk cannot shrink (${have} GB to ${want} GB); replace it instead`
      );
    }
    const labels = { ...userLabels2(op), ...ownershipLabels(ownershipAfterUpdate(current, op)) };
    if (!sameEntries(labels, d.labels ?? {})) {
      const zoneSetLabelsRequestResource = { labels, labelFingerprint: d.labelFingerprint ?? null };
      const requestId = stepRequestId(op.token, "labels");
      await ctx.operate(
        scope,
        what,
        () => ctx.compute.disks.setLabels(
          { project, zone, resource: disk2, requestId, zoneSetLabelsRequestResource },
          ctx.call
        )
      );
    }
    if (typeof want === "number" && want !== have) {
      const disksResizeRequestResource = { sizeGb: want };
      const requestId = stepRequestId(op.token, "resize");
      await ctx.operate(
        scope,
        what,
        () => ctx.compute.disks.resize({ project, zone, disk: disk2, requestId, disksResizeRequestResource }, ctx.call)
      );
    }
  }
};

// src/providers/gcp/resources/firewall.ts
var TYPE5 = "google_compute_firewall";
var basics2 = computeBasics({
  type: TYPE5,
  kind: "firewall",
  found: (project, f) => foundOf(
    resourcePath({ project, kind: "firewall", scope: { kind: "global" }, name: f.name ?? "" }),
    f,
    f.description
  ),
  live: (f) => {
    const marker2 = readDescription(f.resource.description);
    return liveOf4(TYPE5, f, firewallAttributes(f.resource, marker2?.description), marker2?.omitted ?? []);
  },
  list: (ctx, environment) => collect(
    ctx.compute.firewalls.listAsync(
      { project: ctx.project, filter: nameFilter(environment), maxResults: PAGE_SIZE },
      ctx.call
    )
  ),
  get: (ctx, { project, name }) => ctx.compute.firewalls.get({ project, firewall: name }, ctx.call),
  remove: (ctx, { project, name }, requestId) => ctx.compute.firewalls.delete({ project, firewall: name, requestId }, ctx.call)
});
var firewall = {
  ...basics2,
  async create(ctx, op) {
    const ref = placeOf(ctx, op, "firewall", { kind: "global" });
    const firewallResource = firewallBody(
      ref.name,
      op.attributes,
      markerOf(op, ownershipTags(op.target, op.address))
    );
    return insertOnce(
      ctx,
      op,
      ref,
      (requestId) => ctx.compute.firewalls.insert({ project: ref.project, requestId, firewallResource }, ctx.call),
      (id) => basics2.read(ctx, id)
    );
  },
  async update(ctx, op, current) {
    const { project, name, scope } = refOf2(op.id, "firewall", TYPE5);
    const firewallResource = firewallBody(
      name,
      op.attributes,
      markerOf(op, ownershipAfterUpdate(current, op))
    );
    const requestId = stepRequestId(op.token, "patch");
    await ctx.operate(
      scope,
      `${op.address} (${name})`,
      () => ctx.compute.firewalls.patch({ project, firewall: name, requestId, firewallResource }, ctx.call)
    );
  }
};

// src/providers/gcp/resources/instance.ts
var TYPE6 = "google_compute_instance";
function found3(project, i, target) {
  const scope = { kind: "zone", zone: lastSegment(i.zone ?? "") };
  const id = resourcePath({ project, kind: "instance", scope, name: i.name ?? "" });
  const metadata = metadataOf(i);
  const marker2 = metadata[METADATA_OWNERSHIP] ?? legacyMarker(i.labels ?? {}, metadata, target);
  return foundOf(id, i, marker2, { ...i.labels ?? {} });
}
function legacyMarker(labels, metadata, target) {
  const address = metadata[LEGACY_METADATA_ADDRESS];
  const environment = labels[LABEL_ENVIRONMENT] && decodeLabel(labels[LABEL_ENVIRONMENT]);
  if (!address || !environment || labels[LABEL_REPOSITORY] !== repositoryLabel(target.repository)) {
    return void 0;
  }
  const tags = ownershipTags({ ...target, environment, sharedWith: [] }, address);
  return describeOwned({ tags, omitted: [] });
}
function attributesOf(i) {
  const metadata = metadataOf(i);
  return {
    attributes: instanceAttributes(i, parseJson(metadata[METADATA_BOOT_DISK], isBootDisk)),
    omitted: parseJson(metadata[METADATA_OMITTED], isStrings) ?? []
  };
}
function live2(f) {
  const { attributes, omitted } = attributesOf(f.resource);
  return liveOf4(TYPE6, f, attributes, omitted);
}
var basics3 = computeBasics({
  type: TYPE6,
  kind: "instance",
  found: found3,
  live: live2,
  list: async (ctx, environment) => {
    const filter = environmentFilter(environment);
    const pages = await collect(
      ctx.compute.instances.aggregatedListAsync(
        { project: ctx.project, filter, maxResults: PAGE_SIZE },
        ctx.call
      )
    );
    return pages.flatMap(([, scoped]) => scoped.instances ?? []);
  },
  get: (ctx, { project, name, scope }) => ctx.compute.instances.get({ project, zone: scopeName(scope), instance: name }, ctx.call),
  remove: (ctx, { project, name, scope }, requestId) => ctx.compute.instances.delete({ project, zone: scopeName(scope), instance: name, requestId }, ctx.call)
});
var instance = {
  ...basics3,
  async create(ctx, op) {
    const zone = str(op.attributes, "zone") ?? defaultZone(op.target.region);
    const ref = placeOf(ctx, op, "instance", { kind: "zone", zone });
    const ownership = ownershipTags(op.target, op.address);
    const omitted = omittedPaths(op.attributes, OMITTABLE4[op.type] ?? []);
    const metadata = {
      [METADATA_OWNERSHIP]: describeOwned({ tags: ownership, omitted: [] }),
      [METADATA_BOOT_DISK]: JSON.stringify(bootDiskOf(op.attributes)),
      ...omitted.length > 0 && { [METADATA_OMITTED]: JSON.stringify(omitted) }
    };
    const labels = { ...userLabels2(op), ...ownershipLabels(ownership) };
    const instanceResource = instanceBody(ref.name, zone, op.attributes, labels, metadata);
    return insertOnce(
      ctx,
      op,
      ref,
      (requestId) => ctx.compute.instances.insert({ project: ref.project, zone, requestId, instanceResource }, ctx.call),
      (id) => basics3.read(ctx, id)
    );
  },
  async update(ctx, op, current) {
    const ref = refOf2(op.id, "instance", TYPE6);
    const what = `${op.address} (${ref.name})`;
    const have = live2(current)?.attributes ?? {};
    const unsupported = ["external_ip", "can_ip_forward"].filter((k) => differs(op.attributes, have, k));
    if (unsupported.length > 0) {
      throw new ProviderOperationError(
        "UnsupportedUpdate",
        `${what}: changing ${unsupported.join(", ")} in place is not supported by the gcp provider`
      );
    }
    await convergeOwnership(ctx, op, current);
    await convergeSettings(ctx, op, current.resource, have, what);
  }
};
async function convergeOwnership(ctx, op, current) {
  const { project, name: instance2, scope } = refOf2(op.id, "instance", TYPE6);
  const zone = scopeName(scope);
  const what = `${op.address} (${instance2})`;
  const i = current.resource;
  const ownership = ownershipAfterUpdate(current, op);
  const labels = { ...userLabels2(op), ...ownershipLabels(ownership) };
  if (!sameEntries(labels, i.labels ?? {})) {
    const instancesSetLabelsRequestResource = { labels, labelFingerprint: i.labelFingerprint ?? null };
    const requestId = stepRequestId(op.token, "labels");
    await ctx.operate(
      scope,
      what,
      () => ctx.compute.instances.setLabels(
        { project, zone, instance: instance2, requestId, instancesSetLabelsRequestResource },
        ctx.call
      )
    );
  }
  const metadata = metadataOf(i);
  if (!sameEntries(ownership, readDescription(metadata[METADATA_OWNERSHIP])?.tags ?? {})) {
    const items = Object.entries({
      ...metadata,
      [METADATA_OWNERSHIP]: describeOwned({ tags: ownership, omitted: [] })
    });
    const metadataResource = {
      items: items.map(([key, value]) => ({ key, value })),
      fingerprint: i.metadata?.fingerprint ?? null
    };
    const requestId = stepRequestId(op.token, "metadata");
    await ctx.operate(
      scope,
      what,
      () => ctx.compute.instances.setMetadata({ project, zone, instance: instance2, requestId, metadataResource }, ctx.call)
    );
  }
}
async function convergeSettings(ctx, op, i, have, what) {
  const { project, name: instance2, scope } = refOf2(op.id, "instance", TYPE6);
  const zone = scopeName(scope);
  const step = (s) => stepRequestId(op.token, s);
  const run = (s, start) => ctx.operate(scope, what, () => start(step(s)));
  const tags = Array.isArray(op.attributes["network_tags"]) ? op.attributes["network_tags"].map(String) : [];
  if (JSON.stringify(tags) !== JSON.stringify(have["network_tags"] ?? [])) {
    const tagsResource = { items: tags, fingerprint: i.tags?.fingerprint ?? null };
    await run(
      "tags",
      (requestId) => ctx.compute.instances.setTags({ project, zone, instance: instance2, requestId, tagsResource }, ctx.call)
    );
  }
  const machineType = str(op.attributes, "machine_type");
  if (machineType !== void 0 && machineType !== have["machine_type"]) {
    ctx.progress?.(`${what}: stopping to change the machine type to ${machineType}`);
    await run(
      "stop",
      (requestId) => ctx.compute.instances.stop({ project, zone, instance: instance2, requestId }, ctx.call)
    );
    const instancesSetMachineTypeRequestResource = {
      machineType: `zones/${zone}/machineTypes/${machineType}`
    };
    await run(
      "machine-type",
      (requestId) => ctx.compute.instances.setMachineType(
        { project, zone, instance: instance2, requestId, instancesSetMachineTypeRequestResource },
        ctx.call
      )
    );
    await run(
      "start",
      (requestId) => ctx.compute.instances.start({ project, zone, instance: instance2, requestId }, ctx.call)
    );
  }
}
function parseJson(text, is) {
  if (!text) return void 0;
  try {
    const v = JSON.parse(text);
    return is(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
function isStrings(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function isBootDisk(v) {
  return v !== null && typeof v === "object" && typeof v.image === "string";
}

// src/providers/gcp/resources/network.ts
var TYPE7 = "google_compute_network";
function live3(f) {
  const marker2 = readDescription(f.resource.description);
  return liveOf4(TYPE7, f, networkAttributes(f.resource, marker2?.description), marker2?.omitted ?? []);
}
var basics4 = computeBasics({
  type: TYPE7,
  kind: "network",
  found: (project, n) => foundOf(
    resourcePath({ project, kind: "network", scope: { kind: "global" }, name: n.name ?? "" }),
    n,
    n.description
  ),
  live: live3,
  list: (ctx, environment) => collect(
    ctx.compute.networks.listAsync(
      { project: ctx.project, filter: nameFilter(environment), maxResults: PAGE_SIZE },
      ctx.call
    )
  ),
  get: (ctx, { project, name }) => ctx.compute.networks.get({ project, network: name }, ctx.call),
  remove: (ctx, { project, name }, requestId) => ctx.compute.networks.delete({ project, network: name, requestId }, ctx.call)
});
var network = {
  ...basics4,
  async create(ctx, op) {
    const ref = placeOf(ctx, op, "network", { kind: "global" });
    const networkResource = networkBody(
      ref.name,
      op.attributes,
      markerOf(op, ownershipTags(op.target, op.address))
    );
    return insertOnce(
      ctx,
      op,
      ref,
      (requestId) => ctx.compute.networks.insert({ project: ref.project, requestId, networkResource }, ctx.call),
      (id) => basics4.read(ctx, id)
    );
  },
  async update(ctx, op, current) {
    const have = live3(current)?.attributes ?? {};
    if (!differs(op.attributes, have, "routing_mode")) return;
    const { project, name, scope } = refOf2(op.id, "network", TYPE7);
    const networkResource = {
      routingConfig: { routingMode: str(op.attributes, "routing_mode") ?? "REGIONAL" }
    };
    const requestId = stepRequestId(op.token, "patch");
    await ctx.operate(
      scope,
      `${op.address} (${name})`,
      () => ctx.compute.networks.patch({ project, network: name, requestId, networkResource }, ctx.call)
    );
  }
};

// src/providers/gcp/resources/sql-database-instance.ts
var TYPE8 = "google_sql_database_instance";
var BROKEN4 = /* @__PURE__ */ new Set(["FAILED", "SUSPENDED", "PENDING_DELETE"]);
var PAGE_SIZE2 = 500;
async function clients(ctx) {
  const sql = await importOptional("gcp", () => import("@google-cloud/sql"));
  return {
    instances: ctx.client("sql", (o) => new sql.v1.SqlInstancesServiceClient(o)),
    operations: ctx.client("sql-operations", (o) => new sql.v1.SqlOperationsServiceClient(o))
  };
}
function idOf(project, name) {
  return `projects/${project}/instances/${name}`;
}
function parseId(id) {
  const m = /^projects\/([^/]+)\/instances\/([^/]+)$/.exec(id);
  if (!m) throw new ProviderOperationError("InvalidId", `${id} is not a Cloud SQL instance id`);
  return { project: m[1], instance: m[2] };
}
function found4(ctx, i) {
  return {
    id: idOf(i.project ?? ctx.project, i.name ?? ""),
    tags: ownershipFromLabels(i.settings?.userLabels, ctx.target),
    resource: i,
    name: i.name ?? ""
  };
}
function instanceAttributes2(i) {
  const s = i.settings ?? {};
  const ip = s.ipConfiguration ?? {};
  return {
    database_version: String(i.databaseVersion ?? ""),
    tier: s.tier ?? "",
    availability_type: String(s.availabilityType ?? ""),
    disk_size: Number(s.dataDiskSizeGb?.value ?? 0),
    disk_type: String(s.dataDiskType ?? ""),
    ipv4_enabled: ip.ipv4Enabled?.value === true,
    authorized_networks: (ip.authorizedNetworks ?? []).map((n) => ({
      ...n.name ? { name: n.name } : {},
      value: n.value ?? ""
    })),
    deletion_protection: s.deletionProtectionEnabled?.value === true
  };
}
function liveOf5(f) {
  const state = String(f.resource.state ?? "");
  return serviceLive(TYPE8, f, instanceAttributes2(f.resource), f.resource.settings?.userLabels, state, BROKEN4);
}
function settingsOf(a, userLabels3) {
  const networks = Array.isArray(a["authorized_networks"]) ? a["authorized_networks"] : [];
  return {
    tier: String(a["tier"] ?? ""),
    availabilityType: String(a["availability_type"] ?? "ZONAL"),
    dataDiskSizeGb: { value: String(a["disk_size"] ?? 10) },
    dataDiskType: String(a["disk_type"] ?? "PD_SSD"),
    ipConfiguration: {
      ipv4Enabled: { value: a["ipv4_enabled"] !== false },
      authorizedNetworks: networks.map((n) => {
        const o = n ?? {};
        return { ...typeof o["name"] === "string" && { name: o["name"] }, value: String(o["value"] ?? "") };
      })
    },
    deletionProtectionEnabled: { value: a["deletion_protection"] !== false },
    userLabels: userLabels3
  };
}
function stateOf3(op) {
  const done = op.status === "DONE";
  const first = op.error?.errors?.[0];
  return {
    done,
    ...done && first && {
      error: {
        code: first.code || "OperationFailed",
        message: (op.error?.errors ?? []).map((e) => e.message || e.code).join("; ")
      }
    }
  };
}
async function finish3(ctx, project, started, what) {
  const { operations } = await clients(ctx);
  await untilDone(ctx, `${what} (operation ${started.name ?? "?"})`, stateOf3(started), async () => {
    const [op] = await guarded2(() => operations.get({ project, operation: started.name ?? "" }));
    return stateOf3(op);
  });
}
async function get2(ctx, project, instance2) {
  const { instances } = await clients(ctx);
  return (await orNothing(() => instances.get({ project, instance: instance2 })))?.[0];
}
function runnable(ctx, project, instance2, what) {
  return untilReady(ctx, what, async () => {
    const i = await get2(ctx, project, instance2);
    if (!i) throw new ProviderOperationError("NOT_FOUND", `${what} disappeared while it was being created`);
    if (i.state === "FAILED") throw new ProviderOperationError("InstanceFailed", `${what} is FAILED`);
    return i.state === "RUNNABLE" ? true : void 0;
  });
}
function nameOf2(op) {
  return resourceName(op.target.environment, op.address, op.token);
}
var sqlDatabaseInstance = {
  type: TYPE8,
  optional: true,
  tokenIn: "name",
  async list(ctx) {
    const { instances } = await clients(ctx);
    const filter = `settings.userLabels.${LABEL_ENVIRONMENT}:${environmentLabel(ctx.target.environment)}`;
    const out = [];
    let pageToken = "";
    do {
      const [page] = await guarded2(
        () => instances.list({ project: ctx.project, filter, maxResults: PAGE_SIZE2, pageToken })
      );
      out.push(...(page.items ?? []).map((i) => found4(ctx, i)));
      pageToken = page.nextPageToken ?? "";
    } while (pageToken !== "");
    return out;
  },
  async live(_ctx, owned) {
    return owned.map(liveOf5);
  },
  async read(ctx, id) {
    const { project, instance: instance2 } = parseId(id);
    const i = await get2(ctx, project, instance2);
    return i && found4(ctx, i);
  },
  async findByToken(ctx, op) {
    const i = await get2(ctx, ctx.project, nameOf2(op));
    return i ? [found4(ctx, i)] : [];
  },
  async create(ctx, op, earlier) {
    const name = nameOf2(op);
    const what = `${op.address} (Cloud SQL instance ${name})`;
    if (!earlier) {
      const { instances } = await clients(ctx);
      const body = {
        name,
        region: op.target.region,
        databaseVersion: String(op.attributes["database_version"]),
        settings: settingsOf(op.attributes, createLabels(op))
      };
      const [started] = await guarded2(() => instances.insert({ project: ctx.project, body }));
      await finish3(ctx, ctx.project, started, what);
    }
    await runnable(ctx, ctx.project, name, what);
    return idOf(ctx.project, name);
  },
  async update(ctx, op, current) {
    const { project, instance: instance2 } = parseId(op.id);
    const { instances } = await clients(ctx);
    const labels = updateLabels(current.resource.settings?.userLabels ?? {}, op);
    const body = { settings: settingsOf(op.attributes, labels) };
    const [started] = await guarded2(() => instances.patch({ project, instance: instance2, body }));
    await finish3(ctx, project, started, `${op.address} (Cloud SQL instance ${instance2}): patch`);
  },
  async delete(ctx, _target, resource, current) {
    const { project, instance: instance2 } = parseId(resource.id);
    const what = `${resource.address} (Cloud SQL instance ${instance2})`;
    if (current.resource.settings?.deletionProtectionEnabled?.value === true) {
      throw new ProviderOperationError(
        "DeletionProtection",
        `${what} has deletion_protection on; set it to false and apply before deleting the instance`
      );
    }
    const { instances } = await clients(ctx);
    const [started] = await guarded2(() => instances.delete({ project, instance: instance2 }));
    await finish3(ctx, project, started, `${what}: delete`);
    await untilReady(
      ctx,
      `${what} to be gone`,
      async () => await get2(ctx, project, instance2) ? void 0 : true
    );
  }
};

// src/providers/gcp/resources/subnetwork.ts
var TYPE9 = "google_compute_subnetwork";
function live4(f) {
  return liveOf4(
    TYPE9,
    f,
    subnetworkAttributes(f.resource),
    readDescription(f.resource.description)?.omitted ?? []
  );
}
var basics5 = computeBasics({
  type: TYPE9,
  kind: "subnetwork",
  found(project, s) {
    const scope = { kind: "region", region: lastSegment(s.region ?? "") };
    return foundOf(
      resourcePath({ project, kind: "subnetwork", scope, name: s.name ?? "" }),
      s,
      s.description
    );
  },
  live: live4,
  list: async (ctx, environment) => {
    const filter = nameFilter(environment);
    const pages = await collect(
      ctx.compute.subnetworks.aggregatedListAsync(
        { project: ctx.project, filter, maxResults: PAGE_SIZE },
        ctx.call
      )
    );
    return pages.flatMap(([, scoped]) => scoped.subnetworks ?? []);
  },
  get: (ctx, { project, name, scope }) => ctx.compute.subnetworks.get({ project, region: scopeName(scope), subnetwork: name }, ctx.call),
  remove: (ctx, { project, name, scope }, requestId) => ctx.compute.subnetworks.delete(
    { project, region: scopeName(scope), subnetwork: name, requestId },
    ctx.call
  )
});
var subnetwork = {
  ...basics5,
  async create(ctx, op) {
    const region = str(op.attributes, "region") ?? op.target.region;
    const ref = placeOf(ctx, op, "subnetwork", { kind: "region", region });
    const subnetworkResource = subnetworkBody(
      ref.name,
      op.attributes,
      markerOf(op, ownershipTags(op.target, op.address))
    );
    return insertOnce(
      ctx,
      op,
      ref,
      (requestId) => ctx.compute.subnetworks.insert(
        { project: ref.project, region, requestId, subnetworkResource },
        ctx.call
      ),
      (id) => basics5.read(ctx, id)
    );
  },
  async update(ctx, op, current) {
    const have = live4(current)?.attributes ?? {};
    const { project, name: subnetwork2, scope } = refOf2(op.id, "subnetwork", TYPE9);
    const region = scopeName(scope);
    const what = `${op.address} (${subnetwork2})`;
    if (differs(op.attributes, have, "ip_cidr_range")) {
      const subnetworksExpandIpCidrRangeRequestResource = {
        ipCidrRange: str(op.attributes, "ip_cidr_range") ?? ""
      };
      const requestId = stepRequestId(op.token, "expand");
      await ctx.operate(
        scope,
        what,
        () => ctx.compute.subnetworks.expandIpCidrRange(
          { project, region, subnetwork: subnetwork2, requestId, subnetworksExpandIpCidrRangeRequestResource },
          ctx.call
        )
      );
    }
    if (differs(op.attributes, have, "private_ip_google_access")) {
      const subnetworksSetPrivateIpGoogleAccessRequestResource = {
        privateIpGoogleAccess: op.attributes["private_ip_google_access"] === true
      };
      const requestId = stepRequestId(op.token, "private-access");
      await ctx.operate(
        scope,
        what,
        () => ctx.compute.subnetworks.setPrivateIpGoogleAccess(
          { project, region, subnetwork: subnetwork2, requestId, subnetworksSetPrivateIpGoogleAccessRequestResource },
          ctx.call
        )
      );
    }
  }
};

// src/providers/gcp/resources/index.ts
var COMPUTE_HANDLERS = {
  google_compute_network: network,
  google_compute_subnetwork: subnetwork,
  google_compute_firewall: firewall,
  google_compute_instance: instance,
  google_compute_disk: disk
};
var GCP_HANDLERS = {
  ...COMPUTE_HANDLERS,
  google_container_cluster: containerCluster,
  google_container_node_pool: containerNodePool,
  google_sql_database_instance: sqlDatabaseInstance,
  google_cloudfunctions_function: cloudfunctionsFunction
};

// src/providers/gcp/gcp-provider.ts
var GCP_TYPES = Object.keys(GCP_HANDLERS);
var GCP_CAPABILITIES = capabilitiesOf(GCP_HANDLERS);
function createGcpProvider(deps, options = {}) {
  const clientOptions = clientOptionsOf(deps, options.authClient, options.endpoint);
  let credentialsReady = async () => void 0;
  if (!options.authClient) {
    const auth = defaultGcpAuth(deps.settings.gcp?.project);
    clientOptions.auth = auth;
    credentialsReady = credentialsCheck(auth, deps.env);
  }
  const compute = computeClients(clientOptions);
  const timeoutSeconds = deps.settings.gcp?.waitTimeoutSeconds;
  const clock = {
    sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    now: options.now ?? (() => Date.now()),
    pollIntervalMs: options.pollIntervalMs ?? 1e3,
    timeoutMs: options.timeoutMs ?? (timeoutSeconds !== void 0 ? timeoutSeconds * 1e3 : 18e5),
    progress: deps.progress
  };
  const others = /* @__PURE__ */ new Map();
  function client(api, make) {
    let c = others.get(api);
    if (!c) others.set(api, c = make({ ...clientOptions }));
    return c;
  }
  function project(target) {
    const p = target.project ?? deps.settings.gcp?.project ?? deps.env["GOOGLE_CLOUD_PROJECT"];
    if (!p) {
      throw new ProviderOperationError(
        "MissingProject",
        "no GCP project: set `project:` in the environment spec or `providers.gcp.project` in config"
      );
    }
    return p;
  }
  const call = callOptions(options.retry);
  const dispatched = dispatchProvider({
    name: "gcp",
    handlers: options.handlers ?? GCP_HANDLERS,
    context: (target) => gcpContext({ compute, call, clock, progress: deps.progress, project, client }, target),
    async close() {
      await Promise.all([...Object.values(compute), ...others.values()].map((c) => c.close()));
      others.clear();
    }
  });
  return {
    ...dispatched,
    readLive: async (target) => (await credentialsReady(), dispatched.readLive(target)),
    create: async (op) => (await credentialsReady(), dispatched.create(op)),
    update: async (op) => (await credentialsReady(), dispatched.update(op)),
    delete: async (target, resource) => (await credentialsReady(), dispatched.delete(target, resource))
  };
}
export {
  GCP_CAPABILITIES,
  GCP_HANDLERS,
  GCP_TYPES,
  createGcpProvider
};

import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  DEFAULT_SPEC_LIMITS,
  DEFAULT_USAGE_RANGES,
  describeUsage,
  formatFieldPath,
  formatUsd,
  formatUsdRange,
  parseYamlSource,
  refTarget,
  zodIssueToError
} from "./chunk-IT5BDKXA.js";
import {
  external_exports
} from "./chunk-DSOI4Y75.js";
import {
  SpecError
} from "./chunk-WMOPTJPP.js";
import {
  getResourceType
} from "./chunk-7W3TKOHO.js";

// src/team/mcp/model.ts
var MCP_SERVER_NAME = /^[a-z0-9_-]{1,24}$/;
var mcpServerFields = {
  /** stdio: the program to start, with its arguments, environment and working directory. */
  command: external_exports.string().min(1).optional(),
  args: external_exports.array(external_exports.string()).optional(),
  env: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  cwd: external_exports.string().min(1).optional(),
  /** Streamable HTTP: the endpoint and the headers sent with every request. */
  url: external_exports.string().min(1).optional(),
  headers: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  /** Which agents get its tools; by default every proposing agent. */
  agents: external_exports.array(external_exports.string().min(1)).optional(),
  /** Narrows the tools offered; it never widens past the plan-mode rule. */
  allowed_tools: external_exports.array(external_exports.string().min(1)).optional(),
  startup_timeout_seconds: external_exports.number().positive().max(600).optional(),
  timeout_seconds: external_exports.number().positive().max(3600).optional()
};
var mcpServerEntrySchema = external_exports.strictObject(mcpServerFields);
var mcpServerListEntrySchema = external_exports.strictObject({ name: external_exports.string(), ...mcpServerFields });
var mcpServersSchema = external_exports.union([external_exports.record(external_exports.string(), external_exports.unknown()), external_exports.array(external_exports.unknown())]);
var PROPOSING_STAGES = ["planner", "supervisor", "worker"];
var DEFAULT_STARTUP_TIMEOUT_SECONDS = 30;
var DEFAULT_CALL_TIMEOUT_SECONDS = 60;

// src/paths.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const name = JSON.parse(readFileSync(manifest, "utf8")).name;
      if (name === "plagentic") return cached = dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the plagentic package root");
    dir = parent;
  }
}
function packagePath(...parts) {
  return join(packageRoot(), ...parts);
}

// src/config/interpolate.ts
var REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
var SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD/i;
function isSecretVariableName(name) {
  return SECRET_NAME.test(name);
}
function interpolate(data, env) {
  const undefinedVars = [];
  const secrets = /* @__PURE__ */ new Set();
  const substitute = (text, path) => text.replace(REFERENCE, (_match, name, fallback) => {
    const value = env[name];
    if (value === void 0 || value === "") {
      if (fallback !== void 0) return fallback;
      if (value === void 0) undefinedVars.push({ path, variable: name });
      return "";
    }
    if (isSecretVariableName(name)) secrets.add(value);
    return value;
  });
  const visit = (value, path) => {
    if (typeof value === "string") return substitute(value, path);
    if (Array.isArray(value)) return value.map((item, i) => visit(item, [...path, i]));
    if (value !== null && typeof value === "object") {
      const out = {};
      for (const [key, item] of Object.entries(value)) {
        Object.defineProperty(out, key, {
          value: visit(item, [...path, key]),
          enumerable: true,
          writable: true,
          configurable: true
        });
      }
      return out;
    }
    return value;
  };
  return { data: visit(data, []), undefinedVars, secrets: [...secrets] };
}

// src/config/loader.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname as dirname2, isAbsolute, join as join2, relative, resolve } from "node:path";

// src/config/issue-messages.ts
function describeInput(input) {
  if (input === null) return "null";
  if (Array.isArray(input)) return "list";
  if (typeof input === "object") return "mapping";
  if (typeof input === "string") return input === "" ? "empty string" : "string";
  return typeof input;
}
function quoteAll(values) {
  return values.map((v2) => JSON.stringify(v2)).join(", ");
}
function userIssueMessage(issue) {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === void 0) return "required";
      return `expected ${issue.expected === "object" ? "mapping" : issue.expected === "array" ? "list" : issue.expected}, received ${describeInput(issue.input)}`;
    case "invalid_value":
      return `expected one of ${quoteAll(issue.values)}, received ${JSON.stringify(issue.input) ?? "nothing"}`;
    case "too_small":
      if (issue.origin === "string" && issue.minimum === 1) return "must not be empty";
      if (issue.origin === "array") return `must have at least ${String(issue.minimum)} item(s)`;
      return `must be ${issue.inclusive === false ? "greater than" : "at least"} ${String(issue.minimum)}`;
    case "too_big":
      return `must be ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}`;
    default:
      return void 0;
  }
}

// src/policy/attributes.ts
function asObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asList(value) {
  if (value === void 0 || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
function asText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return void 0;
}
function asTexts(value) {
  return asList(value).flatMap((v2) => {
    const text = asText(v2);
    return text === void 0 ? [] : [text];
  });
}
function asInteger(value) {
  const text = asText(value)?.trim();
  if (text === void 0 || !/^-?\d+$/.test(text)) return void 0;
  return Number(text);
}
function valuesAtPath(root, path) {
  let current = root === void 0 ? [] : [root];
  for (const key of path.split(".")) {
    const next = [];
    const step = (item) => {
      const child = asObject(item)?.[key];
      if (child !== void 0 && child !== null) next.push(child);
    };
    for (const value of current) {
      if (Array.isArray(value)) value.forEach(step);
      else step(value);
    }
    current = next;
  }
  return flatten(current);
}
function flatten(values) {
  const out = [];
  for (const v2 of values) {
    if (Array.isArray(v2)) v2.forEach((item) => out.push(item));
    else out.push(v2);
  }
  return out;
}

// src/policy/glob.ts
function globToRegExp(pattern) {
  let re = compiled.get(pattern);
  if (re === void 0) {
    re = compile(pattern);
    if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value);
    compiled.set(pattern, re);
  }
  return re;
}
var CACHE_SIZE = 512;
var compiled = /* @__PURE__ */ new Map();
function compile(pattern) {
  let source = "";
  for (const ch of pattern.replace(/\*+/g, "*")) {
    if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
}
function matchesAnyGlob(value, patterns) {
  return patterns.some((p) => globToRegExp(p.trim()).test(value.trim()));
}

// src/policy/rule.ts
function defineRule(rule) {
  return rule;
}

// src/policy/rules/allowed-instance-types.ts
var allowedInstanceTypes = defineRule({
  id: "allowed_instance_types",
  description: "Machine sizes (instance types, VM sizes, DB classes, node pool sizes) of created, updated or replaced resources must match an allowed pattern.",
  enabledByDefault: false,
  options: external_exports.strictObject({ allow: external_exports.array(external_exports.string().min(1)).min(1) }),
  evaluate(ctx, { allow }) {
    const touched = new Set(ctx.changes.filter((c2) => c2.action !== "delete").map((c2) => c2.address));
    const findings = [];
    for (const resource of ctx.desired) {
      if (!touched.has(resource.address)) continue;
      const sizeProperty = getResourceType(resource.type)?.sizeProperty;
      if (!sizeProperty) continue;
      for (const value of valuesAtPath(resource.attributes, sizeProperty)) {
        const size = asText(value);
        if (size === void 0 || matchesAnyGlob(size, allow)) continue;
        findings.push({
          address: resource.address,
          message: `${resource.address} uses ${sizeProperty} "${size}", which is not allowed; choose a size matching ${allow.join(", ")}.`
        });
      }
    }
    return findings;
  },
  passMessage: () => "Every created or changed resource uses an allowed size."
});

// src/policy/rules/allowed-regions.ts
function normalizeRegion(region) {
  return region.replace(/\s+/g, "").toLowerCase();
}
var allowedRegions = defineRule({
  id: "allowed_regions",
  description: "The environment's region must be one of the listed regions (patterns like eu-* allowed).",
  enabledByDefault: false,
  options: external_exports.strictObject({ regions: external_exports.array(external_exports.string().min(1)).min(1) }),
  evaluate(ctx, { regions }) {
    const region = ctx.spec.region;
    if (matchesAnyGlob(normalizeRegion(region), regions.map(normalizeRegion))) return [];
    return [
      {
        message: `Region "${region}" is not allowed; move the environment to one of: ${regions.join(", ")}.`
      }
    ];
  },
  passMessage: (ctx) => `Region "${ctx.spec.region}" is allowed.`
});

// src/policy/planned.ts
function plannedChanges(ctx) {
  return new Map(ctx.changes.filter((c2) => c2.action !== "delete").map((c2) => [c2.address, c2]));
}
function finding(address, message, judged) {
  return judged ? { address, message } : { address, message, level: "warn" };
}

// src/policy/rules/database-deletion-protection.ts
function gaps(type, a) {
  const found = [];
  if (type === "aws_db_instance") {
    if (a.deletion_protection !== true)
      found.push(["has no deletion protection", "set deletion_protection: true"]);
    if (a.skip_final_snapshot === true)
      found.push(["would be deleted without a final snapshot", "set skip_final_snapshot: false"]);
  } else if (type === "google_sql_database_instance" && a.deletion_protection === false) {
    found.push(["has deletion protection turned off", "set deletion_protection: true"]);
  }
  return found;
}
var databaseDeletionProtection = defineRule({
  id: "database_deletion_protection",
  description: "Databases should have deletion protection on and keep a final snapshot (deletion_protection, skip_final_snapshot).",
  enabledByDefault: true,
  defaultLevel: "warn",
  options: external_exports.strictObject({}),
  evaluate(ctx) {
    const planned = plannedChanges(ctx);
    const findings = [];
    for (const resource of ctx.desired) {
      const missing = gaps(resource.type, resource.attributes);
      if (missing.length === 0) continue;
      const problems = missing.map(([problem]) => problem).join(" and ");
      const fixes = missing.map(([, fix]) => fix).join(" and ");
      const message = `${resource.address} ${problems}; ${fixes}, unless the environment is meant to be thrown away.`;
      findings.push(finding(resource.address, message, planned.has(resource.address)));
    }
    return findings;
  },
  passMessage: () => "Every database has deletion protection and keeps a final snapshot."
});

// src/policy/rules/encryption-at-rest.ts
var checks = {
  aws_db_instance: {
    attribute: "storage_encrypted",
    read: (a) => a.storage_encrypted === true ? { state: "encrypted" } : {
      state: "unencrypted",
      problem: "stores its data unencrypted (storage_encrypted is not true)",
      fix: "set storage_encrypted: true"
    }
  },
  aws_ebs_volume: {
    attribute: "encrypted",
    read: (a) => a.encrypted === true ? { state: "encrypted" } : {
      state: "unencrypted",
      problem: "is an unencrypted EBS volume (encrypted is not true)",
      fix: "set encrypted: true"
    }
  },
  aws_instance: {
    attribute: "root_block_device",
    read: (a) => {
      const root = asObject(a.root_block_device);
      if (!root) {
        return {
          state: "undeclared",
          problem: "does not say whether its root volume is encrypted (no root_block_device), so the AMI and the account's EBS default decide",
          fix: "declare root_block_device with encrypted: true, volume_type and volume_size (so it is also priced)"
        };
      }
      return root.encrypted === true ? { state: "encrypted" } : {
        state: "unencrypted",
        problem: "has an unencrypted root volume (root_block_device.encrypted is not true)",
        fix: "set root_block_device.encrypted: true"
      };
    }
  }
};
var encryptionAtRest = defineRule({
  id: "encryption_at_rest",
  description: "Databases, volumes and instance root volumes that the plan creates must be encrypted at rest (storage_encrypted, encrypted, root_block_device.encrypted).",
  enabledByDefault: true,
  options: external_exports.strictObject({
    /** An instance without root_block_device: `warn` (default) or judge it at the rule's level. */
    undeclared: external_exports.enum(["warn", "fail"]).default("warn")
  }),
  evaluate(ctx, { undeclared }) {
    const planned = plannedChanges(ctx);
    const findings = [];
    for (const resource of ctx.desired) {
      const check = checks[resource.type];
      if (!check) continue;
      const reading = check.read(resource.attributes);
      if (reading.state === "encrypted") continue;
      const change = planned.get(resource.address);
      const built = change?.action === "create" || change?.action === "replace" || (change?.changedAttributes.includes(check.attribute) ?? false);
      const judged = built && (reading.state === "unencrypted" || undeclared === "fail");
      const later = built ? "" : "; encryption is chosen when storage is created, so this warns until it is replaced";
      findings.push(
        finding(resource.address, `${resource.address} ${reading.problem}; ${reading.fix}${later}.`, judged)
      );
    }
    return findings;
  },
  passMessage: () => "Every database, volume and instance root volume is encrypted at rest."
});

// src/policy/rules/imdsv2-required.ts
var imdsv2Required = defineRule({
  id: "imdsv2_required",
  description: "EC2 instances must require IMDSv2 (metadata_options.http_tokens: required) or turn the metadata service off.",
  enabledByDefault: true,
  defaultLevel: "warn",
  options: external_exports.strictObject({}),
  evaluate(ctx) {
    const planned = plannedChanges(ctx);
    const findings = [];
    for (const resource of ctx.desired) {
      if (resource.type !== "aws_instance") continue;
      const options = asObject(resource.attributes.metadata_options);
      const tokens = asText(options?.http_tokens)?.trim().toLowerCase();
      const endpoint = asText(options?.http_endpoint)?.trim().toLowerCase();
      if (tokens === "required" || endpoint === "disabled") continue;
      const why = tokens === void 0 ? "no metadata_options.http_tokens" : `metadata_options.http_tokens is "${tokens}"`;
      const message = `${resource.address} allows IMDSv1 (${why}), so a request forgery in anything it runs can read its role credentials; set metadata_options.http_tokens: required.`;
      findings.push(finding(resource.address, message, planned.has(resource.address)));
    }
    return findings;
  },
  passMessage: () => "Every EC2 instance requires IMDSv2."
});

// src/policy/money.ts
function toCents(amount) {
  return Math.round(amount * 100);
}

// src/policy/words.ts
function joinWords(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function fewByName(items, max, more = "more") {
  if (items.length <= max) return joinWords(items);
  return joinWords([...items.slice(0, max - 1), `${items.length - max + 1} ${more}`]);
}

// src/policy/rules/cost-limits.ts
var unknownPricesOption = external_exports.enum(["fail", "warn"]).default("fail");
var INDEXED = /^(.*)\[(\d+)\]$/;
function resourceNames(addresses) {
  const groups = /* @__PURE__ */ new Map();
  for (const address of addresses) {
    const base = INDEXED.exec(address)?.[1] ?? address;
    groups.set(base, (groups.get(base) ?? 0) + 1);
  }
  const names = [];
  const named = /* @__PURE__ */ new Set();
  for (const address of addresses) {
    const base = INDEXED.exec(address)?.[1] ?? address;
    const n = groups.get(base) ?? 1;
    if (n === 1) names.push(address);
    else if (!named.has(base)) names.push(`${base} \xD7 ${n}`);
    named.add(base);
  }
  return names;
}
function reasonsFor(cost, addresses) {
  const reasons = cost.unknown.filter((u) => addresses.has(u.address)).map((u) => u.reason);
  return [...new Set(reasons)];
}
function unknownPriceFinding(cost, judged) {
  const { unpriced, limit, estimate, configKey, mode } = judged;
  if (unpriced.length === 0) return [];
  const addresses = unpriced.map((r) => r.address);
  const names = fewByName(resourceNames(addresses), 10);
  const reasons = reasonsFor(cost, new Set(addresses));
  const why = reasons.length > 0 ? ` (${fewByName(reasons, 2, "other reasons")})` : "";
  const one = addresses.length === 1;
  const prices = one ? `price of ${names} is` : `prices of ${names} are`;
  if (mode === "warn") {
    return [
      {
        level: "warn",
        message: `The ${estimate} may break ${limit}: the ${prices} unknown${why} and left out; check ${one ? "it" : "them"} before approving (unknown prices only warn because of unknown_prices: warn in ${configKey}).`
      }
    ];
  }
  return [
    {
      message: `Cannot check ${limit}: the ${prices} unknown${why}, so the ${estimate} leaves ${one ? "it" : "them"} out. Choose sizes and a region the price catalog covers, add the missing prices, or accept the risk with unknown_prices: warn in ${configKey}.`
    }
  ];
}

// src/policy/rules/max-monthly-cost-delta.ts
function describeDelta(delta) {
  return delta < 0 ? `saves ${formatUsd(-delta)} a month` : `adds ${formatUsd(delta)} a month`;
}
var maxMonthlyCostDelta = defineRule({
  id: "max_monthly_cost_delta",
  description: "The plan must not raise the estimated monthly cost by more than the limit (USD); a changed resource with an unknown price fails the limit unless unknown_prices: warn.",
  enabledByDefault: false,
  // Any finite number: a negative limit demands that a change saves at least that much.
  options: external_exports.strictObject({ limit: external_exports.number(), unknown_prices: unknownPricesOption }),
  evaluate(ctx, { limit, unknown_prices }) {
    const delta = ctx.cost.monthlyDelta;
    const findings = [];
    if (toCents(delta) > toCents(limit)) {
      findings.push({
        message: `This plan ${describeDelta(delta)}, over the ${formatUsd(limit)} limit per change; split it into smaller changes, use smaller sizes, or have the limit raised in policies.max_monthly_cost_delta.`
      });
    }
    const changed = new Set(ctx.changes.filter((c2) => c2.action !== "delete").map((c2) => c2.address));
    const unpriced = ctx.cost.resources.filter((r) => changed.has(r.address) && r.monthlyDelta === null);
    return findings.concat(
      unknownPriceFinding(ctx.cost, {
        unpriced,
        limit: `the ${formatUsd(limit)} limit per change`,
        estimate: `estimated change of ${formatUsd(delta)} a month`,
        configKey: "policies.max_monthly_cost_delta",
        mode: unknown_prices
      })
    );
  },
  passMessage: (ctx, { limit }) => `This plan ${describeDelta(ctx.cost.monthlyDelta)}, within the ${formatUsd(limit)} limit per change.`
});

// src/policy/rules/max-monthly-cost.ts
function usageRangeFinding(cost, limit) {
  const range2 = cost.monthlyAfterRange;
  if (!range2 || toCents(cost.monthlyAfter) > toCents(limit) || toCents(range2.high) <= toCents(limit))
    return [];
  const ranged = cost.resources.filter((r) => r.usageRange !== void 0).sort((a, b2) => b2.usageRange.high - a.usageRange.high);
  const named = ranged.map(
    (r) => `${r.address} (${formatUsdRange(r.usageRange.low, r.usageRange.high)} at ${r.usageRange.assumptions.map(describeUsage).join(", ")})`
  );
  const one = ranged.length === 1;
  return [
    {
      level: "warn",
      ...one && { address: ranged[0].address },
      message: `At the high end of assumed usage the estimated monthly cost is ${formatUsd(range2.high)}, over the ${formatUsd(limit)} limit (the known ${formatUsd(cost.monthlyAfter)} is within it): ${fewByName(named, 3)} ${one ? "has" : "have"} no usage: figures and ${one ? "is" : "are"} priced at typical usage. Give usage: figures to check the limit exactly; this only warns.`
    }
  ];
}
var maxMonthlyCost = defineRule({
  id: "max_monthly_cost",
  description: "The environment's estimated monthly cost after the plan must not exceed the limit (USD); a resource with an unknown price fails the limit unless unknown_prices: warn.",
  enabledByDefault: false,
  options: external_exports.strictObject({ limit: external_exports.number().nonnegative(), unknown_prices: unknownPricesOption }),
  evaluate(ctx, { limit, unknown_prices }) {
    const after = ctx.cost.monthlyAfter;
    const findings = [];
    if (toCents(after) > toCents(limit)) {
      findings.push({
        message: `Estimated monthly cost ${formatUsd(after)} is over the ${formatUsd(limit)} limit by ${formatUsd(after - limit)}; use smaller sizes or fewer instances, or have the limit raised in policies.max_monthly_cost.`
      });
    }
    findings.push(...usageRangeFinding(ctx.cost, limit));
    const unpriced = ctx.cost.resources.filter((r) => r.monthlyAfter === null);
    return findings.concat(
      unknownPriceFinding(ctx.cost, {
        unpriced,
        limit: `the ${formatUsd(limit)} monthly limit`,
        estimate: `estimated ${formatUsd(after)} a month`,
        configKey: "policies.max_monthly_cost",
        mode: unknown_prices
      })
    );
  },
  passMessage: (ctx, { limit }) => {
    const range2 = ctx.cost.monthlyAfterRange;
    const also = range2 ? `, and so is ${formatUsd(range2.high)} at the high end of assumed usage` : "";
    return `Estimated monthly cost ${formatUsd(ctx.cost.monthlyAfter)} is within the ${formatUsd(limit)} limit${also}.`;
  }
});

// src/policy/cidr.ts
var FAMILIES = [4, 6];
var BITS = { 4: 32n, 6: 128n };
function whole(family) {
  return { family, first: 0n, last: (1n << BITS[family]) - 1n };
}
function isWholeSpace(range2) {
  return range2.first === 0n && range2.last === whole(range2.family).last;
}
var INTERNET = {
  4: whole(4),
  6: { family: 6, first: 0x2000n << 112n, last: (0x4000n << 112n) - 1n }
};
var EVERYONE = /* @__PURE__ */ new Set(["*", "internet", "any"]);
function parseV4(text) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return void 0;
  let value = 0n;
  for (const part of m.slice(1)) {
    const octet = Number(part);
    if (octet > 255) return void 0;
    value = value << 8n | BigInt(octet);
  }
  return value;
}
function parseV6(text) {
  let s3 = text.toLowerCase();
  const dotted = /^(.*:)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(s3);
  if (dotted) {
    const v4 = parseV4(dotted[2]);
    if (v4 === void 0) return void 0;
    s3 = `${dotted[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = s3.split("::");
  if (halves.length > 2) return void 0;
  const groups = (part) => part ? part.split(":") : [];
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return void 0;
  let value = 0n;
  for (const group of [...head, ...Array(missing).fill("0"), ...tail]) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return void 0;
    value = value << 16n | BigInt(parseInt(group, 16));
  }
  return value;
}
function parseSource(text) {
  const s3 = text.trim();
  if (EVERYONE.has(s3.toLowerCase())) return [whole(4), whole(6)];
  const parsed = parseAddressRange(s3);
  if (parsed === void 0 && ADDRESS_LIKE.test(s3)) return [whole(4), whole(6)];
  return parsed;
}
var ADDRESS_LIKE = /^(?=.*\d)[0-9a-fA-F.:/ ]+$/;
function parseAddressRange(s3) {
  const parts = s3.split("/");
  if (parts.length > 2) return void 0;
  const [address = "", prefixText] = parts;
  const family = address.includes(":") ? 6 : 4;
  const bits = BITS[family];
  let prefix = bits;
  if (prefixText !== void 0) {
    if (!/^\d{1,3}$/.test(prefixText)) return void 0;
    prefix = BigInt(prefixText);
    if (prefix > bits) return void 0;
  }
  const value = family === 4 ? parseV4(address) : parseV6(address);
  if (value === void 0) return void 0;
  const hostMask = (1n << bits - prefix) - 1n;
  const first = value & ~hostMask & (1n << bits) - 1n;
  return [{ family, first, last: first | hostMask }];
}
function mergeRanges(ranges, family) {
  const sorted = ranges.filter((r) => r.family === family).sort((a, b2) => a.first < b2.first ? -1 : a.first > b2.first ? 1 : 0);
  const merged = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.first <= last.last + 1n) {
      if (r.last > last.last) last.last = r.last;
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}
function internetShare(ranges, family) {
  const internet = INTERNET[family];
  let covered = 0n;
  for (const r of mergeRanges(ranges, family)) {
    const first = r.first > internet.first ? r.first : internet.first;
    const last = r.last < internet.last ? r.last : internet.last;
    if (first <= last) covered += last - first + 1n;
  }
  const size = internet.last - internet.first + 1n;
  return { family, covered, size, fraction: Number(covered) / Number(size) };
}

// src/policy/world.ts
var DEFAULT_WORLD_FRACTION = 0.01;
var worldFractionOption = external_exports.number().gt(0).max(1).default(DEFAULT_WORLD_FRACTION);
function rangesIn(sources2, family) {
  return sources2.flatMap((s3) => s3.ranges.filter((r) => r.family === family));
}
function isWorldOpen(sources2, family, fraction) {
  const share = internetShare(rangesIn(sources2, family), family);
  return share.covered > 0n && share.fraction >= fraction;
}
function describeShare(share) {
  if (share.covered === share.size) return "all";
  const percent = share.fraction * 100;
  if (percent >= 99.95) return "nearly all";
  return `${Number(percent.toPrecision(percent >= 10 ? 3 : 2))}%`;
}
var SHOWN = 4;
function describeSources(sources2, fraction, families = FAMILIES) {
  const parts = [];
  const seen = /* @__PURE__ */ new Set();
  for (const family of FAMILIES.filter((f2) => families.includes(f2))) {
    const inFamily = sources2.filter((s3) => s3.ranges.some((r) => r.family === family));
    if (!isWorldOpen(inFamily, family, fraction)) continue;
    const wide = inFamily.filter((s3) => isWorldOpen([s3], family, fraction));
    const listed = wide.length > 0 ? wide : inFamily;
    const texts = [...new Set(listed.map((s3) => s3.text.trim()))].filter((t) => !seen.has(t));
    texts.forEach((t) => seen.add(t));
    if (texts.length === 0) continue;
    const share = internetShare(rangesIn(listed, family), family);
    const plain = listed.some((s3) => s3.ranges.some((r) => r.family === family && isWholeSpace(r)));
    const note = plain ? "" : ` (${listed.length > 1 ? "together " : ""}${describeShare(share)} of the IPv${family} internet)`;
    parts.push(`${fewByName(texts, SHOWN)}${note}`);
  }
  return joinWords(parts);
}

// src/policy/rules/no-public-databases.ts
var noPublicDatabases = defineRule({
  id: "no_public_databases",
  description: "No database may be reachable from the whole internet (RDS publicly_accessible, Cloud SQL authorized networks, Azure SQL public network access).",
  enabledByDefault: true,
  options: external_exports.strictObject({
    world_fraction: worldFractionOption,
    public_network_access: external_exports.enum(["warn", "fail"]).default("warn")
  }),
  evaluate(ctx, { world_fraction: fraction, public_network_access }) {
    const findings = [];
    for (const resource of ctx.desired) {
      const a = resource.attributes;
      const address = resource.address;
      if (resource.type === "aws_db_instance" && a.publicly_accessible === true) {
        findings.push({
          address,
          message: `${address} is publicly accessible (publicly_accessible: true), so RDS gives it a public address; set publicly_accessible: false and reach it from inside the VPC.`
        });
      } else if (resource.type === "google_sql_database_instance" && a.ipv4_enabled !== false) {
        const networks = asList(a.authorized_networks).flatMap((n) => {
          const text = asText(asObject(n)?.value);
          return text === void 0 ? [] : [{ text: text.trim(), ranges: parseSource(text) ?? [] }];
        });
        if (isWorldOpen(networks, 4, fraction) || isWorldOpen(networks, 6, fraction)) {
          findings.push({
            address,
            message: `${address} accepts connections on its public IP from ${describeSources(networks, fraction)} (authorized_networks); authorize only your own ranges, or connect through the Cloud SQL Auth Proxy with no authorized networks.`
          });
        }
      } else if (resource.type === "azurerm_mssql_server" && a.public_network_access_enabled === true) {
        const message = `${address} has public network access enabled, so only its firewall rules (not in this spec) keep the internet out; set public_network_access_enabled: false and connect through a private endpoint.`;
        findings.push(finding(address, message, public_network_access === "fail"));
      }
    }
    return findings;
  },
  passMessage: () => "No database is reachable from the whole internet."
});

// src/policy/ingress.ts
var ALL_PORTS = { from: 0, to: 65535 };
function sources(...lists) {
  return lists.flatMap((list) => asTexts(list)).map((text) => ({ text: text.trim(), ranges: parseSource(text) ?? [] }));
}
function owner(attributes, keys, fallback) {
  for (const key of keys) {
    const value = attributes[key];
    const text = value === void 0 ? void 0 : refTarget(value) ?? asText(value);
    if (text) return text;
  }
  return fallback;
}
function range(a, b2) {
  const from = Math.max(0, Math.min(a, b2));
  const to = Math.min(65535, Math.max(a, b2));
  return { from, to };
}
function parsePorts(text) {
  const out = [];
  for (const part of text.split(",")) {
    const p = part.trim();
    if (p === "*") out.push(ALL_PORTS);
    else if (/^\d+$/.test(p)) out.push(range(Number(p), Number(p)));
    else {
      const m = /^(\d+)\s*-\s*(\d+)$/.exec(p);
      if (m) out.push(range(Number(m[1]), Number(m[2])));
    }
  }
  return out;
}
function protocolName(value) {
  return (asText(value) ?? "").trim().toLowerCase();
}
var PORTED = /* @__PURE__ */ new Set(["tcp", "udp", "sctp", "6", "17", "132"]);
var EVERY_PROTOCOL = /* @__PURE__ */ new Set(["-1", "all", "*", "any"]);
function awsPorts(protocol, fromPort, toPort) {
  if (EVERY_PROTOCOL.has(protocol)) return [ALL_PORTS];
  if (!PORTED.has(protocol)) return [];
  const from = asInteger(fromPort);
  const to = asInteger(toPort);
  return [range(from === void 0 || from < 0 ? 0 : from, to === void 0 || to < 0 ? 65535 : to)];
}
function awsIngressEntry(entry, where) {
  const admitted = sources(entry.cidr_blocks, entry.ipv6_cidr_blocks);
  if (admitted.length === 0) return [];
  const ports = awsPorts(protocolName(entry.protocol), entry.from_port, entry.to_port);
  return [{ where, sources: admitted, ports }];
}
function gcpRules(attributes) {
  const direction = (asText(attributes.direction) ?? "INGRESS").trim().toUpperCase();
  if (direction !== "INGRESS" || attributes.disabled === true) return [];
  let admitted = sources(attributes.source_ranges);
  const noSource = [
    attributes.source_ranges,
    attributes.source_tags,
    attributes.source_service_accounts
  ].every((v2) => asList(v2).length === 0);
  if (noSource) admitted = [{ text: "0.0.0.0/0 (no source given)", ranges: parseSource("0.0.0.0/0") ?? [] }];
  if (admitted.length === 0) return [];
  return asList(attributes.allow).flatMap((item, i) => {
    const allow = asObject(item);
    if (!allow) return [];
    const protocol = protocolName(allow.protocol);
    let ports = [];
    if (EVERY_PROTOCOL.has(protocol)) ports = [ALL_PORTS];
    else if (PORTED.has(protocol)) {
      const listed = asTexts(allow.ports);
      ports = listed.length === 0 ? [ALL_PORTS] : listed.flatMap(parsePorts);
    }
    return [{ where: `allow[${i}]`, sources: admitted, ports }];
  });
}
function azureRule(rule, where) {
  const direction = (asText(rule.direction) ?? "").trim().toLowerCase();
  const access = (asText(rule.access) ?? "").trim().toLowerCase();
  if (direction !== "inbound" || access !== "allow") return [];
  const admitted = sources(rule.source_address_prefix, rule.source_address_prefixes);
  if (admitted.length === 0) return [];
  const protocol = protocolName(rule.protocol);
  let ports = [];
  if (EVERY_PROTOCOL.has(protocol) || PORTED.has(protocol)) {
    const listed = asTexts(rule.destination_port_range).concat(asTexts(rule.destination_port_ranges));
    ports = listed.length === 0 ? [ALL_PORTS] : listed.flatMap(parsePorts);
  }
  const name = asText(rule.name);
  return [{ where: name ? `${where} "${name}"` : where, sources: admitted, ports }];
}
var readers = {
  aws_security_group: (a, address) => ({
    scope: address,
    rules: asList(a.ingress).flatMap((item, i) => {
      const entry = asObject(item);
      return entry ? awsIngressEntry(entry, `ingress[${i}]`) : [];
    })
  }),
  aws_security_group_rule: (a, address) => ({
    scope: owner(a, ["security_group", "security_group_id"], address),
    rules: (asText(a.type) ?? "").toLowerCase() === "ingress" ? awsIngressEntry(a, "rule") : []
  }),
  aws_vpc_security_group_ingress_rule: (a, address) => {
    const admitted = sources(a.cidr_ipv4, a.cidr_ipv6);
    const ports = awsPorts(protocolName(a.ip_protocol), a.from_port, a.to_port);
    return {
      scope: owner(a, ["security_group", "security_group_id"], address),
      rules: admitted.length === 0 ? [] : [{ where: "rule", sources: admitted, ports }]
    };
  },
  google_compute_firewall: (a, address) => {
    const network = owner(a, ["network"], "");
    return { scope: network ? `network ${network}` : address, rules: gcpRules(a) };
  },
  azurerm_network_security_group: (a, address) => ({
    scope: address,
    rules: asList(a.security_rule).flatMap((item, i) => {
      const rule = asObject(item);
      return rule ? azureRule(rule, `security_rule[${i}]`) : [];
    })
  }),
  azurerm_network_security_rule: (a, address) => ({
    scope: owner(a, ["network_security_group", "network_security_group_name"], address),
    rules: azureRule(a, "rule")
  })
};
function readFirewall(resource) {
  return readers[resource.type]?.(resource.attributes, resource.address);
}
var ATTACHMENTS = ["security_groups", "vpc_security_groups"];
function attachedScopes(resource) {
  const scopes = /* @__PURE__ */ new Set();
  for (const key of ATTACHMENTS) {
    for (const value of asList(resource.attributes[key])) {
      const target = refTarget(value) ?? asText(value);
      if (target) scopes.add(target);
    }
  }
  return [...scopes];
}

// src/policy/rules/no-world-open-admin-ports.ts
var DEFAULT_ADMIN_PORTS = [22, 3389, 3306, 5432, 1433, 1521, 27017, 6379, 9200, 5984];
function remoteAccessHint(type) {
  if (type.startsWith("aws_")) return "use SSM Session Manager";
  if (type.startsWith("google_")) return "use IAP TCP forwarding";
  if (type.startsWith("azurerm_")) return "use Azure Bastion";
  return "use a bastion or VPN";
}
function covers(ranges, port) {
  return ranges.some((r) => r.from <= port && port <= r.to);
}
var exposureKey = (port, family) => `${port}/${family}`;
function sourcesIn(entries, family) {
  return entries.flatMap((e) => e.sources.filter((s3) => s3.ranges.some((r) => r.family === family)));
}
function blame(entries, watched, fraction, skip) {
  const blames = /* @__PURE__ */ new Map();
  for (const port of watched) {
    const open = entries.filter((e) => covers(e.ports, port));
    for (const family of FAMILIES) {
      if (skip.has(exposureKey(port, family))) continue;
      const alone = open.filter((e) => isWorldOpen(e.sources, family, fraction));
      const culprits = alone.length > 0 ? alone.map((e) => [e]) : isWorldOpen(sourcesIn(open, family), family, fraction) ? [open.filter((e) => sourcesIn([e], family).length > 0)] : [];
      for (const group of culprits) {
        const key = group.map((e) => e.order).join(",");
        const found = blames.get(key) ?? { entries: group, ports: /* @__PURE__ */ new Map() };
        found.ports.set(family, [...found.ports.get(family) ?? [], port]);
        blames.set(key, found);
      }
    }
  }
  return [...blames.values()].sort((a, b2) => a.entries[0].order - b2.entries[0].order);
}
var SHOWN_RULES = 4;
function describeEntries(entries) {
  const shown = entries.length > SHOWN_RULES ? entries.slice(0, SHOWN_RULES - 1) : entries;
  const labels = shown.map(
    (e, i) => shown[i - 1]?.address === e.address ? e.where : `${e.address} ${e.where}`
  );
  if (shown.length < entries.length) labels.push(`${entries.length - shown.length} more rules`);
  return joinWords(labels);
}
function findingsFor(blames, fraction, wearer) {
  const findings = [];
  for (const { entries, ports } of blames) {
    const byPorts = /* @__PURE__ */ new Map();
    for (const [family, open] of ports) {
      const key = open.join(",");
      const group = byPorts.get(key) ?? { open, families: [] };
      group.families.push(family);
      byPorts.set(key, group);
    }
    for (const { open, families } of byPorts.values()) {
      const to = describeSources(
        entries.flatMap((e) => e.sources),
        fraction,
        families
      );
      const everyPort = entries.every((e) => e.ports.some((r) => r.from === 0 && r.to === 65535));
      const what = everyPort ? `every port (including ${joinWords(open.map(String))})` : `${open.length === 1 ? "port" : "ports"} ${joinWords(open.map(String))}`;
      const fix = `allow ${open.length === 1 ? "it" : "them"} only from your office or VPN range, or ${remoteAccessHint(entries[0].type)}`;
      const rules = describeEntries(entries);
      if (wearer) {
        findings.push({
          address: wearer.address,
          message: `${wearer.address} is open on ${what} to ${to} through its security groups together (${rules}); ${fix}.`
        });
      } else {
        findings.push({
          address: entries[0].address,
          message: `${rules} ${entries.length === 1 ? "opens" : "together open"} ${what} to ${to}; ${fix}.`
        });
      }
    }
  }
  return findings;
}
var noWorldOpenAdminPorts = defineRule({
  id: "no_world_open_admin_ports",
  description: "No firewall or security group may open an admin or database port (SSH, RDP, databases) to the whole internet, however its sources are split.",
  enabledByDefault: true,
  options: external_exports.strictObject({
    ports: external_exports.array(external_exports.number().int().min(0).max(65535)).default(() => [...DEFAULT_ADMIN_PORTS]),
    world_fraction: worldFractionOption
  }),
  evaluate(ctx, { ports, world_fraction: fraction }) {
    const watched = [...new Set(ports)].sort((a, b2) => a - b2);
    const scopes = /* @__PURE__ */ new Map();
    let order = 0;
    for (const resource of ctx.desired) {
      const firewall = readFirewall(resource);
      if (!firewall) continue;
      const entries = firewall.rules.map((rule) => ({
        ...rule,
        address: resource.address,
        type: resource.type,
        order: order++
      }));
      const inScope = scopes.get(firewall.scope);
      if (inScope) for (const entry of entries) inScope.push(entry);
      else scopes.set(firewall.scope, entries);
    }
    const findings = [];
    const exposed = /* @__PURE__ */ new Map();
    for (const [scope, entries] of scopes) {
      const blames = blame(entries, watched, fraction, /* @__PURE__ */ new Set());
      findings.push(...findingsFor(blames, fraction));
      const keys = blames.flatMap(
        (b2) => [...b2.ports].flatMap(([family, open]) => open.map((p) => exposureKey(p, family)))
      );
      exposed.set(scope, new Set(keys));
    }
    const combinations = /* @__PURE__ */ new Map();
    for (const resource of ctx.desired) {
      const worn = attachedScopes(resource).filter((s3) => scopes.has(s3)).sort();
      if (worn.length < 2) continue;
      const key = worn.join("\0");
      let blames = combinations.get(key);
      if (!blames) {
        const skip = new Set(worn.flatMap((s3) => [...exposed.get(s3) ?? []]));
        blames = blame(
          worn.flatMap((s3) => scopes.get(s3) ?? []).sort((a, b2) => a.order - b2.order),
          watched,
          fraction,
          skip
        );
        combinations.set(key, blames);
      }
      findings.push(...findingsFor(blames, fraction, resource));
    }
    return findings;
  },
  passMessage: () => "No admin or database port is open to the internet."
});

// src/policy/rules/replace-reasons.ts
function because(reasons) {
  return reasons && reasons.length > 0 ? ` (forced by ${reasons.join(", ")})` : "";
}

// src/policy/rules/protected-environments.ts
var protectedEnvironments = defineRule({
  id: "protected_environments",
  description: "In a protected environment (listed here, or protected: true in its spec) nothing may be deleted or replaced.",
  enabledByDefault: true,
  // `environments` here names the protected environments. It takes the place of the common
  // environment filter for this rule: an environment filter would stop the rule from seeing
  // `protected: true` in the specs of environments outside the filter.
  options: external_exports.strictObject({ environments: external_exports.array(external_exports.string().min(1)).default(() => []) }),
  evaluate(ctx, { environments }) {
    const name = ctx.spec.environment;
    const why = environments.includes(name) ? "listed in policies.protected_environments" : ctx.spec.protected === true ? "protected: true in its spec" : void 0;
    if (!why) return [];
    const findings = [];
    for (const change of ctx.changes) {
      if (change.action === "delete") {
        findings.push({
          address: change.address,
          message: `Environment "${name}" is protected (${why}), so ${change.address} may not be deleted; keep it in the spec, or lift the protection in a separate, reviewed change.`
        });
      } else if (change.action === "replace") {
        findings.push({
          address: change.address,
          message: `Environment "${name}" is protected (${why}), so ${change.address} may not be replaced${because(change.replaceReasons)}; make a change that can be applied in place, or lift the protection in a separate, reviewed change.`
        });
      }
    }
    return findings;
  },
  passMessage: (ctx, { environments }) => environments.includes(ctx.spec.environment) || ctx.spec.protected === true ? `Environment "${ctx.spec.environment}" is protected and nothing in it is deleted or replaced.` : `Environment "${ctx.spec.environment}" is not protected.`
});

// src/policy/rules/protected-resources.ts
var protectedResources = defineRule({
  id: "protected_resources",
  description: "A resource marked protected: true may not be deleted or replaced.",
  enabledByDefault: true,
  options: external_exports.strictObject({}),
  evaluate(ctx) {
    const protectedAddresses = new Set(ctx.desired.filter((r) => r.protected).map((r) => r.address));
    const findings = [];
    for (const change of ctx.changes) {
      if (change.action !== "delete" && change.action !== "replace") continue;
      if (change.protected !== true && !protectedAddresses.has(change.address)) continue;
      const message = change.action === "delete" ? `${change.address} is protected and this plan would delete it; keep it in the spec, or first remove protected: true in a separate, reviewed change.` : `${change.address} is protected and this plan would replace it${because(change.replaceReasons)}; revert ${change.replaceReasons?.length ? "that change" : "the change that forces it"}, or first remove protected: true in a separate, reviewed change.`;
      findings.push({ address: change.address, message });
    }
    return findings;
  },
  passMessage: () => "No protected resource is deleted or replaced."
});

// src/policy/rules/required-tags.ts
var requiredTags = defineRule({
  id: "required_tags",
  description: "Every taggable resource must carry each listed tag (GCP: label) with a non-empty value.",
  enabledByDefault: false,
  options: external_exports.strictObject({ tags: external_exports.array(external_exports.string().min(1)).min(1) }),
  evaluate(ctx, { tags }) {
    const findings = [];
    for (const resource of ctx.desired) {
      if (getResourceType(resource.type)?.taggable !== true) continue;
      const missing = tags.filter((t) => (resource.tags[t] ?? "").trim() === "");
      if (missing.length === 0) continue;
      const list = missing.join(", ");
      findings.push({
        address: resource.address,
        message: `${resource.address} is missing ${missing.length === 1 ? "tag" : "tags"} ${list}; add ${missing.length === 1 ? "it" : "them"} under the resource's tags, or under the environment's tags to cover every resource.`
      });
    }
    return findings;
  },
  passMessage: (_ctx, { tags }) => `Every taggable resource carries ${tags.join(", ")}.`
});

// src/policy/registry.ts
var policyRules = [
  allowedInstanceTypes,
  allowedRegions,
  databaseDeletionProtection,
  encryptionAtRest,
  imdsv2Required,
  maxMonthlyCost,
  maxMonthlyCostDelta,
  noPublicDatabases,
  noWorldOpenAdminPorts,
  protectedEnvironments,
  protectedResources,
  requiredTags
];

// src/policy/config.ts
var settingsShape = {
  /** Absent means on once the rule is configured. */
  enabled: external_exports.boolean().optional(),
  level: external_exports.enum(["warn", "fail"]).default("fail"),
  environments: external_exports.array(external_exports.string().min(1)).optional()
};
var COMMON_SETTINGS = Object.keys(settingsShape);
function listing(keys) {
  return [...keys].sort().join(", ");
}
function unknownKeysError(kind, owner2, valid) {
  return (issue) => {
    if (issue.code !== "unrecognized_keys") return void 0;
    const keys = issue.keys.map((k2) => `"${k2}"`).join(", ");
    const plural = issue.keys.length === 1 ? "" : "s";
    return `unknown ${kind}${plural} ${keys}${owner2}; valid ${kind}s: ${listing(valid)}`;
  };
}
function entrySchema(rule) {
  const level = settingsShape.level.removeDefault().default(rule.defaultLevel ?? "fail");
  const shape = { ...settingsShape, level, ...rule.options.shape };
  return external_exports.strictObject(shape, { error: unknownKeysError("option", ` for ${rule.id}`, Object.keys(shape)) }).optional();
}
var configShape = Object.fromEntries(
  policyRules.map((r) => [r.id, entrySchema(r)])
);
var policyConfigSchema = external_exports.strictObject(configShape, {
  error: unknownKeysError("policy rule", "", Object.keys(configShape))
});

// node_modules/croner/dist/croner.js
function g(s3, e, t, n = 0, r = 0, a = 0, i = 0) {
  let o = s3 >= 0 && s3 < 100, u = Date.UTC(o ? s3 + 400 : s3, e, t, n, r, a, i);
  return o ? u - 126227808e5 : u;
}
function D(s3) {
  return g(s3.y, s3.m - 1, s3.d, s3.h, s3.i, s3.s);
}
function w(s3, e) {
  return s3.y === e.y && s3.m === e.m && s3.d === e.d && s3.h === e.h && s3.i === e.i && s3.s === e.s;
}
function O(s3) {
  let e = s3.substring(9);
  return e.includes("Z") || e.includes("+") || e.includes("-");
}
function Z(s3, e) {
  let t = new Date(Date.parse(s3));
  if (isNaN(t)) throw new Error("Invalid ISO8601 passed to timezone parser.");
  return O(s3) ? { tp: T(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds(), "Etc/UTC"), ms: t.getUTCMilliseconds() } : { tp: T(t.getFullYear(), t.getMonth() + 1, t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), e), ms: t.getMilliseconds() };
}
function v(s3, e, t) {
  let { tp: n, ms: r } = Z(s3, e);
  return new Date(N(n, t).getTime() + r);
}
function N(s3, e) {
  let t = _(s3);
  if (t.kind === "single") return t.date;
  if (t.kind === "ambiguous") return t.earlier;
  if (e) throw new Error("Invalid date passed to fromTZ()");
  return t.after;
}
function _(s3) {
  let e = D(s3), t = (i) => R(new Date(i), s3.tz), n = e - t(e), r = y(new Date(n), s3.tz);
  if (w(r, s3)) {
    let i = D(r) - n, o = n - (t(n - E) - i);
    if (o < n && w(y(new Date(o), s3.tz), s3)) return { kind: "ambiguous", earlier: new Date(o), later: new Date(n) };
    let u = n + (i - t(n + E));
    return u > n && w(y(new Date(u), s3.tz), s3) ? { kind: "ambiguous", earlier: new Date(n), later: new Date(u) } : { kind: "single", date: new Date(n) };
  }
  let a = e - (D(r) - n);
  return w(y(new Date(a), s3.tz), s3) ? { kind: "single", date: new Date(a) } : { kind: "gap", before: new Date(Math.min(n, a)), after: new Date(Math.max(n, a)) };
}
var E = 3 * 36e5;
function R(s3, e) {
  return D(y(s3, e)) - (s3.getTime() - s3.getUTCMilliseconds());
}
function k(s3, e, t) {
  let n = R(new Date(s3), t);
  for (; e - s3 > 1e3; ) {
    let r = s3 + Math.floor((e - s3) / 2e3) * 1e3;
    R(new Date(r), t) === n ? s3 = r : e = r;
  }
  return e;
}
function U(s3, e) {
  let t = _(y(new Date(s3), e));
  if (t.kind === "ambiguous") return s3 < t.later.getTime() ? "earlier" : "later";
}
var H = g(1, 0, 1);
var S = 864e5;
var W = /* @__PURE__ */ new Map();
function y(s3, e) {
  if (e === void 0) return T(s3.getFullYear(), s3.getMonth() + 1, s3.getDate(), s3.getHours(), s3.getMinutes(), s3.getSeconds());
  let t = W.get(e), n;
  try {
    t || (t = new Intl.DateTimeFormat("en-US", { timeZone: e, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", hour12: false }), W.set(e, t)), n = t.formatToParts(s3);
  } catch (i) {
    let o = i instanceof Error ? i.message : String(i);
    throw new RangeError(`toTZ: Invalid timezone '${e}' or date. Please provide a valid IANA timezone (e.g., 'America/New_York', 'Europe/Stockholm'). Original error: ${o}`);
  }
  let r = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (let i of n) (i.type === "year" || i.type === "month" || i.type === "day" || i.type === "hour" || i.type === "minute" || i.type === "second") && (r[i.type] = parseInt(i.value, 10));
  if (isNaN(r.year) || isNaN(r.month) || isNaN(r.day) || isNaN(r.hour) || isNaN(r.minute) || isNaN(r.second)) throw new Error(`toTZ: Failed to parse all date components from timezone '${e}'. This may indicate an invalid date or timezone configuration. Parsed components: ${JSON.stringify(r)}`);
  let a = s3.getTime() - H;
  return (a < -S || a < S && r.month === 12) && (r.year = 1 - r.year), r.hour === 24 && (r.hour = 0), { y: r.year, m: r.month, d: r.day, h: r.hour, i: r.minute, s: r.second, tz: e };
}
function T(s3, e, t, n, r, a, i) {
  return { y: s3, m: e, d: t, h: n, i: r, s: a, tz: i };
}
var x = [1, 2, 4, 8, 16];
var C = class s {
  pattern;
  timezone;
  mode;
  alternativeWeekdays;
  sloppyRanges;
  fixedTimeRule;
  second;
  minute;
  hour;
  day;
  month;
  dayOfWeek;
  year;
  lastDayOfMonth;
  lastWeekday;
  nearestWeekdays;
  starDOM;
  starDOW;
  starYear;
  useAndLogic;
  isFixedTime;
  constructor(e, t, n) {
    this.pattern = e, this.timezone = t, this.mode = n?.mode ?? "auto", this.alternativeWeekdays = n?.alternativeWeekdays ?? false, this.sloppyRanges = n?.sloppyRanges ?? false, this.fixedTimeRule = n?.fixedTimeRule ?? "single-value", this.second = Array(60).fill(0), this.minute = Array(60).fill(0), this.hour = Array(24).fill(0), this.day = Array(31).fill(0), this.month = Array(12).fill(0), this.dayOfWeek = Array(7).fill(0), this.year = [], this.lastDayOfMonth = false, this.lastWeekday = false, this.nearestWeekdays = Array(31).fill(0), this.starDOM = false, this.starDOW = false, this.starYear = false, this.useAndLogic = false, this.isFixedTime = false, this.parse();
  }
  parse() {
    if (!(typeof this.pattern == "string" || this.pattern instanceof String)) throw new TypeError("CronPattern: Pattern has to be of type string.");
    this.pattern.indexOf("@") >= 0 && (this.pattern = this.handleNicknames(this.pattern).trim());
    let e = this.pattern.match(/\S+/g) || [""], t = e.length;
    if (e.length < 5 || e.length > 7) throw new TypeError("CronPattern: invalid configuration format ('" + this.pattern + "'), exactly five, six, or seven space separated parts are required.");
    if (this.mode !== "auto") {
      let i;
      switch (this.mode) {
        case "5-part":
          i = 5;
          break;
        case "6-part":
          i = 6;
          break;
        case "7-part":
          i = 7;
          break;
        case "5-or-6-parts":
          i = [5, 6];
          break;
        case "6-or-7-parts":
          i = [6, 7];
          break;
        default:
          i = 0;
      }
      if (!(Array.isArray(i) ? i.includes(t) : t === i)) {
        let u = Array.isArray(i) ? i.join(" or ") : i.toString();
        throw new TypeError(`CronPattern: mode '${this.mode}' requires exactly ${u} parts, but pattern '${this.pattern}' has ${t} parts.`);
      }
    }
    if (e.length === 5 && e.unshift("0"), e.length === 6 && e.push("*"), this.pattern.indexOf("?") >= 0) for (let i = 0; i < e.length; i++) e[i] = e[i].replace(/\?/g, "*");
    if (e[3].toUpperCase() === "LW") this.lastWeekday = true, e[3] = "";
    else if (e[3].toUpperCase().indexOf("L") >= 0) {
      let i = e[3].split(",");
      if (i.length > 1 && i.some((o) => o.toUpperCase() === "LW")) throw new TypeError(`CronPattern: Syntax error, LW can not be in a list in day-of-month ('${e[3]}').`);
      if (i.some((o) => o === "" || o.toUpperCase() !== "L" && /l/i.test(o))) throw new TypeError("CronPattern: Syntax error, L has to be a value of its own in day-of-month ('" + e[3] + "').");
      e[3] = i.filter((o) => o.toUpperCase() !== "L").join(","), this.lastDayOfMonth = true;
    }
    if (e[3] == "*" && (this.starDOM = true), e[6] == "*" && (this.starYear = true), e[4].length >= 3 && (e[4] = this.replaceAlpha(e[4], s.MONTH_NAMES)), e[5].length >= 3 && (e[5] = this.alternativeWeekdays ? this.replaceAlpha(e[5], s.DAY_NAMES_QUARTZ) : this.replaceAlpha(e[5], s.DAY_NAMES)), e[5].startsWith("+") && (this.useAndLogic = true, e[5] = e[5].substring(1), e[5] === "")) throw new TypeError("CronPattern: Day-of-week field cannot be empty after '+' modifier.");
    switch (e[5] == "*" && (this.starDOW = true), this.mode) {
      case "5-part":
        e[0] = "0", e[6] = "*";
        break;
      case "6-part":
        e[6] = "*";
        break;
      case "5-or-6-parts":
        e[6] = "*";
        break;
      case "6-or-7-parts":
        break;
      case "7-part":
      case "auto":
        break;
    }
    this.throwAtIllegalCharacters(e), this.partToArray("second", e[0], 0, 1), this.partToArray("minute", e[1], 0, 1), this.partToArray("hour", e[2], 0, 1), this.partToArray("day", e[3], -1, 1), this.partToArray("month", e[4], -1, 1);
    let n = this.alternativeWeekdays ? -1 : 0;
    this.partToArray("dayOfWeek", e[5], n, 63), e[6] === "*" ? this.year = Array(1e4).fill(1) : (this.year = Array(1e4).fill(0), this.partToArray("year", e[6], 0, 1)), !this.alternativeWeekdays && this.dayOfWeek[7] && (this.dayOfWeek[0] = this.dayOfWeek[7]);
    let r = this.fixedTimeRule === "single-value", a = (i, o) => !i.includes("*") && !i.includes("/") && (!r || o.filter((u) => u).length === 1);
    this.isFixedTime = a(e[0], this.second) && a(e[1], this.minute) && a(e[2], this.hour);
  }
  partToArray(e, t, n, r) {
    let a = this[e];
    if (t === "" && !(e === "day" && (this.lastDayOfMonth || this.lastWeekday))) throw new TypeError("CronPattern: configuration entry " + e + " (" + t + ") is empty, check for trailing spaces.");
    if (t === "*") return a.fill(r);
    let i = t.split(",");
    if (i.length > 1) for (let o of i) this.partToArray(e, o, n, r);
    else t.includes("-") && t.includes("/") ? this.handleRangeWithStepping(t, e, n, r) : t.includes("-") ? this.handleRange(t, e, n, r) : t.includes("/") ? this.handleStepping(t, e, n, r) : t !== "" && this.handleNumber(t, e, n, r);
  }
  throwAtIllegalCharacters(e) {
    for (let t = 0; t < e.length; t++) if ((t === 3 ? /[^/*0-9,\-WwLl]+/ : t === 5 ? /[^/*0-9,\-#Ll]+/ : /[^/*0-9,\-]+/).test(e[t])) throw new TypeError("CronPattern: configuration entry " + t + " (" + e[t] + ") contains illegal characters.");
  }
  handleNumber(e, t, n, r) {
    let a = this.extractNth(e, t), i = e.toUpperCase().includes("W");
    if (t !== "day" && i) throw new TypeError("CronPattern: Nearest weekday modifier (W) only allowed in day-of-month.");
    i && (t = "nearestWeekdays");
    let o = i ? a[0].replace(/W$/i, "") : a[0], u = s.toNumber(o) + n;
    if (isNaN(u)) throw new TypeError("CronPattern: " + t + " is not a number: '" + e + "'");
    this.setPart(t, u, a[1] || r);
  }
  setPart(e, t, n) {
    if (!Object.prototype.hasOwnProperty.call(this, e)) throw new TypeError("CronPattern: Invalid part specified: " + e);
    if (e === "dayOfWeek") {
      if (t === 7 && (t = 0), t < 0 || t > 6) throw new RangeError("CronPattern: Invalid value for dayOfWeek: " + t);
      this.setNthWeekdayOfMonth(t, n);
      return;
    }
    if (e === "second" || e === "minute") {
      if (t < 0 || t >= 60) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "hour") {
      if (t < 0 || t >= 24) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "day" || e === "nearestWeekdays") {
      if (t < 0 || t >= 31) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "month") {
      if (t < 0 || t >= 12) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "year" && (t < 1 || t >= 1e4)) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t + " (supported range: 1-9999)");
    this[e][t] = n;
  }
  static toNumber(e) {
    return /^\d+$/.test(e) ? parseInt(e, 10) : NaN;
  }
  validateNotNaN(e, t) {
    if (isNaN(e)) throw new TypeError(t);
  }
  validateRange(e, t, n, r, a) {
    if (e > t) throw new TypeError("CronPattern: From value is larger than to value: '" + a + "'");
    if (n !== void 0) {
      if (n === 0) throw new TypeError("CronPattern: Syntax error, illegal stepping: 0");
      if (n > this[r].length) throw new TypeError("CronPattern: Syntax error, steps cannot be greater than maximum value of part (" + this[r].length + ")");
    }
  }
  handleRangeWithStepping(e, t, n, r) {
    if (e.toUpperCase().includes("W")) throw new TypeError("CronPattern: Syntax error, W is not allowed in ranges with stepping.");
    let a = this.extractNth(e, t), i = a[0].match(/^(\d+)-(\d+)\/(\d+)$/);
    if (i === null) throw new TypeError("CronPattern: Syntax error, illegal range with stepping: '" + e + "'");
    let [, o, u, l] = i, h = parseInt(o, 10) + n, m = parseInt(u, 10) + n, d = parseInt(l, 10);
    this.validateNotNaN(h, "CronPattern: Syntax error, illegal lower range (NaN)"), this.validateNotNaN(m, "CronPattern: Syntax error, illegal upper range (NaN)"), this.validateNotNaN(d, "CronPattern: Syntax error, illegal stepping: (NaN)"), this.validateRange(h, m, d, t, e);
    for (let p = h; p <= m; p += d) this.setPart(t, p, a[1] || r);
  }
  extractNth(e, t) {
    let n = e, r;
    if (n.includes("#")) {
      if (t !== "dayOfWeek") throw new Error("CronPattern: nth (#) only allowed in day-of-week field");
      let a = n.split("#");
      if (a.length !== 2 || a[1] === "") throw new TypeError("CronPattern: Syntax error, illegal nth weekday: '" + e + "'");
      n = a[0], r = a[1];
    } else if (n.toUpperCase().endsWith("L")) {
      if (t !== "dayOfWeek") throw new Error("CronPattern: L modifier only allowed in day-of-week field (use L alone for day-of-month)");
      r = "L", n = n.slice(0, -1);
    }
    return [n, r];
  }
  handleRange(e, t, n, r) {
    if (e.toUpperCase().includes("W")) throw new TypeError("CronPattern: Syntax error, W is not allowed in a range.");
    let a = this.extractNth(e, t), i = a[0].split("-");
    if (i.length !== 2) throw new TypeError("CronPattern: Syntax error, illegal range: '" + e + "'");
    let o = s.toNumber(i[0]) + n, u = s.toNumber(i[1]) + n;
    this.validateNotNaN(o, "CronPattern: Syntax error, illegal lower range (NaN)"), this.validateNotNaN(u, "CronPattern: Syntax error, illegal upper range (NaN)"), this.validateRange(o, u, void 0, t, e);
    for (let l = o; l <= u; l++) this.setPart(t, l, a[1] || r);
  }
  handleStepping(e, t, n, r) {
    if (e.toUpperCase().includes("W")) throw new TypeError("CronPattern: Syntax error, W is not allowed in parts with stepping.");
    let a = this.extractNth(e, t), i = a[0].split("/");
    if (i.length !== 2) throw new TypeError("CronPattern: Syntax error, illegal stepping: '" + e + "'");
    if (this.sloppyRanges) i[0] === "" && (i[0] = "*");
    else {
      if (i[0] === "") throw new TypeError("CronPattern: Syntax error, stepping with missing prefix ('" + e + "') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.");
      if (i[0] !== "*") throw new TypeError("CronPattern: Syntax error, stepping with numeric prefix ('" + e + "') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.");
    }
    let o = 0;
    i[0] !== "*" && (o = s.toNumber(i[0]) + n, this.validateNotNaN(o, "CronPattern: Syntax error, illegal stepping start (NaN)"));
    let u = s.toNumber(i[1]);
    this.validateNotNaN(u, "CronPattern: Syntax error, illegal stepping: (NaN)"), this.validateRange(0, this[t].length - 1, u, t, e);
    for (let l = o; l < this[t].length; l += u) t === "year" && l === 0 || this.setPart(t, l, a[1] || r);
  }
  replaceAlpha(e, t) {
    let n = e;
    for (let [r, a] of Object.entries(t)) n = n.replace(new RegExp(r, "gi"), (i, o, u) => {
      let l = o + i.length - 3, h = u.charAt(l - 1), m = u.charAt(l + 3);
      if (/[a-z\d/#]/i.test(h) || /[a-km-z\d]/i.test(m)) throw new TypeError(`CronPattern: Syntax error, a month or day name has to stand alone ('${e}').`);
      return a;
    });
    return n;
  }
  static DAY_NAMES = { "-sun": "-7", sun: "0", mon: "1", tue: "2", wed: "3", thu: "4", fri: "5", sat: "6" };
  static DAY_NAMES_QUARTZ = { sun: "1", mon: "2", tue: "3", wed: "4", thu: "5", fri: "6", sat: "7" };
  static MONTH_NAMES = { jan: "1", feb: "2", mar: "3", apr: "4", may: "5", jun: "6", jul: "7", aug: "8", sep: "9", oct: "10", nov: "11", dec: "12" };
  static NICKNAME_MAP = { "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * SUN", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *" };
  handleNicknames(e) {
    let t = e.trim().toLowerCase();
    if (t === "@reboot") throw new TypeError("CronPattern: @reboot is not supported in this environment. This is an event-based trigger that requires system startup detection.");
    return s.NICKNAME_MAP[t] || e;
  }
  setNthWeekdayOfMonth(e, t) {
    if (typeof t != "number" && t.toUpperCase() === "L") this.dayOfWeek[e] = this.dayOfWeek[e] | 32;
    else if (t === 63) this.dayOfWeek[e] = 63;
    else if (t < 6 && t > 0) this.dayOfWeek[e] = this.dayOfWeek[e] | x[t - 1];
    else throw new TypeError(`CronPattern: nth weekday out of range, should be 1-5 or L. Value: ${t}, Type: ${typeof t}`);
  }
};
var B = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var f = [["month", "year", 0], ["day", "month", -1], ["hour", "day", 0], ["minute", "hour", 0], ["second", "minute", 0]];
var c = class s2 {
  tz;
  instantMs;
  instantFields;
  ms;
  second;
  minute;
  hour;
  day;
  month;
  year;
  constructor(e, t) {
    if (this.tz = t, e && e instanceof Date) if (!isNaN(e)) this.fromDate(e);
    else throw new TypeError("CronDate: Invalid date passed to CronDate constructor");
    else if (e == null) this.fromDate(/* @__PURE__ */ new Date());
    else if (e && typeof e == "string") this.fromString(e);
    else if (e instanceof s2) this.fromCronDate(e);
    else throw new TypeError("CronDate: Invalid type (" + typeof e + ") passed to CronDate constructor");
  }
  getLastDayOfMonth(e, t) {
    return t !== 1 ? B[t] : new Date(g(e, t + 1, 0)).getUTCDate();
  }
  getLastWeekday(e, t) {
    let n = this.getLastDayOfMonth(e, t), a = new Date(g(e, t, n)).getUTCDay();
    return a === 0 ? n - 2 : a === 6 ? n - 1 : n;
  }
  getNearestWeekday(e, t, n) {
    let r = this.getLastDayOfMonth(e, t);
    if (n > r) return -1;
    let i = new Date(g(e, t, n)).getUTCDay();
    return i === 0 ? n === r ? n - 2 : n + 1 : i === 6 ? n === 1 ? n + 2 : n - 1 : n;
  }
  isNthWeekdayOfMonth(e, t, n, r) {
    let i = new Date(g(e, t, n)).getUTCDay(), o = 0;
    for (let u = 1; u <= n; u++) new Date(g(e, t, u)).getUTCDay() === i && o++;
    if (r & 63 && x[o - 1] & r) return true;
    if (r & 32) {
      let u = this.getLastDayOfMonth(e, t);
      for (let l = n + 1; l <= u; l++) if (new Date(g(e, t, l)).getUTCDay() === i) return false;
      return true;
    }
    return false;
  }
  fromDate(e) {
    if (this.tz !== void 0) if (typeof this.tz == "number") this.ms = e.getUTCMilliseconds(), this.second = e.getUTCSeconds(), this.minute = e.getUTCMinutes() + this.tz, this.hour = e.getUTCHours(), this.day = e.getUTCDate(), this.month = e.getUTCMonth(), this.year = e.getUTCFullYear(), this.apply();
    else try {
      let t = y(e, this.tz);
      this.ms = e.getMilliseconds(), this.second = t.s, this.minute = t.i, this.hour = t.h, this.day = t.d, this.month = t.m - 1, this.year = t.y, this.cacheInstant(e.getTime() - this.ms);
    } catch (t) {
      let n = t instanceof Error ? t.message : String(t);
      throw new TypeError(`CronDate: Failed to convert date to timezone '${this.tz}'. This may happen with invalid timezone names or dates. Original error: ${n}`);
    }
    else this.ms = e.getMilliseconds(), this.second = e.getSeconds(), this.minute = e.getMinutes(), this.hour = e.getHours(), this.day = e.getDate(), this.month = e.getMonth(), this.year = e.getFullYear(), this.cacheInstant(e.getTime() - this.ms);
  }
  cacheInstant(e) {
    this.instantMs = e;
    let { year: t, month: n, day: r, hour: a, minute: i, second: o } = this;
    this.instantFields = [t, n, r, a, i, o, this.tz];
  }
  cachedInstant() {
    let e = this.instantFields;
    if (!(e === void 0 || e[6] !== this.tz) && !(e[5] !== this.second || e[4] !== this.minute || e[3] !== this.hour) && !(e[2] !== this.day || e[1] !== this.month || e[0] !== this.year)) return this.instantMs;
  }
  fromCronDate(e) {
    this.tz = e.tz, this.year = e.year, this.month = e.month, this.day = e.day, this.hour = e.hour, this.minute = e.minute, this.second = e.second, this.ms = e.ms, this.instantMs = e.instantMs, this.instantFields = e.instantFields;
  }
  apply() {
    if (this.month > 11 || this.month < 0 || this.day > this.getLastDayOfMonth(this.year, this.month) || this.day < 1 || this.hour > 23 || this.minute > 59 || this.second > 59 || this.hour < 0 || this.minute < 0 || this.second < 0) {
      let e = /* @__PURE__ */ new Date(0);
      return e.setUTCFullYear(this.year, this.month, this.day), e.setUTCHours(this.hour, this.minute, this.second, this.ms), this.ms = e.getUTCMilliseconds(), this.second = e.getUTCSeconds(), this.minute = e.getUTCMinutes(), this.hour = e.getUTCHours(), this.day = e.getUTCDate(), this.month = e.getUTCMonth(), this.year = e.getUTCFullYear(), true;
    } else return false;
  }
  fromString(e) {
    if (typeof this.tz == "number") {
      if (O(e)) return this.fromDate(v(e));
      let t = v(e, "Etc/UTC");
      this.ms = t.getUTCMilliseconds(), this.second = t.getUTCSeconds(), this.minute = t.getUTCMinutes(), this.hour = t.getUTCHours(), this.day = t.getUTCDate(), this.month = t.getUTCMonth(), this.year = t.getUTCFullYear(), this.apply();
    } else return this.fromDate(v(e, this.tz));
  }
  findNext(e, t, n, r) {
    return this._findMatch(e, t, n, r, 1);
  }
  _matchDayValue(e, t, n, r) {
    let a = e;
    if (!a) {
      for (let i = 0; i < n.nearestWeekdays.length; i++) if (n.nearestWeekdays[i]) {
        let o = this.getNearestWeekday(this.year, this.month, i + 1);
        if (o !== -1 && o === t) {
          a = 1;
          break;
        }
      }
    }
    if (n.lastWeekday) {
      let i = this.getLastWeekday(this.year, this.month);
      t === i && (a = 1);
    }
    if (n.lastDayOfMonth) {
      let i = this.getLastDayOfMonth(this.year, this.month);
      t === i && (a = 1);
    }
    if (!n.starDOW) {
      let i = new Date(g(this.year, this.month, 1, 0, 0, 0, 0)).getUTCDay(), o = n.dayOfWeek[(i + (t - 1)) % 7];
      o && o & 63 && (o = this.isNthWeekdayOfMonth(this.year, this.month, t, o) ? 1 : 0), n.useAndLogic ? a = a && o : !r.domAndDow && !n.starDOM ? a = a || o : a = a && o;
    }
    return a;
  }
  _findMatch(e, t, n, r, a) {
    let i = this[t], o = t === "day" ? this.getLastDayOfMonth(this.year, this.month) : 0, u = this[t] + r, l = a === 1 ? (h) => h < n[t].length : (h) => h >= 0;
    for (let h = u; l(h); h += a) {
      let m = n[t][h];
      if (t === "day") {
        if (h - r > o) continue;
        m = this._matchDayValue(m, h - r, n, e);
      }
      if (m) return this[t] = h - r, i !== this[t] ? 2 : 1;
    }
    return 3;
  }
  recurse(e, t, n) {
    let r = this.year, a = n;
    for (; typeof a == "number"; ) {
      if (e.starYear && Math.abs(this.year - r) > 400) return null;
      a = this.recurseStep(e, t, a);
    }
    return a;
  }
  recurseStep(e, t, n) {
    if (n === 0 && !e.starYear) {
      if (this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0) {
        let a = -1;
        for (let i = this.year + 1; i < e.year.length && i < 1e4; i++) if (e.year[i] === 1) {
          a = i;
          break;
        }
        if (a === -1) return null;
        this.year = a, this.month = 0, this.day = 1, this.hour = 0, this.minute = 0, this.second = 0, this.ms = 0;
      }
      if (this.year >= 1e4) return null;
    }
    let r = this.findNext(t, f[n][0], e, f[n][2]);
    if (r > 1) {
      let a = n + 1;
      for (; a < f.length; ) this[f[a][0]] = -f[a][2], a++;
      if (r === 3) {
        if (this[f[n][1]]++, this[f[n][0]] = -f[n][2], this.apply(), n === 0 && !e.starYear) {
          for (; this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0 && this.year < 1e4; ) this.year++;
          if (this.year >= 1e4 || this.year >= e.year.length) return null;
        }
        return 0;
      } else if (this.apply()) return n - 1;
    }
    return n += 1, n >= f.length ? this : (e.starYear ? this.year >= 3e3 : this.year >= 1e4) ? null : n;
  }
  increment(e, t, n) {
    return this.instantMs = void 0, this.instantFields = void 0, this.second += t.interval !== void 0 && t.interval > 1 && n ? t.interval : 1, this.ms = 0, this.apply(), this.recurse(e, t, 0);
  }
  decrement(e, t, n = true) {
    this.instantMs = void 0, this.instantFields = void 0;
    let r = t.interval !== void 0 && t.interval >= 1;
    return (this.ms === 0 || r) && (this.second -= r && n ? t.interval : 1), this.ms = 0, this.apply(), this.year < 1 ? null : this.recurseBackward(e, t, 0);
  }
  recurseBackward(e, t, n) {
    let r = this.year, a = n;
    for (; typeof a == "number"; ) {
      if (e.starYear && Math.abs(this.year - r) > 400) return null;
      a = this.recurseBackwardStep(e, t, a);
    }
    return a;
  }
  recurseBackwardStep(e, t, n) {
    if (n === 0 && !e.starYear) {
      if (this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0) {
        let a = -1;
        for (let i = this.year - 1; i >= 0; i--) if (e.year[i] === 1) {
          a = i;
          break;
        }
        if (a === -1) return null;
        this.year = a, this.month = 11, this.day = 31, this.hour = 23, this.minute = 59, this.second = 59, this.ms = 0;
      }
      if (this.year < 1) return null;
    }
    let r = this.findPrevious(t, f[n][0], e, f[n][2]);
    if (r > 1) {
      let a = n + 1;
      for (; a < f.length; ) {
        let i = f[a][0], o = f[a][2], u = this.getMaxPatternValue(i, e, o);
        this[i] = u, a++;
      }
      if (r === 3) {
        if (this[f[n][1]]--, n === 0) {
          let u = this.getLastDayOfMonth(this.year, this.month);
          this.day > u && (this.day = u);
        }
        if (n === 1) if (this.day <= 0) this.day = 1;
        else {
          let u = this.year, l = this.month;
          for (; l < 0; ) l += 12, u--;
          for (; l > 11; ) l -= 12, u++;
          let h = this.getLastDayOfMonth(u, l);
          this.day > h && (this.day = h);
        }
        this.apply();
        let i = f[n][0], o = f[n][2];
        if (this[i] = this.getMaxPatternValue(i, e, o), this.apply(), n === 0) {
          let u = f[1][2], l = this.getMaxPatternValue("day", e, u);
          l !== this.day && (this.day = l, this.hour = this.getMaxPatternValue("hour", e, f[2][2]), this.minute = this.getMaxPatternValue("minute", e, f[3][2]), this.second = this.getMaxPatternValue("second", e, f[4][2]));
        }
        if (n === 0 && !e.starYear) {
          for (; this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0; ) this.year--;
          if (this.year < 1) return null;
        }
        return 0;
      } else if (this.apply()) return n - 1;
    }
    return n += 1, n >= f.length ? this : this.year < 1 ? null : n;
  }
  getMaxPatternValue(e, t, n) {
    let r = t[e].length - 1 - n;
    for (let a = t[e].length - 1; a >= 0; a--) if (t[e][a]) {
      r = a - n;
      break;
    }
    if (e === "day") {
      let a = this.getLastDayOfMonth(this.year, this.month);
      return t.lastWeekday || t.nearestWeekdays.some((i) => i) || t.lastDayOfMonth || !t.starDOW ? a : Math.min(r, a);
    }
    return r;
  }
  findPrevious(e, t, n, r) {
    return this._findMatch(e, t, n, r, -1);
  }
  getDate(e) {
    if (!e && typeof this.tz != "number") {
      let t = this.cachedInstant();
      if (t !== void 0) return new Date(t + (this.tz === void 0 ? this.ms : 0));
    }
    if (e || this.tz === void 0) {
      if (this.year >= 0 && this.year < 100) {
        let t = /* @__PURE__ */ new Date(0);
        return t.setFullYear(this.year, this.month, this.day), t.setHours(this.hour, this.minute, this.second, this.ms), t;
      }
      return new Date(this.year, this.month, this.day, this.hour, this.minute, this.second, this.ms);
    } else return typeof this.tz == "number" ? new Date(g(this.year, this.month, this.day, this.hour, this.minute - this.tz, this.second, this.ms)) : N(T(this.year, this.month + 1, this.day, this.hour, this.minute, this.second, this.tz), false);
  }
  getTime() {
    return this.getDate(false).getTime();
  }
  match(e, t) {
    if (!e.starYear && (this.year < 0 || this.year >= e.year.length || e.year[this.year] === 0)) return false;
    for (let n = 0; n < f.length; n++) {
      let r = f[n][0], a = f[n][2], i = this[r];
      if (i + a < 0 || i + a >= e[r].length) return false;
      let o = e[r][i + a];
      if (r === "day" && (o = this._matchDayValue(o, i, e, t)), !o) return false;
    }
    return true;
  }
};
function F(s3) {
  s3 === void 0 && (s3 = {}), delete s3.name, s3.legacyMode !== void 0 && s3.domAndDow === void 0 ? s3.domAndDow = !s3.legacyMode : s3.domAndDow === void 0 && (s3.domAndDow = false), s3.legacyMode = !s3.domAndDow;
  let e = (n, r) => n === void 0 ? r : n;
  if (s3.paused = e(s3.paused, false), s3.maxRuns = e(s3.maxRuns, 1 / 0), s3.catch = e(s3.catch, false), s3.unref = e(s3.unref, false), s3.mode = e(s3.mode, "auto"), s3.alternativeWeekdays = e(s3.alternativeWeekdays, false), s3.sloppyRanges = e(s3.sloppyRanges, false), s3.fixedTimeRule = e(s3.fixedTimeRule, "single-value"), s3.allowPast = e(s3.allowPast, false), s3.interval = s3.interval === void 0 ? 0 : parseInt(s3.interval.toString(), 10), s3.utcOffset = s3.utcOffset === void 0 ? void 0 : parseInt(s3.utcOffset.toString(), 10), s3.dayOffset = s3.dayOffset === void 0 ? 0 : parseInt(s3.dayOffset.toString(), 10), !["auto", "5-part", "6-part", "7-part", "5-or-6-parts", "6-or-7-parts"].includes(s3.mode)) throw new Error("CronOptions: mode must be one of 'auto', '5-part', '6-part', '7-part', '5-or-6-parts', or '6-or-7-parts'.");
  if (!["single-value", "no-wildcard"].includes(s3.fixedTimeRule)) throw new Error("CronOptions: fixedTimeRule must be one of 'single-value' or 'no-wildcard'.");
  s3.timezone === "" && (s3.timezone = void 0);
  let t = s3.timezone ?? s3.utcOffset;
  if (s3.startAt && (s3.startAt = I(new c(s3.startAt, t))), s3.stopAt && (s3.stopAt = I(new c(s3.stopAt, t))), s3.interval !== null) {
    if (isNaN(s3.interval)) throw new Error("CronOptions: Supplied value for interval is not a number");
    if (s3.interval < 0) throw new Error("CronOptions: Supplied value for interval can not be negative");
  }
  if (s3.utcOffset !== void 0) {
    if (isNaN(s3.utcOffset)) throw new Error("CronOptions: Invalid value passed for utcOffset, should be number representing minutes offset from UTC.");
    if (s3.utcOffset < -870 || s3.utcOffset > 870) throw new Error("CronOptions: utcOffset out of bounds.");
    if (s3.utcOffset !== void 0 && s3.timezone) throw new Error("CronOptions: Combining 'utcOffset' with 'timezone' is not allowed.");
  }
  if (s3.unref !== true && s3.unref !== false) throw new Error("CronOptions: Unref should be either true, false or undefined(false).");
  if (s3.dayOffset !== void 0 && s3.dayOffset !== 0 && isNaN(s3.dayOffset)) throw new Error("CronOptions: Invalid value passed for dayOffset, should be a number representing days to offset.");
  return s3;
}
function I(s3) {
  return s3.ms ? (s3.ms = 0, new c(new Date(s3.getTime() + 1e3), s3.tz)) : s3;
}
function b(s3) {
  return typeof s3 == "function";
}
function L(s3) {
  return b(s3);
}
function Y(s3) {
  typeof Deno < "u" && typeof Deno.unrefTimer < "u" ? Deno.unrefTimer(s3) : s3 && typeof s3.unref < "u" && s3.unref();
}
var P = 1440 * 60 * 1e3;
var $ = 30 * 1e3;
var M = [];
var j = class {
  name;
  options;
  _states;
  fn;
  _startAtRoundingMs = 0;
  getTz() {
    return this.options.timezone ?? this.options.utcOffset;
  }
  applyDayOffset(e) {
    let t = this._offsetMs();
    return t ? new Date(e.getTime() + t) : e;
  }
  _offsetMs() {
    return (this.options.dayOffset ?? 0) * P;
  }
  get _startAt() {
    return this.options.startAt;
  }
  get _stopAt() {
    return this.options.stopAt;
  }
  _nextTarget(e, t) {
    let n = this._offsetMs(), r = this._next(this._shift(e), new Date(t.getTime() - n), { startAt: this._shift(this._startAt), stopAt: this._shift(this._stopAt) });
    return r ? this.applyDayOffset(r.getDate(false)) : null;
  }
  _previousTarget(e, t) {
    let n = this._toMs(e ?? t) - this._offsetMs(), r = this._previous(new Date(n), { startAt: this._shift(this._startAt), stopAt: this._shift(this._stopAt) });
    return r ? this.applyDayOffset(r.getDate(false)) : null;
  }
  _shift(e) {
    if (e != null) return new c(new Date(this._toMs(e) - this._offsetMs()), this.getTz());
  }
  constructor(e, t, n) {
    let r, a;
    if (b(t)) a = t;
    else if (typeof t == "object") r = t;
    else if (t !== void 0) throw new Error("Cron: Invalid argument passed for optionsIn. Should be one of function, or object (options).");
    if (b(n)) a = n;
    else if (typeof n == "object") r = n;
    else if (n !== void 0) throw new Error("Cron: Invalid argument passed for funcIn. Should be one of function, or object (options).");
    this.name = r?.name;
    let i = r?.startAt;
    this.options = F(r), i && this._startAt && (this._startAtRoundingMs = this._startAt.getTime() - new c(i, this.getTz()).getTime());
    let o = !!e && (e instanceof Date || typeof e == "string" && e.indexOf(":") > 0);
    if (this._states = { kill: false, blocking: false, previousRun: void 0, currentRun: void 0, once: void 0, currentTimeout: void 0, maxRuns: r ? r.maxRuns : void 0, paused: r ? r.paused : false, pattern: o ? new C("* * * * *", void 0, { mode: "auto" }) : new C(e, this.options.timezone, { mode: this.options.mode, alternativeWeekdays: this.options.alternativeWeekdays, sloppyRanges: this.options.sloppyRanges, fixedTimeRule: this.options.fixedTimeRule }) }, o && (this._states.once = new c(e, this.getTz())), this.name) {
      if (M.find((l) => l.name === this.name)) throw new Error("Cron: Tried to initialize new named job '" + this.name + "', but name already taken.");
      M.push(this);
    }
    return a !== void 0 && L(a) && (this.fn = a, this.schedule()), this;
  }
  nextRun(e) {
    return this._nextTarget(e, /* @__PURE__ */ new Date());
  }
  nextRuns(e, t) {
    this._states.maxRuns !== void 0 && e > this._states.maxRuns && (e = this._states.maxRuns);
    let n = t || this._states.currentRun || void 0;
    return this._enumerateRuns(e, n, "next");
  }
  previousRuns(e, t) {
    return this._enumerateRuns(e, t || void 0, "previous");
  }
  enumerate(e) {
    return new A(this, e);
  }
  _enumerateRuns(e, t, n) {
    let r = [], a = /* @__PURE__ */ new Date(), i = t;
    for (; e-- > 0; ) {
      let o = n === "next" ? this._nextTarget(i, a) : this._previousTarget(i, a);
      if (!o) break;
      r.push(o), i = o;
    }
    return r;
  }
  match(e) {
    if (this._states.once) {
      let n = new c(e, this.getTz());
      n.ms = 0;
      let r = new c(this._states.once, this.getTz());
      return r.ms = 0, n.getTime() === r.getTime();
    }
    let t = new c(e, this.getTz());
    return t.ms = 0, t.match(this._states.pattern, this.options);
  }
  getPattern() {
    if (!this._states.once) return this._states.pattern ? this._states.pattern.pattern : void 0;
  }
  getOnce() {
    return this._states.once ? this._states.once.getDate() : null;
  }
  isRunning() {
    return !this._states.paused && !this._states.kill && this.fn !== void 0 && this._nextTarget(this._states.currentRun, /* @__PURE__ */ new Date()) !== null;
  }
  isStopped() {
    return this._states.kill;
  }
  isBusy() {
    return this._states.blocking;
  }
  currentRun() {
    return this._states.currentRun ? this._states.currentRun.getDate() : null;
  }
  previousRun() {
    return this._states.previousRun ? this._states.previousRun.getDate() : null;
  }
  msToNext(e) {
    let t = /* @__PURE__ */ new Date(), n = this._nextTarget(e, t);
    return n ? n.getTime() - this._toMs(e ?? t) : null;
  }
  stop() {
    this._states.kill = true, this._states.currentTimeout && clearTimeout(this._states.currentTimeout);
    let e = M.indexOf(this);
    e >= 0 && M.splice(e, 1);
  }
  pause() {
    return this._states.paused = true, !this._states.kill;
  }
  resume() {
    return this._states.paused = false, !this._states.kill;
  }
  schedule(e) {
    return this._schedule(e);
  }
  _schedule(e, t) {
    if (e && this.fn) throw new Error("Cron: It is not allowed to schedule two functions using the same Croner instance.");
    e && (this.fn = e);
    let n = t ?? /* @__PURE__ */ new Date(), r = this._nextTarget(void 0, n), a = r ? r.getTime() - n.getTime() : null, i = this._states.currentRun;
    i && i.getTime() > n.getTime() && (i = void 0);
    let o = this._nextTarget(i, n);
    return a === null || isNaN(a) || o === null ? this : (a > $ && (a = $), a < 0 && (a = this._states.paused ? 1e3 : 0), this._states.currentTimeout = setTimeout(() => this._checkTrigger(o), a), this._states.currentTimeout && this.options.unref && Y(this._states.currentTimeout), this);
  }
  async _trigger(e = /* @__PURE__ */ new Date()) {
    this._states.blocking = true, this._states.currentRun = new c(e, this.getTz());
    try {
      if (this.options.catch) try {
        this.fn !== void 0 && await this.fn(this, this.options.context);
      } catch (t) {
        if (b(this.options.catch)) try {
          Promise.resolve(this.options.catch(t, this)).catch(() => {
          });
        } catch {
        }
      }
      else this.fn !== void 0 && await this.fn(this, this.options.context);
    } finally {
      this._states.previousRun = new c(e, this.getTz()), this._states.blocking = false;
    }
  }
  async trigger() {
    await this._trigger();
  }
  runsLeft() {
    return this._states.maxRuns;
  }
  _checkTrigger(e) {
    let t = /* @__PURE__ */ new Date(), n = !this._states.paused && t.getTime() >= e.getTime(), r = this._states.blocking && this.options.protect;
    n && !r ? (this._states.maxRuns !== void 0 && this._states.maxRuns--, this._trigger(t)) : n && r && b(this.options.protect) && setTimeout(() => this.options.protect(this), 0), this._schedule(void 0, n ? void 0 : t);
  }
  _next(e, t, n) {
    let r = n ? n.startAt : this._startAt, a = n ? n.stopAt : this._stopAt, i = !!e, o = !!(e || this._states.currentRun), u = false;
    !e && r && this.options.interval && (e = this._calculatePreviousRun(r, t), e && (o = true), u = !e);
    let l = e ?? t ?? /* @__PURE__ */ new Date(), h = this._toMs(l);
    e = new c(l, this.getTz()), r && h < r.getTime() && (e = u ? r : new c(new Date(r.getTime() - 1e3), this.getTz()), h = e.getTime());
    let m = this._states.once || new c(e, this.getTz());
    if (!u && m !== this._states.once && (m = this._findOccurrence(e, h, 1, o)), this._states.once) {
      let d = this._states.once.getTime(), p = h - d;
      if (r && d < r.getTime() - this._startAtRoundingMs || this._states.currentRun && this.applyDayOffset(this._states.once.getDate()).getTime() <= this._states.currentRun.getTime() || (i ? p >= 0 : p > 1e3 && !this.options.allowPast)) return null;
    }
    return m === null || this._states.maxRuns !== void 0 && this._states.maxRuns <= 0 || this._states.kill || a && m.getTime() >= a.getTime() ? null : m;
  }
  _previous(e, t) {
    let n = this._toMs(e ?? /* @__PURE__ */ new Date());
    if (t.stopAt && n > t.stopAt.getTime() && (n = t.stopAt.getTime()), this._states.once) return this._states.once.getTime() < n ? this._states.once : null;
    let r = this._findOccurrence(new c(new Date(n), this.getTz()), n, -1);
    return r === null || t.startAt && r.getTime() < t.startAt.getTime() ? null : r;
  }
  _toMs(e) {
    if (e instanceof Date) return e.getTime();
    let t = new c(e, this.getTz());
    return t.getTime() + (typeof t.tz == "string" ? t.ms : 0);
  }
  _findOccurrence(e, t, n, r = false) {
    let a = this.options.interval ?? 0;
    if (a > 1 && (n === -1 || r)) {
      t += (a - 1) * 1e3 * n;
      let m = new Date(t);
      if (isNaN(m.getTime()) || (e = new c(m, this.getTz()), !(e.year >= 1 && e.year <= 9999))) return null;
      r = false;
    }
    let i = this._walk(e, t, n, r), o = this.getTz();
    if (this._states.pattern.isFixedTime && n === 1 || typeof o == "number" || U(t, o) !== (n === 1 ? "earlier" : "later")) return i;
    let u = Math.floor(t / 1e3) * 1e3, l = n === 1 ? k(u, u + P, o) : k(u - P, u, o) - 1e3;
    if (i && (l - i.getTime()) * n > 0) return i;
    let h = this._walk(new c(new Date(l), o), l - n, n, false, true);
    return !i || !h ? i ?? h : (i.getTime() - h.getTime()) * n > 0 ? h : i;
  }
  _walk(e, t, n, r, a = false) {
    let i = this._states.pattern, o = (l, h) => n === 1 ? l.increment(i, this.options, h) : l.decrement(i, this.options, h), u = new c(e, this.getTz());
    for ((!a || !u.match(i, this.options)) && (u = o(u, r)); u; ) {
      let l = this._runAt(u, t, n);
      if (l) return new c(l, this.getTz());
      u = o(u, false);
    }
    return null;
  }
  _runAt(e, t, n) {
    let r = (d) => (d.getTime() - t) * n > 0, a = e.tz;
    if (typeof a == "number") {
      let d = e.getDate();
      return r(d) ? d : null;
    }
    let i = T(e.year, e.month + 1, e.day, e.hour, e.minute, e.second, a), o = _(i), u = this._states.pattern.isFixedTime;
    if (o.kind === "single") return r(o.date) ? o.date : null;
    if (o.kind === "ambiguous") {
      let { earlier: d, later: p } = o;
      return (u ? [d] : n === 1 ? [d, p] : [p, d]).find(r) ?? null;
    }
    if (!u) return null;
    let l = new Date(k(o.before.getTime(), o.after.getTime(), a)), h = y(l, a);
    return h.y === i.y && h.m === i.m && h.d === i.d && r(l) ? l : null;
  }
  _calculatePreviousRun(e, t) {
    let n = new c(t, this.getTz()).getTime();
    if (e.getTime() > n) return;
    let r = this.options.interval * 1e3, a = e;
    for (; a.getTime() + r <= n; ) {
      let i = this._findOccurrence(a, a.getTime(), 1, true);
      if (i === null) break;
      a = i;
    }
    return a;
  }
};
var A = class {
  cron;
  cursor;
  now;
  done;
  initialMaxRuns;
  remainingRuns;
  constructor(e, t) {
    this.cron = e, this.initialMaxRuns = e.runsLeft() ?? 1 / 0, this.reset(t);
  }
  next() {
    if (this.done || this.remainingRuns <= 0) return this.done = true, { value: void 0, done: true };
    let e = this.cron._nextTarget(this.cursor, this.now);
    return e === null ? (this.done = true, { value: void 0, done: true }) : (this.cursor = e, this.remainingRuns--, { value: e, done: false });
  }
  peek() {
    return this.done || this.remainingRuns <= 0 ? null : this.cron._nextTarget(this.cursor, this.now);
  }
  reset(e) {
    this.cursor = e instanceof Date ? new Date(e.getTime()) : e ?? void 0, this.now = /* @__PURE__ */ new Date(), this.done = false, this.remainingRuns = this.initialMaxRuns;
  }
  [Symbol.iterator]() {
    return this;
  }
};

// src/config/cron.ts
function cronProblem(expression) {
  if (expression.trim().split(/\s+/).length !== 5)
    return `expected five fields (minute hour day-of-month month day-of-week), e.g. "0 6 * * *"`;
  try {
    new j(expression, { paused: true, timezone: "UTC" });
    return null;
  } catch (e) {
    return `not a cron expression: ${e instanceof Error ? e.message : String(e)}`;
  }
}

// src/config/schema.ts
var PROVIDER_NAMES = ["sandbox", "aws", "gcp", "azure"];
var modelEndpointSchema = external_exports.strictObject({
  api_base: external_exports.string().nullish(),
  api_key: external_exports.string().nullish(),
  models: external_exports.array(external_exports.string()).nullish()
});
var legacyToolsSchema = external_exports.record(external_exports.string(), external_exports.union([external_exports.record(external_exports.string(), external_exports.unknown()), external_exports.null()]));
var LOG_LEVELS = {
  trace: "trace",
  debug: "debug",
  info: "info",
  warn: "warn",
  warning: "warn",
  error: "error",
  critical: "fatal",
  fatal: "fatal",
  silent: "silent"
};
var logLevelSchema = external_exports.string().transform((value, ctx) => {
  const level = LOG_LEVELS[value.toLowerCase()];
  if (level) return level;
  ctx.addIssue({
    code: "custom",
    message: `expected one of ${Object.keys(LOG_LEVELS).join(", ")} (any case), received ${JSON.stringify(value)}`
  });
  return external_exports.NEVER;
});
var loggingSchema = external_exports.strictObject({
  level: logLevelSchema.nullish(),
  /** The original's Python logging format string; kept for compatibility, not used by pino. */
  format: external_exports.string().nullish(),
  file: external_exports.string().nullish()
});
var securitySchema = external_exports.strictObject({
  rbac_enabled: external_exports.boolean().nullish(),
  keycloak_url: external_exports.string().nullish(),
  realm: external_exports.string().nullish()
});
var waitTimeout = external_exports.number().int().min(10).max(86400).optional();
var providersSchema = external_exports.strictObject({
  default: external_exports.enum(PROVIDER_NAMES).nullish(),
  sandbox: external_exports.strictObject({
    /** A simulated cloud latency before each create, update and delete (end-to-end tests). */
    operation_delay_ms: external_exports.number().int().min(0).max(1e4).optional()
  }).optional(),
  aws: external_exports.strictObject({
    region: external_exports.string().optional(),
    endpoint: external_exports.string().optional(),
    profile: external_exports.string().optional(),
    wait_timeout_seconds: waitTimeout
  }).optional(),
  gcp: external_exports.strictObject({
    project: external_exports.string().optional(),
    region: external_exports.string().optional(),
    api_endpoint: external_exports.string().optional(),
    wait_timeout_seconds: waitTimeout
  }).optional(),
  azure: external_exports.strictObject({
    subscription_id: external_exports.string().optional(),
    resource_group: external_exports.string().optional(),
    location: external_exports.string().optional(),
    endpoint: external_exports.string().optional(),
    audience: external_exports.string().optional(),
    authority_host: external_exports.string().optional(),
    instance_discovery: external_exports.boolean().optional(),
    wait_timeout_seconds: waitTimeout
  }).optional()
});
var PERMISSIONS = ["write", "maintain", "admin"];
var environmentApprovalSchema = external_exports.strictObject({
  required: external_exports.number().int().min(0).nullish(),
  permission: external_exports.enum(PERMISSIONS).nullish(),
  teams: external_exports.array(external_exports.string().min(1)).nullish()
});
var oneOrMany = external_exports.union([external_exports.string().min(1).max(100), external_exports.array(external_exports.string().min(1).max(100)).min(1).max(100)]);
var approvalRuleSchema = external_exports.strictObject({
  /** Shown in the plan comment; by default "rule <n>". */
  name: external_exports.string().min(1).max(80).regex(/^[A-Za-z0-9][A-Za-z0-9 _.:$>=<-]*$/, "use letters, digits, spaces and _ . : $ > = < -").optional(),
  when: external_exports.strictObject({
    environment: oneOrMany.optional(),
    /** The plan adds more than this many USD a month. */
    monthly_cost_delta_over: external_exports.number().min(0).max(1e9).optional(),
    /** The plan destroys or replaces at least one resource. */
    destroy_or_replace: external_exports.boolean().optional(),
    /** The plan changes at least one resource of one of these types. */
    resource_type: oneOrMany.optional(),
    /** After the plan the environment costs more than its spec's `budget.monthly` (or may: unknown prices). */
    over_budget: external_exports.boolean().optional()
  }).default({}),
  require: external_exports.strictObject({
    approvals: external_exports.number().int().min(0).max(20).optional(),
    permission: external_exports.enum(PERMISSIONS).optional(),
    teams: external_exports.array(external_exports.string().min(1).max(100)).min(1).max(20).optional()
  })
});
var approvalsSchema = external_exports.strictObject({
  required: external_exports.number().int().min(0).nullish(),
  /** `merge`: apply once the pull request merges into the default branch, from the merge commit. */
  apply_on: external_exports.enum(["approval", "command", "merge"]).nullish(),
  environments: external_exports.record(external_exports.string(), environmentApprovalSchema).nullish(),
  rules: external_exports.array(approvalRuleSchema).max(100).nullish()
});
var cronSchema = external_exports.string().min(1).max(200).superRefine((value, ctx) => {
  const problem = cronProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
var driftSchema = external_exports.strictObject({
  schedule: cronSchema.nullish(),
  /** Which environments the schedule checks; all of them by default. */
  environments: external_exports.array(external_exports.string().min(1).max(63)).max(500).nullish()
});
var previewsSchema = external_exports.strictObject({
  environments: external_exports.array(external_exports.string().min(1).max(55)).min(1).max(100),
  /** A preview whose monthly cost would exceed this (USD) is not applied. */
  max_monthly_cost: external_exports.number().min(0).max(1e9).nullish(),
  /** Hours after its creation a preview is destroyed, if its pull request is still open. */
  ttl_hours: external_exports.number().min(1).max(24 * 90).nullish(),
  /** Whether a preview waits for an approval like any plan; by default it is applied when planned. */
  require_approval: external_exports.boolean().nullish()
});
var stateSchema = external_exports.strictObject({ path: external_exports.string().min(1).optional() });
var githubSchema = external_exports.strictObject({
  autoplan: external_exports.boolean().nullish(),
  allow_fork_plans: external_exports.boolean().nullish(),
  release_lock_on: external_exports.enum(["apply", "merge"]).nullish()
});
var REPOSITORY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
var limitsSchema = external_exports.strictObject({
  max_resources: external_exports.number().int().min(1).max(1e6).nullish(),
  max_spec_bytes: external_exports.number().int().min(1024).max(64 * 1024 * 1024).nullish()
});
var usageFigure = external_exports.number().nonnegative().max(1e12);
var usageRangeSchema = external_exports.strictObject({ low: usageFigure, high: usageFigure }).refine((r) => r.low <= r.high, { message: "low must not be above high" });
var USAGE_KEYS = Object.keys(DEFAULT_USAGE_RANGES).sort();
var costSchema = external_exports.strictObject({
  usage_ranges: external_exports.strictObject(Object.fromEntries(USAGE_KEYS.map((k2) => [k2, usageRangeSchema.optional()]))).nullish()
});
var pricesSchema = external_exports.strictObject({
  cache_dir: external_exports.string().min(1).nullish(),
  endpoints: external_exports.strictObject({
    aws: external_exports.url().nullish(),
    azure: external_exports.url().nullish(),
    gcp: external_exports.url().nullish()
  }).nullish()
});
var mcpSchema = external_exports.strictObject({
  allowed_tools: external_exports.array(external_exports.string().min(1).max(200)).max(500).nullish()
});
var DEFAULT_LIMITS = DEFAULT_SPEC_LIMITS;
var configFileSchema = external_exports.strictObject({
  models: external_exports.record(external_exports.string(), modelEndpointSchema).nullish(),
  tools: legacyToolsSchema.nullish(),
  logging: loggingSchema.nullish(),
  security: securitySchema.nullish(),
  providers: providersSchema.nullish(),
  environments_dir: external_exports.string().min(1).nullish(),
  teams_dir: external_exports.string().min(1).nullish(),
  /** Owned by the policy module, which knows each rule's options. */
  policies: policyConfigSchema.nullish(),
  approvals: approvalsSchema.nullish(),
  drift: driftSchema.nullish(),
  previews: previewsSchema.nullish(),
  state: stateSchema.nullish(),
  github: githubSchema.nullish(),
  limits: limitsSchema.nullish(),
  cost: costSchema.nullish(),
  prices: pricesSchema.nullish(),
  mcp: mcpSchema.nullish(),
  /**
   * Environment name → the other repositories (`owner/name`) that may plan against and change it.
   * Read from the owning repository's default branch only.
   */
  sharing: external_exports.record(
    external_exports.string(),
    external_exports.array(external_exports.string().regex(REPOSITORY_NAME, "expected a repository as owner/name")).max(20)
  ).nullish()
});

// src/config/loader.ts
var CONFIG_ENV_VAR = "PLAGENTIC_CONFIG";
function parseConfig(text, file, env = process.env, opts = {}) {
  const source = parseYamlSource(text, file);
  const { data, undefinedVars, secrets } = interpolate(source.data ?? {}, env);
  const result = configFileSchema.safeParse(data, { error: userIssueMessage });
  if (!result.success) throw zodIssueToError(source, result.error);
  return resolveConfig(result.data, {
    source: file,
    baseDir: opts.baseDir ?? dirname2(resolve(file)),
    dirExists: opts.dirExists ?? isDirectory,
    secrets: [...secrets, ...fieldSecrets(source.data, env)],
    undefinedVars: undefinedVars.map((u) => ({ field: formatFieldPath(u.path), variable: u.variable }))
  });
}
function defaultConfig(cwd = process.cwd()) {
  return resolveConfig(
    {},
    { source: null, baseDir: resolve(cwd), dirExists: isDirectory, secrets: [], undefinedVars: [] }
  );
}
async function discoverConfig(opts) {
  const named = [
    [opts.explicit, "--config"],
    [opts.env[CONFIG_ENV_VAR] || void 0, CONFIG_ENV_VAR]
  ];
  for (const [path, origin] of named) {
    if (path === void 0) continue;
    const full = resolve(opts.cwd, path);
    if (!await isFile(full)) {
      throw new SpecError({ file: path }, void 0, `config file not found (named by ${origin})`);
    }
    return full;
  }
  for (const candidate of ["config.yaml", ".plagentic/config.yaml"]) {
    const full = resolve(opts.cwd, candidate);
    if (await isFile(full)) return full;
  }
  return null;
}
async function loadConfig(opts = {}) {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  const file = await discoverConfig({ ...opts.path !== void 0 && { explicit: opts.path }, env, cwd });
  if (file === null) return defaultConfig(cwd);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new SpecError(
      { file: displayPath(file, cwd) },
      void 0,
      `cannot read config: ${e.message}`
    );
  }
  const loaded = parseConfig(text, displayPath(file, cwd), env, { baseDir: dirname2(file) });
  return { ...loaded, source: file };
}
function usageRangeOverrides(raw) {
  const out = {};
  for (const [key, range2] of Object.entries(raw ?? {}))
    if (range2) out[key] = { low: range2.low, high: range2.high };
  return out;
}
function listOf(value) {
  return value === void 0 ? void 0 : typeof value === "string" ? [value] : value;
}
function resolveConfig(raw, ctx) {
  const at = (path) => resolve(ctx.baseDir, path);
  const teamsDir = at(raw.teams_dir ?? "teams");
  const models = {};
  for (const [name, m] of Object.entries(raw.models ?? {})) {
    models[name] = {
      ...m.api_base && { apiBase: m.api_base },
      ...m.api_key && { apiKey: m.api_key },
      models: m.models ?? []
    };
  }
  const p = raw.providers;
  const environments = {};
  for (const [name, rule] of Object.entries(raw.approvals?.environments ?? {})) {
    environments[name] = {
      ...rule.required != null && { required: rule.required },
      ...rule.permission != null && { permission: rule.permission },
      ...rule.teams != null && { teams: rule.teams }
    };
  }
  return {
    source: ctx.source,
    baseDir: ctx.baseDir,
    models,
    providers: {
      default: p?.default ?? "sandbox",
      ...p?.sandbox && { sandbox: defined({ operationDelayMs: p.sandbox.operation_delay_ms }) },
      ...p?.aws && {
        aws: defined({
          region: p.aws.region,
          endpoint: p.aws.endpoint,
          profile: p.aws.profile,
          waitTimeoutSeconds: p.aws.wait_timeout_seconds
        })
      },
      ...p?.gcp && {
        gcp: defined({
          project: p.gcp.project,
          region: p.gcp.region,
          apiEndpoint: p.gcp.api_endpoint,
          waitTimeoutSeconds: p.gcp.wait_timeout_seconds
        })
      },
      ...p?.azure && {
        azure: defined({
          subscriptionId: p.azure.subscription_id,
          resourceGroup: p.azure.resource_group,
          location: p.azure.location,
          endpoint: p.azure.endpoint,
          audience: p.azure.audience,
          authorityHost: p.azure.authority_host,
          instanceDiscovery: p.azure.instance_discovery,
          waitTimeoutSeconds: p.azure.wait_timeout_seconds
        })
      }
    },
    environmentsDir: at(raw.environments_dir ?? "environments"),
    // A project without its own teams still gets the shipped ones.
    teamsDir: raw.teams_dir == null && !ctx.dirExists(teamsDir) ? packagePath("teams") : teamsDir,
    policies: raw.policies ?? {},
    approvals: {
      configured: raw.approvals !== void 0,
      required: raw.approvals?.required ?? 1,
      applyOn: raw.approvals?.apply_on ?? "approval",
      environments,
      rules: (raw.approvals?.rules ?? []).map((rule, i) => ({
        name: rule.name ?? `rule ${i + 1}`,
        when: defined({
          environments: listOf(rule.when.environment),
          monthlyCostDeltaOver: rule.when.monthly_cost_delta_over,
          destroyOrReplace: rule.when.destroy_or_replace,
          resourceTypes: listOf(rule.when.resource_type),
          overBudget: rule.when.over_budget
        }),
        require: defined({
          required: rule.require.approvals,
          permission: rule.require.permission,
          teams: rule.require.teams
        })
      }))
    },
    drift: defined({
      schedule: raw.drift?.schedule ?? void 0,
      environments: raw.drift?.environments ?? void 0
    }),
    previews: raw.previews ? {
      environments: [...new Set(raw.previews.environments)],
      ...defined({
        maxMonthlyCost: raw.previews.max_monthly_cost ?? void 0,
        ttlHours: raw.previews.ttl_hours ?? void 0
      }),
      requireApproval: raw.previews.require_approval ?? false
    } : null,
    state: { path: at(raw.state?.path ?? ".plagentic/state.db") },
    cost: { usageRanges: usageRangeOverrides(raw.cost?.usage_ranges) },
    limits: {
      maxResources: raw.limits?.max_resources ?? DEFAULT_LIMITS.maxResources,
      maxSpecBytes: raw.limits?.max_spec_bytes ?? DEFAULT_LIMITS.maxSpecBytes
    },
    sharing: Object.fromEntries(
      Object.entries(raw.sharing ?? {}).map(([env, repos]) => [
        env,
        [...new Set(repos.map((r) => r.toLowerCase()))].sort()
      ])
    ),
    github: {
      autoplan: raw.github?.autoplan ?? false,
      allowForkPlans: raw.github?.allow_fork_plans ?? false,
      releaseLockOn: raw.github?.release_lock_on ?? "merge"
    },
    logging: {
      level: raw.logging?.level ?? "info",
      ...raw.logging?.file && { file: at(raw.logging.file) }
    },
    prices: {
      // `~/` is the user's home, as a cache path is usually written; other relative paths are from the config.
      ...raw.prices?.cache_dir && {
        cacheDir: /^~(?=$|\/)/.test(raw.prices.cache_dir) ? join2(homedir(), raw.prices.cache_dir.slice(1)) : at(raw.prices.cache_dir)
      },
      endpoints: defined({
        aws: raw.prices?.endpoints?.aws,
        azure: raw.prices?.endpoints?.azure,
        gcp: raw.prices?.endpoints?.gcp
      })
    },
    mcp: { allowedTools: [...new Set(raw.mcp?.allowed_tools ?? [])] },
    security: {
      rbacEnabled: raw.security?.rbac_enabled ?? false,
      ...defined({ keycloakUrl: raw.security?.keycloak_url, realm: raw.security?.realm })
    },
    secrets: [...new Set(ctx.secrets)],
    undefinedVars: ctx.undefinedVars,
    warnings: Object.keys(raw.tools ?? {}).map(
      (name) => `tools.${name} is ignored: Plagentic agents get only their own plan-mode tools, never a shell, browser or file writer`
    )
  };
}
function defined(obj) {
  const out = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value !== void 0 && value !== null && value !== "") out[key] = value;
  }
  return out;
}
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "key",
  "apikey",
  "token",
  "secret",
  "password",
  "passwd",
  "passphrase",
  "credential",
  "credentials"
]);
function isSecretFieldName(key) {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/);
  return words.some((w2) => SECRET_WORDS.has(w2));
}
function fieldSecrets(raw, env) {
  const found = [];
  const visit = (value, secret) => {
    if (typeof value === "string" || typeof value === "number") {
      if (!secret) return;
      const reading = new Proxy(env, {
        get(target, name) {
          const v2 = typeof name === "string" ? target[name] : void 0;
          if (v2) found.push(v2);
          return v2;
        }
      });
      found.push(String(interpolate(String(value), reading).data));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, secret);
    } else if (value !== null && typeof value === "object") {
      for (const [k2, v2] of Object.entries(value)) visit(v2, secret || isSecretFieldName(k2));
    }
  };
  visit(raw, false);
  return found.filter((s3) => s3 !== "");
}
function configTextSecrets(text, env = process.env) {
  try {
    const raw = parseYamlSource(text, "config.yaml").data;
    return [.../* @__PURE__ */ new Set([...interpolate(raw ?? {}, env).secrets, ...fieldSecrets(raw, env)])];
  } catch {
    return [];
  }
}
function displayPath(file, cwd) {
  const rel = relative(cwd, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
function isDirectory(path) {
  try {
    return existsSync2(path) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

// src/team/mcp/parse.ts
var LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "[::1]"]);
function parseMcpServers(source, raw, agents) {
  const stages = new Map(agents.map((a) => [a.name, a.stage]));
  if (raw === void 0 || raw === null) return [];
  const entries = [];
  if (Array.isArray(raw)) {
    raw.forEach((item, i) => {
      const at = ["mcp_servers", i];
      const parsed = mcpServerListEntrySchema.safeParse(item, { error: userIssueMessage });
      if (!parsed.success) throw zodIssueToError(source, parsed.error, at);
      const { name, ...entry } = parsed.data;
      entries.push({ name, entry, at });
    });
  } else {
    for (const [name, item] of Object.entries(raw)) {
      const at = ["mcp_servers", name];
      const parsed = mcpServerEntrySchema.safeParse(item, { error: userIssueMessage });
      if (!parsed.success) throw zodIssueToError(source, parsed.error, at);
      entries.push({ name, entry: parsed.data, at });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return entries.map(({ name, entry, at }) => {
    const nameAt = Array.isArray(raw) ? [...at, "name"] : at;
    if (!MCP_SERVER_NAME.test(name)) {
      throw source.error(
        nameAt,
        `MCP server name "${name}" must be 1 to 24 characters of a-z, 0-9, _ and - (it prefixes its tools' names)`,
        { key: !Array.isArray(raw) }
      );
    }
    if (seen.has(name)) throw source.error(nameAt, `duplicate MCP server name "${name}"`);
    seen.add(name);
    (entry.agents ?? []).forEach((agent, j2) => {
      const stage = stages.get(agent);
      if (stage === void 0) {
        throw source.error(
          [...at, "agents", j2],
          `unknown agent "${agent}"; agents in this team: ${[...stages.keys()].join(", ")}`
        );
      }
      if (!PROPOSING_STAGES.includes(stage)) {
        throw source.error(
          [...at, "agents", j2],
          `agent "${agent}" has stage ${stage}: reviewers judge the engine's plan and get no external tools; name a ${PROPOSING_STAGES.join(", ")} agent`
        );
      }
    });
    return {
      name,
      transport: transportOf(source, entry, at),
      ...entry.agents && { agents: [...new Set(entry.agents)] },
      ...entry.allowed_tools && { allowedTools: [...new Set(entry.allowed_tools)] },
      startupTimeoutMs: (entry.startup_timeout_seconds ?? DEFAULT_STARTUP_TIMEOUT_SECONDS) * 1e3,
      callTimeoutMs: (entry.timeout_seconds ?? DEFAULT_CALL_TIMEOUT_SECONDS) * 1e3
    };
  });
}
function transportOf(source, entry, at) {
  if (entry.command === void 0 === (entry.url === void 0)) {
    throw source.error(
      at,
      "an MCP server needs exactly one of `command` (a program started over stdio) and `url` (Streamable HTTP)"
    );
  }
  if (entry.command !== void 0) {
    for (const key of ["headers"]) {
      if (entry[key]) throw source.error([...at, key], `\`${key}\` is for an HTTP server (\`url\`)`);
    }
    return {
      kind: "stdio",
      command: entry.command,
      args: entry.args ?? [],
      env: entry.env ?? {},
      ...entry.cwd && { cwd: entry.cwd }
    };
  }
  for (const key of ["args", "env", "cwd"]) {
    if (entry[key]) throw source.error([...at, key], `\`${key}\` is for a stdio server (\`command\`)`);
  }
  const url = entry.url;
  const problem = urlProblem(url);
  if (problem) throw source.error([...at, "url"], problem);
  return { kind: "http", url, headers: entry.headers ?? {} };
}
function urlProblem(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return "not a valid URL";
  }
  if (url.protocol === "https:") return void 0;
  if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)) return void 0;
  return "an MCP server URL must be https: (http: only for localhost or 127.0.0.1)";
}

export {
  packagePath,
  interpolate,
  userIssueMessage,
  parseAddressRange,
  policyRules,
  COMMON_SETTINGS,
  policyConfigSchema,
  parseConfig,
  defaultConfig,
  loadConfig,
  isSecretFieldName,
  configTextSecrets,
  mcpServersSchema,
  PROPOSING_STAGES,
  parseMcpServers,
  urlProblem
};

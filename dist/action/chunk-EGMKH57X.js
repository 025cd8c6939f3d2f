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
} from "./chunk-DJDPMIRB.js";
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
  return values.map((v) => JSON.stringify(v)).join(", ");
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
  return asList(value).flatMap((v) => {
    const text = asText(v);
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
  for (const v of values) {
    if (Array.isArray(v)) v.forEach((item) => out.push(item));
    else out.push(v);
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
    const touched = new Set(ctx.changes.filter((c) => c.action !== "delete").map((c) => c.address));
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
  return new Map(ctx.changes.filter((c) => c.action !== "delete").map((c) => [c.address, c]));
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
    const changed = new Set(ctx.changes.filter((c) => c.action !== "delete").map((c) => c.address));
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
  const ranged = cost.resources.filter((r) => r.usageRange !== void 0).sort((a, b) => b.usageRange.high - a.usageRange.high);
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
  let s = text.toLowerCase();
  const dotted = /^(.*:)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(s);
  if (dotted) {
    const v4 = parseV4(dotted[2]);
    if (v4 === void 0) return void 0;
    s = `${dotted[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = s.split("::");
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
  const s = text.trim();
  if (EVERYONE.has(s.toLowerCase())) return [whole(4), whole(6)];
  const parsed = parseRange(s);
  if (parsed === void 0 && ADDRESS_LIKE.test(s)) return [whole(4), whole(6)];
  return parsed;
}
var ADDRESS_LIKE = /^(?=.*\d)[0-9a-fA-F.:/ ]+$/;
function parseRange(s) {
  const parts = s.split("/");
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
  const sorted = ranges.filter((r) => r.family === family).sort((a, b) => a.first < b.first ? -1 : a.first > b.first ? 1 : 0);
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
  return sources2.flatMap((s) => s.ranges.filter((r) => r.family === family));
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
  for (const family of FAMILIES.filter((f) => families.includes(f))) {
    const inFamily = sources2.filter((s) => s.ranges.some((r) => r.family === family));
    if (!isWorldOpen(inFamily, family, fraction)) continue;
    const wide = inFamily.filter((s) => isWorldOpen([s], family, fraction));
    const listed = wide.length > 0 ? wide : inFamily;
    const texts = [...new Set(listed.map((s) => s.text.trim()))].filter((t) => !seen.has(t));
    texts.forEach((t) => seen.add(t));
    if (texts.length === 0) continue;
    const share = internetShare(rangesIn(listed, family), family);
    const plain = listed.some((s) => s.ranges.some((r) => r.family === family && isWholeSpace(r)));
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
function range(a, b) {
  const from = Math.max(0, Math.min(a, b));
  const to = Math.min(65535, Math.max(a, b));
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
  ].every((v) => asList(v).length === 0);
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
  return entries.flatMap((e) => e.sources.filter((s) => s.ranges.some((r) => r.family === family)));
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
  return [...blames.values()].sort((a, b) => a.entries[0].order - b.entries[0].order);
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
    const watched = [...new Set(ports)].sort((a, b) => a - b);
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
        (b) => [...b.ports].flatMap(([family, open]) => open.map((p) => exposureKey(p, family)))
      );
      exposed.set(scope, new Set(keys));
    }
    const combinations = /* @__PURE__ */ new Map();
    for (const resource of ctx.desired) {
      const worn = attachedScopes(resource).filter((s) => scopes.has(s)).sort();
      if (worn.length < 2) continue;
      const key = worn.join("\0");
      let blames = combinations.get(key);
      if (!blames) {
        const skip = new Set(worn.flatMap((s) => [...exposed.get(s) ?? []]));
        blames = blame(
          worn.flatMap((s) => scopes.get(s) ?? []).sort((a, b) => a.order - b.order),
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
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
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
var approvalsSchema = external_exports.strictObject({
  required: external_exports.number().int().min(0).nullish(),
  apply_on: external_exports.enum(["approval", "command"]).nullish(),
  environments: external_exports.record(external_exports.string(), environmentApprovalSchema).nullish()
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
  usage_ranges: external_exports.strictObject(Object.fromEntries(USAGE_KEYS.map((k) => [k, usageRangeSchema.optional()]))).nullish()
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
      environments
    },
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
  return words.some((w) => SECRET_WORDS.has(w));
}
function fieldSecrets(raw, env) {
  const found = [];
  const visit = (value, secret) => {
    if (typeof value === "string" || typeof value === "number") {
      if (!secret) return;
      const reading = new Proxy(env, {
        get(target, name) {
          const v = typeof name === "string" ? target[name] : void 0;
          if (v) found.push(v);
          return v;
        }
      });
      found.push(String(interpolate(String(value), reading).data));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, secret);
    } else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, secret || isSecretFieldName(k));
    }
  };
  visit(raw, false);
  return found.filter((s) => s !== "");
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
    (entry.agents ?? []).forEach((agent, j) => {
      const stage = stages.get(agent);
      if (stage === void 0) {
        throw source.error(
          [...at, "agents", j],
          `unknown agent "${agent}"; agents in this team: ${[...stages.keys()].join(", ")}`
        );
      }
      if (!PROPOSING_STAGES.includes(stage)) {
        throw source.error(
          [...at, "agents", j],
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

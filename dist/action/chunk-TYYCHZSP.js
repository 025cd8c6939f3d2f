import { createRequire as __plagenticRequire } from 'node:module'; const require = __plagenticRequire(import.meta.url);
import {
  DEFAULT_SPEC_LIMITS,
  MAX_RESOURCES_KEY,
  MAX_SPEC_BYTES_KEY,
  PROTECTED_TAG,
  deepEqual,
  describeUsage,
  formatFieldPath,
  formatInline,
  formatKey,
  formatScalar,
  formatUnitPrice,
  formatUsd,
  formatUsdDelta,
  formatUsdPerHour,
  formatUsdRange,
  isPlainObject,
  isRef,
  parseYamlSource,
  refTarget,
  require_dist,
  scrubControls,
  zodIssueToError
} from "./chunk-IT5BDKXA.js";
import {
  external_exports
} from "./chunk-DSOI4Y75.js";
import {
  RepositoryFileError,
  checkRepositoryPath,
  resolveRepositoryFiles
} from "./chunk-YEAFAQKE.js";
import {
  LimitError,
  NotFoundError,
  PlagenticError,
  RefusedError,
  SpecError,
  formatNumber
} from "./chunk-WMOPTJPP.js";
import {
  getResourceType,
  resourceTypes
} from "./chunk-7W3TKOHO.js";
import {
  __toESM
} from "./chunk-TXMSPRBW.js";

// src/render/budget-line.ts
function budgetForecast(plan, quote = (name) => name) {
  const after = plan.cost.monthlyAfter;
  const unknown = plan.cost.unknown.length;
  const figure = unknown > 0 ? `at least ${formatUsd(after)}` : formatUsd(after);
  const caveat = unknown > 0 ? ` (${unknown} unknown price${unknown === 1 ? " is" : "s are"} not counted)` : "";
  const budget = plan.budget?.monthly;
  const name = quote(plan.environment);
  if (budget === void 0)
    return {
      text: `After this change ${name} costs ${figure} a month${caveat}; its spec sets no budget.`,
      over: false
    };
  const overBy = Math.round(after * 100) - Math.round(budget * 100);
  if (overBy > 0)
    return {
      text: `\u26A0\uFE0F After this change ${name} costs ${figure} a month, ${formatUsd(overBy / 100)} over its ${formatUsd(budget)} budget${caveat}.`,
      over: true
    };
  return {
    text: `After this change ${name} costs ${figure} a month of its ${formatUsd(budget)} budget${caveat}.`,
    over: false
  };
}

// src/render/ansi.ts
var wrap = (open, close) => (s) => s === "" ? s : `\x1B[${open}m${s}\x1B[${close}m`;
var colored = {
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  red: wrap(31, 39),
  cyan: wrap(36, 39),
  magenta: wrap(35, 39),
  bold: wrap(1, 22),
  dim: wrap(2, 22)
};
var identity = (s) => s;
var plain = {
  green: identity,
  yellow: identity,
  red: identity,
  cyan: identity,
  magenta: identity,
  bold: identity,
  dim: identity
};
function palette(color) {
  return color ? colored : plain;
}

// src/render/arrays.ts
function pushAll(target, items) {
  for (const item of items) target.push(item);
  return target;
}
function maxOf(values, floor = 0) {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}
function* mapLazily(items, fn) {
  for (const item of items) yield fn(item);
}

// src/render/cost-lines.ts
var NO_RESOURCE = "-";
function changedCostRows(plan) {
  const byAddress = /* @__PURE__ */ new Map();
  for (const r of plan.cost.resources) byAddress.set(r.address, r);
  const priced = [];
  for (const change of plan.changes) {
    const r = byAddress.get(change.address);
    if (r) priced.push([change, r]);
  }
  return { total: priced.length, rows: mapLazily(priced, ([change, r]) => costRow(change, r)) };
}
function costRow(change, r) {
  const before = change.action === "create" ? void 0 : r.monthlyBefore;
  const after = change.action === "delete" ? void 0 : r.monthlyAfter;
  let delta = r.monthlyDelta;
  if (delta === null && before === void 0 && after !== void 0 && after !== null) delta = after;
  if (delta === null && after === void 0 && before !== void 0 && before !== null) delta = -before;
  return {
    address: change.address,
    before: before === void 0 ? NO_RESOURCE : formatUsd(before),
    after: after === void 0 ? NO_RESOURCE : formatUsd(after),
    delta: formatUsdDelta(delta)
  };
}
function unknownPriceLine(u) {
  return `unknown: ${u.address} ${u.component}: ${u.reason}`;
}
function usageLine(u) {
  return `depends on usage: ${formatUnitPrice(u.unitPrice, u.unit)} (${u.address} ${u.component})`;
}
function unrangedUsage(cost) {
  return cost.usageBased.filter((u) => u.inRange !== true);
}
function rangedResources(cost) {
  return cost.resources.filter((r) => !!r.usageRange);
}
function assumptionsText(range3) {
  return range3.assumptions.map(describeUsage).join(", ");
}
function usageRangeLine(r) {
  const range3 = r.usageRange;
  const left = range3.leavesOut && range3.leavesOut.length > 0 ? `; leaves out ${range3.leavesOut.join(", ")} (unknown price)` : "";
  return `usage-based: ${r.address} ${formatUsdRange(range3.low, range3.high)}/month at ${assumptionsText(range3)} (assumed; add usage: figures for an exact price, see README${left})`;
}
function rangeTotalText(cost) {
  if (!cost.usageRange || !cost.monthlyAfterRange) return void 0;
  const { usageRange: usage, monthlyAfterRange: all } = cost;
  const n = cost.unknown.length;
  const without = n > 0 ? `, without ${n} unknown price${n === 1 ? "" : "s"}` : "";
  return `Total: ${formatUsd(cost.monthlyAfter)}/month known + ${formatUsdRange(usage.low, usage.high)} usage-based (${formatUsdRange(all.low, all.high)}/month at assumed usage${without})`;
}
function sourceText(s) {
  return `${s.source} (as of ${s.asOf})`;
}
function monthlyDeltaText(cost) {
  const unknown = cost.unknown.length > 0 ? ` (+ ${cost.unknown.length} unknown)` : "";
  const delta = formatUsdDelta(cost.monthlyDelta);
  return `${delta === "$0.00" ? "no cost change" : `${delta}/month`}${unknown}`;
}
function totalsCaveat(cost) {
  const n = cost.unknown.length;
  if (n === 0) return void 0;
  return `Totals leave out ${n} unknown price${n === 1 ? "" : "s"}; they are not counted as $0.`;
}

// src/sort-strings.ts
var SHORT = 16;
function sortStrings(values) {
  if (values.length > SHORT) return values.sort();
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > value) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = value;
  }
  return values;
}

// src/render/plan-diff.ts
var HEADLINE = {
  create: "will be created",
  update: "will be updated in-place",
  replace: "must be replaced",
  delete: "will be destroyed",
  adopt: "will be adopted (ownership tags added, nothing else changes)"
};
var ADOPT_WITH_UPDATE = "will be adopted (ownership tags added, then updated in-place)";
var DEPOSED_NOTE = "# (a second copy left over from a replacement that did not finish)";
var RESOURCE_SIGN = {
  create: "+",
  update: "~",
  replace: "-/+",
  delete: "-",
  adopt: "~"
};
function resourceName(change) {
  const { type } = change;
  const address = change.liveAddress ?? change.address;
  const at = address.startsWith(`${type}.`) ? 0 : address.indexOf(`.${type}.`) + 1;
  if (at === 0 && !address.startsWith(`${type}.`)) return address;
  const rest = address.slice(at + type.length + 1);
  return /^[A-Za-z0-9_-]+/.exec(rest)?.[0] ?? rest;
}
function line(depth, sign, text) {
  return { kind: "line", depth, sign, text };
}
function closing(depth, text, closes) {
  return { kind: "line", depth, sign: " ", text, closes };
}
function comment(depth, text) {
  return { kind: "comment", depth, sign: " ", text };
}
function hidden(depth, count2, noun) {
  if (count2 === 0) return [];
  return [comment(depth, `# (${count2} unchanged ${noun}${count2 === 1 ? "" : "s"} hidden)`)];
}
function withNote(lines, note) {
  const first = lines[0];
  if (note !== void 0 && first) lines[0] = { ...first, note };
  return lines;
}
function isAbsent(v) {
  return v === void 0 || v === null;
}
var NO_MAP_KEYS = () => false;
function valueLines(prefix, v, depth, sign, suffix, quoteKeys) {
  if (Array.isArray(v)) {
    if (v.length === 0) return [line(depth, sign, `${prefix}[]${suffix}`)];
    const out = [line(depth, sign, `${prefix}[`)];
    for (const item of v) pushAll(out, valueLines("", item, depth + 1, sign, ",", false));
    out.push(closing(depth, `]${suffix}`, sign));
    return out;
  }
  if (isPlainObject(v)) {
    const keys = sortStrings(Object.keys(v));
    if (keys.length === 0) return [line(depth, sign, `${prefix}{}${suffix}`)];
    const width = maxOf(keys.map((k) => formatKey(k, quoteKeys).length));
    const out = [line(depth, sign, `${prefix}{`)];
    for (const k of keys) {
      const key = `${formatKey(k, quoteKeys).padEnd(width)} = `;
      pushAll(out, valueLines(key, v[k], depth + 1, sign, "", false));
    }
    out.push(closing(depth, `}${suffix}`, sign));
    return out;
  }
  return [line(depth, sign, `${prefix}${formatScalar(v)}${suffix}`)];
}
function diffValue(prefix, before, after, depth, element, quoteKeys) {
  const end = element ? "," : "";
  const removedEnd = element ? "," : " -> null";
  if (isAbsent(before) && isAbsent(after)) return [];
  if (isAbsent(before)) return valueLines(prefix, after, depth, "+", end, quoteKeys);
  if (isAbsent(after)) return valueLines(prefix, before, depth, "-", removedEnd, quoteKeys);
  if (deepEqual(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const out2 = pushAll([line(depth, "~", `${prefix}[`)], listDiff(before, after, depth + 1));
    out2.push(line(depth, " ", `]${end}`));
    return out2;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const out2 = [line(depth, "~", `${prefix}{`)];
    pushAll(out2, objectDiff(before, after, depth + 1, { mapKeys: quoteKeys }));
    out2.push(line(depth, " ", `}${end}`));
    return out2;
  }
  const scalar = (v) => !Array.isArray(v) && !isPlainObject(v);
  if (scalar(before) && scalar(after)) {
    return [line(depth, "~", `${prefix}${formatScalar(before)} -> ${formatScalar(after)}${end}`)];
  }
  const out = valueLines(prefix, before, depth, "-", removedEnd, quoteKeys);
  return pushAll(out, valueLines(prefix, after, depth, "+", end, quoteKeys));
}
function objectDiff(before, after, depth, opts) {
  const quote = opts.mapKeys ?? false;
  const childIsMap = opts.childIsMap ?? NO_MAP_KEYS;
  const identity2 = opts.identity ?? [];
  const keys = sortStrings([.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])]);
  const changed = keys.filter((k) => !deepEqual(before[k] ?? null, after[k] ?? null));
  const shownKeys = [...identity2.map(([k]) => k), ...changed];
  const width = maxOf(shownKeys.map((k) => formatKey(k, quote).length));
  const prefix = (k) => `${formatKey(k, quote).padEnd(width)} = `;
  const lines = identity2.map(([k, v]) => line(depth, " ", `${prefix(k)}${formatScalar(v)}`));
  for (const k of changed) {
    pushAll(
      lines,
      withNote(diffValue(prefix(k), before[k], after[k], depth, false, childIsMap(k)), opts.note?.(k))
    );
  }
  return pushAll(lines, hidden(depth, keys.length - changed.length, quote ? "element" : "attribute"));
}
function listOps(before, after) {
  let start = 0;
  while (start < before.length && start < after.length && deepEqual(before[start], after[start])) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && deepEqual(before[endB - 1], after[endA - 1])) {
    endB--;
    endA--;
  }
  const ops = before.slice(0, start).map((value) => ({ kind: "same", value }));
  const b = before.slice(start, endB);
  const a = after.slice(start, endA);
  if (b.length * a.length > 25e4) {
    for (const value of b) ops.push({ kind: "del", value });
    for (const value of a) ops.push({ kind: "add", value });
  } else {
    const table2 = Array.from({ length: b.length + 1 }, () => new Array(a.length + 1).fill(0));
    for (let i2 = b.length - 1; i2 >= 0; i2--) {
      for (let j2 = a.length - 1; j2 >= 0; j2--) {
        table2[i2][j2] = deepEqual(b[i2], a[j2]) ? table2[i2 + 1][j2 + 1] + 1 : Math.max(table2[i2 + 1][j2], table2[i2][j2 + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < b.length || j < a.length) {
      if (i < b.length && j < a.length && deepEqual(b[i], a[j])) {
        ops.push({ kind: "same", value: b[i] });
        i++;
        j++;
      } else if (j >= a.length || i < b.length && table2[i + 1][j] >= table2[i][j + 1]) {
        ops.push({ kind: "del", value: b[i] });
        i++;
      } else {
        ops.push({ kind: "add", value: a[j] });
        j++;
      }
    }
  }
  for (let k = endB; k < before.length; k++) ops.push({ kind: "same", value: before[k] });
  return ops;
}
function listDiff(before, after, depth) {
  const ops = listOps(before, after);
  const lines = [];
  let same = 0;
  let dels = [];
  let adds = [];
  const flushGap = () => {
    const paired = Math.min(dels.length, adds.length);
    const restDels = [];
    const restAdds = [];
    for (let i = 0; i < Math.max(dels.length, adds.length); i++) {
      const d = dels[i];
      const a = adds[i];
      if (i < paired && isPlainObject(d) && isPlainObject(a)) {
        lines.push(line(depth, "~", "{"));
        pushAll(lines, objectDiff(d, a, depth + 1, {}));
        lines.push(line(depth, " ", "},"));
      } else {
        if (d !== void 0) restDels.push(d);
        if (a !== void 0) restAdds.push(a);
      }
    }
    for (const d of restDels) pushAll(lines, valueLines("", d, depth, "-", ",", false));
    for (const a of restAdds) pushAll(lines, valueLines("", a, depth, "+", ",", false));
    dels = [];
    adds = [];
  };
  for (const op of ops) {
    if (op.kind === "same") {
      flushGap();
      same++;
      continue;
    }
    pushAll(lines, hidden(depth, same, "element"));
    same = 0;
    (op.kind === "del" ? dels : adds).push(op.value);
  }
  flushGap();
  return pushAll(lines, hidden(depth, same, "element"));
}
function viewOf(state) {
  if (!state) return {};
  const view = { ...state.attributes };
  if (Object.keys(state.tags).length > 0) view.tags = state.tags;
  return view;
}
var TAGS_ARE_MAP = (key) => key === "tags";
function changeLines(change, opts) {
  const protectedNote = change.protected && change.action !== "create" ? " (protected)" : "";
  const lines = [
    {
      kind: "header",
      depth: 0,
      sign: " ",
      text: `# ${change.address} ${headline(change)}${protectedNote}`
    }
  ];
  if (change.liveAddress !== void 0) {
    lines.push({ kind: "header", depth: 0, sign: " ", text: DEPOSED_NOTE });
  } else if (change.action === "delete" && !opts.destroyPlan) {
    lines.push({ kind: "header", depth: 0, sign: " ", text: "# (because it is no longer in the spec)" });
  }
  const sign = RESOURCE_SIGN[change.action];
  lines.push(
    line(0, sign, `resource ${JSON.stringify(change.type)} ${JSON.stringify(resourceName(change))} {`)
  );
  const before = viewOf(change.before);
  const after = viewOf(change.after);
  if (change.action === "create" || change.action === "delete") {
    const shown = change.action === "create" ? after : before;
    const keys = sortStrings(Object.keys(shown).filter((k) => shown[k] !== null));
    const names = keys.map((k) => formatKey(k, false));
    const showsId = change.action === "delete" && change.id !== void 0;
    const width = maxOf(
      names.map((n) => n.length),
      showsId ? "id".length : 0
    );
    const s = change.action === "create" ? "+" : "-";
    const end = change.action === "create" ? "" : " -> null";
    if (showsId) {
      lines.push(line(1, "-", `${"id".padEnd(width)} = ${formatScalar(change.id)} -> null`));
    }
    keys.forEach((k, i) => {
      const key = `${names[i].padEnd(width)} = `;
      pushAll(lines, valueLines(key, shown[k], 1, s, end, TAGS_ARE_MAP(k)));
    });
  } else {
    const reasons = new Set(change.replaceReasons ?? []);
    const keys = /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)]);
    const forced = [...reasons].filter((r) => !keys.has(r)).map((r) => comment(1, `# (replacement forced by ${r})`));
    pushAll(
      lines,
      objectDiff(before, after, 1, {
        childIsMap: TAGS_ARE_MAP,
        note: (k) => change.action === "replace" && reasons.has(k) ? "# forces replacement" : void 0,
        identity: change.id !== void 0 ? [["id", change.id]] : []
      })
    );
    pushAll(lines, forced);
  }
  lines.push(line(0, " ", "}"));
  return lines;
}
function headline(change) {
  return change.action === "adopt" && change.changedAttributes.length > 0 ? ADOPT_WITH_UPDATE : HEADLINE[change.action];
}
function diffLineText(l, p) {
  if (l.kind === "blank") return "";
  if (l.kind === "header") return `  ${p.bold(l.text)}`;
  const column = 4 * l.depth + 3;
  const signText = l.sign === " " ? "" : colorSign(l.sign, p);
  const pad = " ".repeat(column - (l.sign === " " ? 0 : l.sign.length));
  const body = l.kind === "comment" ? p.dim(l.text) : l.text;
  const note = l.note !== void 0 ? ` ${p.red(l.note)}` : "";
  return `${pad}${signText} ${body}${note}`;
}
function colorSign(sign, p) {
  switch (sign) {
    case "+":
      return p.green("+");
    case "-":
      return p.red("-");
    case "~":
      return p.yellow("~");
    case "-/+":
      return `${p.red("-")}/${p.green("+")}`;
  }
}
function diffLineMarkdown(l) {
  if (l.kind === "blank") return "";
  if (l.kind === "header") return `  ${l.text}`;
  const sign = l.sign === " " && (l.closes === "+" || l.closes === "-") ? l.closes : l.sign;
  const first = sign === "~" || sign === "-/+" ? "!" : sign;
  const note = l.note !== void 0 ? ` ${l.note}` : "";
  return `${first} ${" ".repeat(4 * l.depth)}${l.text}${note}`;
}

// src/render/markdown.ts
function escapeInline(text) {
  return text.replace(/\s*\r?\n\s*/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/@/g, "&#64;");
}
function code(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${ticks}${pad}${text}${pad}${ticks}`;
}
function fenceFor(lines) {
  let longest = 0;
  for (const l of lines) {
    if (!l.includes("```")) continue;
    for (const run of l.match(/`{3,}/g) ?? []) longest = Math.max(longest, run.length);
  }
  return "`".repeat(Math.max(3, longest + 1));
}
function markerLine(marker) {
  if (marker === void 0 || marker === "") return void 0;
  const trimmed = marker.trim();
  if (/^<!--[\s\S]*-->$/.test(trimmed) && !trimmed.slice(4, -3).includes("-->")) return trimmed;
  return `<!-- ${trimmed.replace(/--+>?/g, "-")} -->`;
}
var MAX_LINE = 2e3;
var CUT_MARK = " \u2026 (";
function capLine(line2, max = MAX_LINE) {
  if (line2.length <= max) return line2;
  let cut = max;
  const c = line2.charCodeAt(cut - 1);
  if (c >= 55296 && c <= 56319) cut--;
  return `${line2.slice(0, cut)}${CUT_MARK}${formatCount(line2.length - cut)} more characters)`;
}
function takeWithin(items, budget, total = Array.isArray(items) ? items.length : void 0) {
  const kept = [];
  let used = 0;
  for (const item of items) {
    if (used + item.length + 1 > budget) break;
    kept.push(item);
    used += item.length + 1;
  }
  return { kept, left: (total ?? kept.length) - kept.length };
}
function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function count(n, noun, plural = `${noun}s`) {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}

// src/render/policy-lines.ts
function verdictLabel(verdict) {
  return verdict.toUpperCase();
}
function reportedFindings(report) {
  const fails = [];
  const warns = [];
  for (const f of report.findings) {
    if (f.level === "fail") fails.push(f);
    else if (f.level !== "pass") warns.push(f);
  }
  return pushAll(fails, warns);
}
function evaluatedText(report) {
  const n = report.evaluated.length;
  return `${n} rule${n === 1 ? "" : "s"} evaluated`;
}

// src/render/plan-summary.ts
var NO_CHANGES = "No changes. Your infrastructure matches the configuration.";
function summaryText(summary) {
  return `Plan: ${summary.add} to add, ${summary.change} to change, ${summary.destroy} to destroy.`;
}
function unsupportedText(plan) {
  if (plan.unsupported.length === 0) return void 0;
  return `Cannot apply: the ${plan.provider} provider cannot apply ${plan.unsupported.join(", ")}. Apply is blocked until the plan no longer needs them.`;
}
function shortCommit(commit) {
  return commit === null ? void 0 : commit.slice(0, 7);
}
function scrubOutsideLists(plan) {
  const { changes, cost, policy } = plan;
  const head = scrubControls({
    ...plan,
    changes: [],
    cost: { ...cost, resources: [], unknown: [], usageBased: [] },
    policy: { ...policy, findings: [] }
  });
  return {
    ...head,
    changes,
    cost: { ...head.cost, resources: cost.resources, unknown: cost.unknown, usageBased: cost.usageBased },
    policy: { ...head.policy, findings: policy.findings }
  };
}

// src/render/plan-text.ts
var LEGEND = [
  { action: "create", sign: "  +", text: "create" },
  { action: "update", sign: "  ~", text: "update in-place" },
  { action: "replace", sign: "-/+", text: "destroy and then create replacement" },
  { action: "delete", sign: "  -", text: "destroy" },
  { action: "adopt", sign: "  ~", text: "adopt (add ownership tags to an existing resource)" }
];
function colorVerdict(verdict, text, p) {
  return verdict === "pass" ? p.green(text) : verdict === "warn" ? p.yellow(text) : p.red(text);
}
function colorLegendSign(sign, p) {
  return sign.replace("+", p.green("+")).replace("~", p.yellow("~")).replace(/-(?=\/|$)/, p.red("-"));
}
var TEXT_DIFF_LINES = 5e4;
var TEXT_ROWS = 5e3;
function table(rows, rightAligned) {
  const widths = rows[0].map((_, c) => maxOf(rows.map((r) => r[c].length)));
  return rows.map((r) => {
    let line2 = "  ";
    for (let c = 0; c < r.length; c++) {
      const cell = r[c];
      if (c > 0) line2 += "   ";
      line2 += rightAligned[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]);
    }
    return line2.trimEnd();
  });
}
function changesSection(plan, p, maxLines) {
  if (plan.changes.length === 0)
    return [`${p.green(p.bold("No changes."))} ${NO_CHANGES.slice("No changes. ".length)}`];
  const used = new Set(plan.changes.map((c) => c.action));
  const out = ["Resource actions are indicated with the following symbols:"];
  for (const l of LEGEND) if (used.has(l.action)) out.push(`${colorLegendSign(l.sign, p)} ${l.text}`);
  out.push("", "Plagentic will perform the following actions:", "");
  let lines = 0;
  let whole = 0;
  for (const change of plan.changes) {
    const diff = changeLines(scrubControls(change), { destroyPlan: plan.destroy });
    if (lines > 0) diff.unshift({ kind: "blank", depth: 0, sign: " ", text: "" });
    const room = maxLines - lines;
    for (const l of room < diff.length ? diff.slice(0, room) : diff) out.push(diffLineText(l, p));
    lines += diff.length;
    if (lines > maxLines) break;
    whole++;
  }
  if (whole < plan.changes.length) {
    out.push(
      "",
      p.yellow(
        `\u2026 ${count(plan.changes.length - whole, "more resource change")} not shown in full (the diff stops at ${count(maxLines, "line")}); \`plagentic plan ${plan.environment} --json\` has the whole plan.`
      )
    );
  }
  out.push("", p.bold(summaryText(plan.summary)));
  return out;
}
function capped(items, max, fn, noun) {
  const out = items.slice(0, max).map(fn);
  if (items.length > out.length) out.push(`\u2026 and ${count(items.length - out.length, noun)}`);
  return out;
}
function costSection(plan, p, maxRows) {
  const cost = plan.cost;
  const out = [p.bold(`Cost estimate (USD per month, ${cost.hoursPerMonth} hours):`), ""];
  const { total, rows } = changedCostRows(plan);
  const shown = [];
  for (const row of rows) {
    if (shown.length >= maxRows) break;
    shown.push([scrubControls(row.address), row.before, row.after, row.delta]);
  }
  if (total > shown.length)
    shown.push([`\u2026 and ${count(total - shown.length, "more changed resource")}`, "", "", ""]);
  pushAll(
    out,
    table(
      [
        ["Resource", "Before", "After", "Delta"],
        ...shown,
        [
          "Total",
          formatUsd(cost.monthlyBefore),
          formatUsd(cost.monthlyAfter),
          formatUsdDelta(cost.monthlyDelta)
        ]
      ],
      [false, true, true, true]
    )
  );
  const rangeTotal = rangeTotalText(cost);
  if (rangeTotal !== void 0) out.push("", `  ${p.bold(rangeTotal)}`);
  const caveat = totalsCaveat(cost);
  const notes = [
    ...caveat !== void 0 ? [p.yellow(caveat)] : [],
    ...capped(
      cost.unknown,
      maxRows,
      (u) => p.yellow(unknownPriceLine(scrubControls(u))),
      "more unknown price"
    ),
    ...capped(
      rangedResources(cost),
      maxRows,
      (r) => usageRangeLine(scrubControls({ address: r.address, usageRange: r.usageRange })),
      "more usage-based resource"
    ),
    ...capped(
      unrangedUsage(cost),
      maxRows,
      (u) => usageLine(scrubControls(u)),
      "more usage-priced component"
    )
  ];
  if (notes.length > 0) pushAll(out, ["", ...notes.map((n) => `  ${n}`)]);
  if (cost.sources.length > 0) out.push("", p.dim(`  Prices: ${cost.sources.map(sourceText).join("; ")}`));
  return out;
}
function policySection(plan, p, maxRows) {
  const policy = plan.policy;
  const out = [
    `${p.bold("Policy:")} ${colorVerdict(policy.verdict, p.bold(verdictLabel(policy.verdict)), p)} (${evaluatedText(policy)})`
  ];
  const findings = reportedFindings(policy);
  const line2 = (finding) => {
    const f = scrubControls(finding);
    const where = f.address !== void 0 ? ` ${f.address}:` : ":";
    return `  ${colorVerdict(f.level, verdictLabel(f.level).padEnd(4), p)}  ${f.rule}${where} ${f.message}`;
  };
  return pushAll(out, capped(findings, maxRows, line2, "more finding"));
}
function renderPlanText(input, opts) {
  const plan = scrubOutsideLists(input);
  const p = palette(opts.color);
  const maxRows = opts.maxRows ?? TEXT_ROWS;
  const commit = shortCommit(plan.commit);
  const out = [
    p.bold(
      `Plagentic plan for ${plan.environment} (${plan.provider}, ${plan.region})` + (commit !== void 0 ? ` at commit ${commit}` : "")
    )
  ];
  if (plan.destroy) out.push(p.red("This plan destroys every resource in the environment."));
  out.push("");
  pushAll(out, changesSection(plan, p, opts.maxDiffLines ?? TEXT_DIFF_LINES));
  const blocked = unsupportedText(plan);
  if (blocked !== void 0) out.push("", p.red(blocked));
  out.push("");
  pushAll(out, costSection(plan, p, maxRows));
  const forecast = budgetForecast(plan);
  out.push("", forecast.over ? p.red(forecast.text) : forecast.text, "");
  pushAll(out, policySection(plan, p, maxRows));
  out.push("", p.dim(`Plan hash: ${plan.hash}`));
  return `${out.join("\n")}
`;
}

// src/render/comment-splitter.ts
var GITHUB_COMMENT_LIMIT = 65536;
var MAX_COMMENT_PARTS = 10;
var SLACK = 256;
function fitLine(line2, room) {
  if (line2.length <= room) return line2;
  const note = ` \u2026 (${line2.length} characters, shortened)`;
  let cut = Math.max(0, room - note.length);
  const code2 = line2.charCodeAt(cut - 1);
  if (code2 >= 55296 && code2 <= 56319) cut--;
  return line2.slice(0, cut) + note;
}
function pack(lines, firstRoom, restRoom, maxParts) {
  const chunks = [{ start: 0, lines: [] }];
  let used = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const room = chunks.length === 1 ? firstRoom : restRoom;
    const line2 = fitLine(lines[i], restRoom - 1);
    const cost = line2.length + 1;
    if (used + cost > room) {
      if (chunks.length === maxParts) break;
      chunks.push({ start: i, lines: [] });
      used = 0;
    }
    chunks[chunks.length - 1].lines.push(line2);
    used += cost;
  }
  return { chunks, omitted: lines.length - i };
}
function splitIntoParts(lines, render, opts = {}) {
  const limit = opts.limit ?? GITHUB_COMMENT_LIMIT;
  const maxParts = Math.max(1, opts.maxParts ?? MAX_COMMENT_PARTS);
  const n = lines.length;
  let chars = 0;
  for (let i = 0; i < n && chars <= limit; i++) chars += lines[i].length + 1;
  if (chars <= limit) {
    const whole = render({ index: 0, total: 1, lines, firstLine: 0, totalLines: n, omitted: 0 });
    if (whole.length <= limit) return [whole];
  }
  const empty = (index, total2) => render({ index, total: total2, lines: [], firstLine: n, totalLines: n, omitted: n }).length;
  const total = Math.max(2, maxParts);
  const firstOverhead = Math.max(empty(0, total), empty(0, 1));
  const restOverhead = Math.max(empty(1, total), empty(total - 1, total));
  for (let slack = Math.min(SLACK, Math.ceil(limit / 20)); slack <= limit / 2; slack *= 2) {
    const firstRoom = limit - firstOverhead - slack;
    const restRoom = limit - restOverhead - slack;
    if (restRoom < 80) break;
    const { chunks, omitted } = pack(lines, Math.max(0, firstRoom), restRoom, maxParts);
    const parts = chunks.map(
      (c, index) => render({
        index,
        total: chunks.length,
        lines: c.lines,
        firstLine: c.start,
        totalLines: n,
        omitted: index === chunks.length - 1 ? omitted : 0
      })
    );
    if (parts.every((p) => p.length <= limit)) return parts;
  }
  throw new Error(`cannot fit the comment into ${maxParts} parts of ${limit} characters`);
}

// src/render/plan-markdown.ts
var FOLD_DIFF_LINES = 20;
var COST_ROWS_BUDGET = 12e3;
var COST_NOTES_BUDGET = 6e3;
var FINDINGS_BUDGET = 8e3;
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
function summaryLine(plan) {
  const outcome = plan.changes.length === 0 ? "No changes" : summaryText(plan.summary).replace(/\.$/, "");
  return `**${escapeInline(plan.environment)}** \xB7 ${outcome} \xB7 ${monthlyDeltaText(plan.cost)} \xB7 policy: ${plan.policy.verdict}`;
}
function metaLine(plan) {
  const commit = shortCommit(plan.commit);
  const bits = [plan.provider, escapeInline(plan.region)];
  if (commit !== void 0) bits.push(`commit ${code(commit)}`);
  bits.push(`plan ${code(plan.hash.slice(0, 12))}`);
  return `<sub>${bits.join(" \xB7 ")}</sub>`;
}
function costSection2(plan, hourly) {
  const cost = plan.cost;
  const out = [`#### Monthly cost (USD, ${cost.hoursPerMonth} hours)`, ""];
  if (hourly)
    out.push(
      `**After this change: ${formatUsdPerHour(cost.monthlyAfter, cost.hoursPerMonth)} per hour, ${formatUsd(cost.monthlyAfter)} per month${cost.unknown.length > 0 ? ", plus the unknown prices below" : ""}**`,
      ""
    );
  out.push("| Resource | Before | After | Delta |", "| --- | ---: | ---: | ---: |");
  const { total, rows } = changedCostRows(plan);
  const lines = mapLazily(rows, (row) => {
    const r = scrubControls(row);
    return `| ${code(r.address)} | ${r.before} | ${r.after} | ${r.delta} |`;
  });
  const { kept, left } = takeWithin(lines, COST_ROWS_BUDGET, total);
  pushAll(out, kept);
  if (left > 0) out.push(`| _\u2026 and ${count(left, "more changed resource")}_ | | | |`);
  out.push(
    `| **Total** | **${formatUsd(cost.monthlyBefore)}** | **${formatUsd(cost.monthlyAfter)}** | **${formatUsdDelta(cost.monthlyDelta)}** |`
  );
  const rangeTotal = rangeTotalText(cost);
  if (rangeTotal !== void 0) out.push("", `**${escapeInline(rangeTotal)}**`);
  const forecast = budgetForecast(plan, code);
  out.push("", forecast.over ? `**${forecast.text}**` : forecast.text);
  const caveat = totalsCaveat(cost);
  const ranged = rangedResources(cost);
  const unranged = unrangedUsage(cost);
  const notes = costNotes(cost, ranged, unranged);
  const noteCount = cost.unknown.length + ranged.length + unranged.length;
  if (caveat !== void 0 || noteCount > 0) {
    out.push("");
    if (caveat !== void 0) out.push(`**${caveat}**`, "");
    const shown = takeWithin(notes, COST_NOTES_BUDGET, noteCount);
    pushAll(out, shown.kept);
    if (shown.left > 0)
      out.push(`- _\u2026 and ${count(shown.left, "more note")}; see \`plagentic plan --json\`_`);
  }
  if (cost.sources.length > 0) {
    out.push("", `<sub>Prices: ${cost.sources.map((s) => escapeInline(sourceText(s))).join("; ")}</sub>`);
  }
  return out;
}
function* costNotes(cost, ranged, unranged) {
  for (const u of cost.unknown) yield `- ${escapeInline(unknownPriceLine(scrubControls(u)))}`;
  for (const r of ranged) {
    const line2 = usageRangeLine(scrubControls({ address: r.address, usageRange: r.usageRange }));
    yield `- ${escapeInline(line2)}`;
  }
  for (const u of unranged) yield `- ${escapeInline(usageLine(scrubControls(u)))}`;
}
function policySection2(plan) {
  const policy = plan.policy;
  const out = [
    `#### Policy: ${VERDICT_ICON[policy.verdict]} ${policy.verdict.toUpperCase()}`,
    "",
    `${evaluatedText(policy)}.`
  ];
  const reported = reportedFindings(policy);
  if (reported.length > 0) {
    const findings = mapLazily(reported, (finding) => {
      const f = scrubControls(finding);
      const where = f.address !== void 0 ? ` ${code(f.address)}` : "";
      return `- ${VERDICT_ICON[f.level]} **${f.level}** ${code(f.rule)}${where}: ${escapeInline(f.message)}`;
    });
    const { kept, left } = takeWithin(findings, FINDINGS_BUDGET, reported.length);
    pushAll(out, ["", ...kept]);
    if (left > 0) out.push(`- _\u2026 and ${count(left, "more finding")}_`);
  }
  return out;
}
function diffText(changes, destroyPlan, budget) {
  const lines = [];
  const ends = [];
  let chars = 0;
  for (const change of changes) {
    if (chars > budget) break;
    if (lines.length > 0) lines.push("");
    for (const l of changeLines(scrubControls(change), { destroyPlan })) {
      const text = capLine(diffLineMarkdown(l));
      lines.push(text);
      chars += text.length + 1;
    }
    ends.push(lines.length);
  }
  return { lines, ends, complete: ends.length === changes.length };
}
function wholeChanges(ends, shown) {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ends[mid] <= shown) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function diffSection(slice, fence, unfolded, complete) {
  if (slice.lines.length === 0) return [];
  const body = [`${fence}diff`, ...slice.lines, fence];
  if (unfolded || slice.lines.length <= FOLD_DIFF_LINES) return body;
  const of = complete ? ` of ${formatCount(slice.totalLines)}` : "";
  const label = slice.total > 1 || slice.lines.length < slice.totalLines ? `Plan diff, lines ${formatCount(slice.firstLine + 1)}\u2013${formatCount(slice.firstLine + slice.lines.length)}${of}` : `Show plan diff (${count(slice.lines.length, "line")})`;
  return [`<details><summary>${label}</summary>`, "", ...body, "", "</details>"];
}
function renderPlanMarkdown(input, opts = {}) {
  const plan = scrubOutsideLists(input);
  const marker = markerLine(opts.marker);
  const title = opts.title ?? `Plagentic plan for ${code(plan.environment)}`;
  const limit = opts.limit ?? GITHUB_COMMENT_LIMIT;
  const maxParts = Math.max(1, opts.maxParts ?? MAX_COMMENT_PARTS);
  const diff = diffText(plan.changes, plan.destroy, limit * maxParts);
  const fence = fenceFor(diff.lines);
  const summary = summaryLine(plan);
  const meta = metaLine(plan);
  const blocked = unsupportedText(plan);
  const cost = costSection2(plan, opts.hourly ?? false);
  const policy = policySection2(plan);
  const render = (slice) => {
    const last = slice.index === slice.total - 1;
    const out = marker !== void 0 ? [marker] : [];
    out.push(`### ${title}${slice.total > 1 ? ` (part ${slice.index + 1} of ${slice.total})` : ""}`, "");
    if (slice.index === 0) {
      out.push(summary, "", meta, "");
      if (plan.destroy)
        out.push("> [!CAUTION]", "> This plan destroys every resource in the environment.", "");
      if (blocked !== void 0) out.push("> [!WARNING]", `> ${escapeInline(blocked)}`, "");
      if (slice.totalLines === 0) out.push(NO_CHANGES, "");
    }
    const section = diffSection(slice, fence, opts.unfolded ?? false, diff.complete);
    if (section.length > 0) pushAll(out, section).push("");
    if (slice.index === 0 && slice.total > 1) {
      const rest = slice.total === 2 ? "part 2" : `parts 2\u2013${slice.total}`;
      out.push(`_The diff continues in ${rest}, the following comment${slice.total === 2 ? "" : "s"}._`, "");
    }
    if (last && slice.omitted > 0) {
      const cut = plan.changes.length - wholeChanges(diff.ends, slice.totalLines - slice.omitted);
      out.push(
        `_${count(cut, "more resource change")} not shown in full: the plan does not fit in ${maxParts} comments. Run ${code(`plagentic plan ${plan.environment}`)} locally to see the full plan._`,
        ""
      );
    }
    if (slice.index === 0) pushAll(pushAll(out, cost), ["", ...policy, ""]);
    if (last && opts.nextStep !== void 0 && opts.nextStep !== "") out.push(opts.nextStep, "");
    return `${out.join("\n").trimEnd()}
`;
  };
  return splitIntoParts(diff.lines, render, { limit, maxParts });
}

// src/render/drift.ts
var KIND_TEXT = {
  changed: "changed outside Plagentic",
  missing: "missing: in the spec but not in the cloud",
  unmanaged: "unmanaged: tagged for this environment but not in the spec"
};
function noDriftText(report) {
  return `No drift: ${count(report.checked, "resource")} match the spec.`;
}
function driftHeadline(report) {
  const n = report.items.length;
  return `Drift in ${report.environment} (${report.provider}): ${count(n, "resource")} ${n === 1 ? "differs" : "differ"} from the spec (${formatCount(report.checked)} checked).`;
}
function differenceText(d) {
  return `${d.attribute}: ${formatInline(d.expected)} -> ${formatInline(d.actual)}`;
}
var DRIFT_ROWS_BUDGET = GITHUB_COMMENT_LIMIT - 4e3;
function renderDriftMarkdown(input) {
  const report = scrubControls(input);
  const out = [`### Plagentic drift: ${code(report.environment)}`, ""];
  if (report.items.length === 0) {
    out.push(`\u2705 ${noDriftText(report)}`);
    return `${out.join("\n")}
`;
  }
  out.push(`\u26A0\uFE0F ${escapeInline(driftHeadline(report))}`, "");
  const entries = mapLazily(report.items, (item) => {
    const id = item.id !== void 0 ? ` (${code(item.id)})` : "";
    const lines = [`- ${code(item.address)}${id}: ${KIND_TEXT[item.kind]}`];
    for (const d of item.differences) lines.push(`  - ${capLine(escapeInline(differenceText(d)), 1e3)}`);
    return lines.join("\n");
  });
  const { kept, left } = takeWithin(entries, DRIFT_ROWS_BUDGET, report.items.length);
  pushAll(out, kept);
  if (left > 0) out.push(`- _\u2026 and ${count(left, "more drifted resource")}_`);
  out.push(
    "",
    `Comment ${code(`/plagentic plan ${report.environment}`)} to see the changes that bring the cloud back to the spec.`
  );
  return `${out.join("\n")}
`;
}

// src/render/apply.ts
function tally(results) {
  let added = 0;
  let changed = 0;
  let destroyed = 0;
  for (const r of results) {
    if (r.status === "created") added++;
    else if (r.status === "updated" || r.status === "adopted") changed++;
    else if (r.status === "deleted") destroyed++;
    else if (r.status === "replaced") {
      added++;
      destroyed++;
    }
  }
  return { added, changed, destroyed };
}
function applyOutcome(result) {
  const failed = result.results.filter((r) => r.status === "failed").length;
  const total = result.results.length;
  if (result.ok && failed === 0) {
    const t = tally(result.results);
    return `Apply complete! Resources: ${t.added} added, ${t.changed} changed, ${t.destroyed} destroyed.`;
  }
  if (failed > 0) {
    return `Apply failed: ${failed} of ${total} resource${total === 1 ? "" : "s"} failed; run plan again to see what is left.`;
  }
  const skipped = result.results.filter((r) => r.status === "skipped").length;
  return `Apply incomplete: ${skipped} of ${total} resource${total === 1 ? "" : "s"} not applied; run plan again to see what is left.`;
}
var STATUS_ICON = {
  created: "\u2705",
  updated: "\u2705",
  replaced: "\u2705",
  deleted: "\u2705",
  adopted: "\u2705",
  failed: "\u274C",
  skipped: "\u23ED\uFE0F"
};
var APPLY_ROWS_BUDGET = GITHUB_COMMENT_LIMIT - 4e3;
function renderApplyMarkdown(input) {
  const result = scrubControls(input);
  const outcome = applyOutcome(result);
  const out = [
    `### Plagentic apply: ${code(result.environment)}`,
    "",
    `**${outcome}**`,
    "",
    `<sub>plan ${code(result.planHash.slice(0, 12))}</sub>`
  ];
  if (result.results.length > 0) {
    const row = (r) => {
      const detail = r.status === "failed" || r.status === "skipped" && r.error !== void 0 ? capLine(escapeInline(r.error ?? "unknown error"), 1e3) : r.id !== void 0 ? code(r.id) : "";
      return `| ${code(r.address)} | ${r.action} | ${STATUS_ICON[r.status]} ${r.status} | ${detail} |`;
    };
    const total = result.results.length;
    let shown = takeWithin(mapLazily(result.results, row), APPLY_ROWS_BUDGET, total);
    if (shown.left > 0) {
      const failedFirst = [
        ...result.results.filter((r) => r.status === "failed"),
        ...result.results.filter((r) => r.status !== "failed")
      ];
      shown = takeWithin(mapLazily(failedFirst, row), APPLY_ROWS_BUDGET, total);
    }
    out.push("", "| Resource | Action | Status | Id or error |", "| --- | --- | --- | --- |");
    pushAll(out, shown.kept);
    if (shown.left > 0) out.push(`| _\u2026 and ${count(shown.left, "more resource")}_ | | | |`);
  }
  return `${out.join("\n")}
`;
}

// src/team/line-diff.ts
var CONTEXT = 3;
function unifiedDiff(before, after, opts) {
  const a = splitLines(before ?? "");
  const b = splitLines(after);
  const ops = lineOps(a, b);
  if (!ops.some((op) => op.kind !== " ")) return "";
  const header = [`--- ${before === null ? "/dev/null" : `a/${opts.fromFile}`}`, `+++ b/${opts.toFile}`];
  return [...header, ...hunks(ops)].join("\n") + "\n";
}
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function lineOps(a, b) {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      lcs[i2][j2] = a[i2] === b[j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ops.push({ kind: "-", line: a[i++] });
    } else {
      ops.push({ kind: "+", line: b[j++] });
    }
  }
  while (i < n) ops.push({ kind: "-", line: a[i++] });
  while (j < m) ops.push({ kind: "+", line: b[j++] });
  return ops;
}
function hunks(ops) {
  const out = [];
  let k = 0;
  const oldAt = [];
  const newAt = [];
  let o = 1;
  let nw = 1;
  for (const op of ops) {
    oldAt.push(o);
    newAt.push(nw);
    if (op.kind !== "+") o++;
    if (op.kind !== "-") nw++;
  }
  while (k < ops.length) {
    if (ops[k].kind === " ") {
      k++;
      continue;
    }
    const start = Math.max(0, k - CONTEXT);
    let end = k;
    for (; ; ) {
      while (end < ops.length && ops[end].kind !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next].kind === " ") next++;
      if (next < ops.length && next - end <= 2 * CONTEXT) {
        end = next;
        continue;
      }
      end = Math.min(ops.length, end + CONTEXT);
      break;
    }
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== "+").length;
    const newCount = slice.filter((op) => op.kind !== "-").length;
    const oldStart = oldCount === 0 ? oldAt[start] - 1 : oldAt[start];
    const newStart = newCount === 0 ? newAt[start] - 1 : newAt[start];
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const op of slice) out.push(`${op.kind}${op.line}`);
    k = end;
  }
  return out;
}
function range(start, count2) {
  return count2 === 1 ? `${start}` : `${start},${count2}`;
}

// src/render/redact.ts
var MASK = "***";
var CREDENTIAL_PATTERNS = [
  /\bAKIA[0-9A-Z]{16}\b/g,
  // AWS access key id
  /\bASIA[0-9A-Z]{16}\b/g,
  // AWS temporary access key id
  /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g,
  // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/g,
  // OpenAI / Anthropic keys
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
var MIN_SECRET_LENGTH = 6;
var MIN_FORM_LENGTH = 5;
function createRedactor(secrets = [], opts = {}) {
  const known = /* @__PURE__ */ new Set();
  const forms = /* @__PURE__ */ new Set();
  const spans = (text) => {
    const found = [];
    for (const form of forms) {
      for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
        found.push([i, i + form.length]);
      }
    }
    for (const re of CREDENTIAL_PATTERNS) {
      for (const m of text.matchAll(re)) found.push([m.index, m.index + m[0].length]);
    }
    for (let at = text.indexOf(CUT_MARK); at !== -1; at = text.indexOf(CUT_MARK, at + 1)) {
      const cut = cutPrefix(text, at, forms);
      if (cut > 0) found.push([at - cut, at]);
    }
    return found;
  };
  const redact = ((text) => {
    let out = text;
    for (; ; ) {
      const next = maskSpans(out, spans(out));
      if (next === out) return out;
      out = next;
    }
  });
  redact.add = (more) => {
    for (const secret of more) {
      if (secret.trim().length < MIN_SECRET_LENGTH || known.has(secret)) continue;
      known.add(secret);
      for (const form of cachedForms(secret)) if (form.length >= MIN_FORM_LENGTH) forms.add(form);
      opts.onSecret?.(secret);
    }
  };
  redact.secretsIn = (text) => [...new Set(spans(text).map(([from, to]) => text.slice(from, to)))];
  redact.add(secrets);
  return redact;
}
var MIN_CUT_PREFIX = 3;
function cutPrefix(text, at, forms) {
  let longest = 0;
  for (const form of forms) {
    for (let k = Math.min(form.length - 1, at); k > Math.max(longest, MIN_CUT_PREFIX - 1); k--) {
      if (text.startsWith(form.slice(0, k), at - k)) {
        longest = k;
        break;
      }
    }
  }
  return longest;
}
function maskSpans(text, spans) {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  let [start, end] = spans[0];
  for (const [from, to] of spans.slice(1)) {
    if (from <= end) {
      end = Math.max(end, to);
      continue;
    }
    out += text.slice(at, start) + MASK;
    at = end;
    [start, end] = [from, to];
  }
  return out + text.slice(at, start) + MASK + text.slice(end);
}
var FORMS_CACHE_SIZE = 256;
var formsCache = /* @__PURE__ */ new Map();
function cachedForms(secret) {
  let forms = formsCache.get(secret);
  if (forms === void 0) {
    forms = secretForms(secret);
    if (formsCache.size >= FORMS_CACHE_SIZE) formsCache.delete(formsCache.keys().next().value);
    formsCache.set(secret, forms);
  }
  return forms;
}
function secretForms(secret) {
  const json = (s) => JSON.stringify(s).slice(1, -1);
  const bases = [.../* @__PURE__ */ new Set([secret, secret.trim()])];
  const quoted = bases.flatMap((b) => [b, json(b), scrubControls(b), json(scrubControls(b))]);
  const forms = new Set(quoted);
  for (const b of bases) forms.add(b.replace(/'/g, "''"));
  for (const line2 of secret.split(/\r?\n/))
    if (line2 !== secret && line2.trim().length >= MIN_SECRET_LENGTH) forms.add(line2.trim());
  for (const s of quoted) {
    forms.add(escapeInline(s));
    forms.add(escapeInline(s).trim());
    for (const form of escapeHtml(s)) forms.add(form);
    forms.add(escapeMarkdown(s));
  }
  for (const b of bases) {
    try {
      const uri = encodeURIComponent(b);
      forms.add(uri);
      forms.add(uri.replace(/%20/g, "+"));
      forms.add(encodeURI(b));
    } catch {
    }
    for (const b64 of base64Forms(b)) forms.add(b64);
  }
  return [...forms].filter((f) => f.trim().length > 0);
}
function escapeHtml(s) {
  const escaped = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return [escaped, escaped.replace(/'/g, "&#39;"), escaped.replace(/'/g, "&#x27;")];
}
function escapeMarkdown(s) {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}
function base64Forms(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const out = [];
  for (let skip = 0; skip < 3 && skip < bytes.length; skip++) {
    const aligned = bytes.subarray(skip);
    const stable = Math.floor(aligned.length * 8 / 6);
    const standard = aligned.toString("base64").slice(0, stable);
    out.push(standard, standard.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return out;
}
var SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PRIVATE|CREDENTIAL/i;
function secretValuesFromEnv(env) {
  return Object.entries(env).filter(
    ([name, value]) => SECRET_NAME.test(name) && typeof value === "string" && value.trim().length >= MIN_SECRET_LENGTH
  ).map(([, value]) => value);
}
function redactError(error, redact) {
  const seen = /* @__PURE__ */ new Set();
  let e = error;
  while (e instanceof Error && !seen.has(e)) {
    seen.add(e);
    for (const key of ["message", "stack"]) {
      const value = e[key];
      if (typeof value !== "string") continue;
      const masked = redact(value);
      if (masked === value) continue;
      try {
        Object.defineProperty(e, key, {
          value: masked,
          writable: true,
          configurable: true,
          enumerable: false
        });
      } catch {
      }
    }
    e = e.cause;
  }
  return error;
}

// src/team/proposal.ts
import { randomBytes } from "node:crypto";
import { mkdir, readFile as readFile2, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join as join2, resolve } from "node:path";

// src/spec/parse.ts
import { createHash } from "node:crypto";
var NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var MAX_COUNT = 1e4;
var tagsSchema = external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()]).transform(String));
var importIdSchema = external_exports.string().regex(/^[A-Za-z0-9/][A-Za-z0-9_:/.@+=,-]{0,1023}$/, "must be a cloud id");
var resourceSchema = external_exports.strictObject({
  type: external_exports.string().regex(/^[a-z][a-z0-9_]*$/, "must be a Terraform-style type name such as aws_instance"),
  name: external_exports.string().regex(NAME, "must start with a letter or _ and hold only letters, digits, _ and -"),
  count: external_exports.number().int().min(0).max(
    MAX_COUNT,
    `at most ${formatNumber(MAX_COUNT)} instances per resource; split it into several resources`
  ).optional(),
  protected: external_exports.boolean().optional(),
  properties: external_exports.record(external_exports.string(), external_exports.unknown()).default({}),
  usage: external_exports.record(external_exports.string(), external_exports.number().nonnegative()).optional(),
  tags: tagsSchema.optional(),
  import_id: external_exports.union([importIdSchema, external_exports.array(importIdSchema).max(MAX_COUNT)]).optional()
});
var environmentSchema = external_exports.strictObject({
  environment: external_exports.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, "use lowercase letters, digits, - and _ (at most 63)"),
  provider: external_exports.enum(["sandbox", "aws", "gcp", "azure"]).default("sandbox"),
  region: external_exports.string().min(1),
  project: external_exports.string().optional(),
  subscription: external_exports.string().optional(),
  resource_group: external_exports.string().optional(),
  protected: external_exports.boolean().optional(),
  tags: tagsSchema.default({}),
  /** USD a month the environment should stay within: plan comments forecast against it. */
  budget: external_exports.strictObject({
    monthly: external_exports.number({ error: "must be a number of USD a month, e.g. 500" }).min(0, "must be 0 or more").max(1e9, "must be at most 1,000,000,000")
  }).optional(),
  resources: external_exports.array(resourceSchema).default([])
});
function parseEnvironment(text, file, limits = {}) {
  const maxSpecBytes = limits.maxSpecBytes ?? DEFAULT_SPEC_LIMITS.maxSpecBytes;
  const maxResources = limits.maxResources ?? DEFAULT_SPEC_LIMITS.maxResources;
  checkSpecSize(text, file, maxSpecBytes);
  const source = parseYamlSource(text, file);
  if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
    throw source.error(
      [],
      "an environment spec must be a mapping with environment, provider, region and resources"
    );
  }
  checkResourceCount(source, source.data["resources"], maxResources);
  const parsed = environmentSchema.safeParse(source.data);
  if (!parsed.success) throw zodIssueToError(source, parsed.error);
  const spec = parsed.data;
  const defs = spec.resources.map((r, i) => resolveType(source, spec, r, i));
  const keys = spec.resources.map((r) => `${r.type}.${r.name}`);
  const seen = /* @__PURE__ */ new Map();
  keys.forEach((key, i) => {
    const first = seen.get(key);
    if (first !== void 0) {
      throw source.error(["resources", i, "name"], `${key} is already defined at resources[${first}]`);
    }
    seen.set(key, i);
  });
  const checked = spec.resources.map((r, i) => {
    const def = defs[i];
    checkImportIds(source, r, i);
    const attributes = checkProperties(source, def.properties, r.properties, ["resources", i, "properties"]);
    if (r.tags && !def.taggable)
      throw source.error(["resources", i, "tags"], `${def.type} does not take tags`);
    return { resource: r, def, attributes, index: i };
  });
  const unreadFiles = checked.flatMap((c, i) => fileRefs(source, c.def, c.attributes, keys[i], i));
  const byKey = new Map(checked.map((c, i) => [keys[i], c]));
  const edges = checked.map((c) => checkReferences(source, c.def, c.attributes, c.index, byKey));
  const order = dependencyOrder(source, keys, edges);
  const resources = [];
  for (const i of order) {
    const { resource, def, attributes } = checked[i];
    const tags = def.taggable ? { ...spec.tags, ...resource.tags, ...resource.protected && { [PROTECTED_TAG]: "true" } } : {};
    const dependsOn = [...new Set(collectRefs(attributes))];
    const base = keys[i];
    const instances = resource.count === void 0 ? [void 0] : range2(resource.count);
    for (const index of instances) {
      resources.push({
        address: index === void 0 ? base : `${base}[${index}]`,
        type: resource.type,
        name: resource.name,
        ...index !== void 0 && { index },
        protected: resource.protected ?? false,
        attributes,
        tags,
        usage: resource.usage ?? {},
        dependsOn,
        ...importIdOf(resource, index)
      });
    }
  }
  return {
    spec,
    file,
    digest: createHash("sha256").update(text).digest("hex"),
    resources,
    ...unreadFiles.length > 0 && { unreadFiles }
  };
}
function checkImportIds(source, r, i) {
  const ids = r.import_id;
  if (ids === void 0) return;
  if (r.count === void 0 && Array.isArray(ids))
    throw source.error(["resources", i, "import_id"], "without count, import_id is one id");
  if (r.count !== void 0 && (!Array.isArray(ids) || ids.length !== r.count))
    throw source.error(
      ["resources", i, "import_id"],
      `with count ${r.count}, import_id lists ${r.count} ids`
    );
}
function importIdOf(r, index) {
  const ids = r.import_id;
  const id = Array.isArray(ids) ? index === void 0 ? void 0 : ids[index] : ids;
  return id === void 0 ? {} : { importId: id };
}
function fileRefs(source, def, attributes, resource, index) {
  const refs = [];
  for (const [key, prop] of schemaEntries(def.properties)) {
    const value = attributes[key];
    if (!prop.file || typeof value !== "string") continue;
    const at = ["resources", index, "properties", key];
    let path;
    try {
      path = checkRepositoryPath(value);
    } catch (e) {
      if (e instanceof RepositoryFileError) throw source.error(at, e.message);
      throw e;
    }
    refs.push({
      resource,
      property: key,
      path,
      hashInto: prop.file.hashInto,
      maxBytes: prop.file.maxBytes,
      location: source.locate(at),
      field: formatFieldPath(at)
    });
  }
  return refs;
}
function checkSpecSize(text, file, maxSpecBytes) {
  if (text.length * 3 > maxSpecBytes) checkSpecBytes(Buffer.byteLength(text, "utf8"), file, maxSpecBytes);
}
function checkSpecBytes(bytes, file, maxSpecBytes) {
  if (bytes <= maxSpecBytes) return;
  throw new LimitError(
    { file },
    void 0,
    MAX_SPEC_BYTES_KEY,
    maxSpecBytes,
    bytes,
    `the spec is ${formatNumber(bytes)} bytes`,
    "bytes"
  );
}
function checkResourceCount(source, resources, maxResources) {
  if (!Array.isArray(resources)) return;
  let total = 0;
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i];
    const count2 = isPlainObject2(r) ? r["count"] : void 0;
    const counted = typeof count2 === "number" && Number.isInteger(count2) && count2 >= 0;
    total += counted ? count2 : 1;
    if (total <= maxResources) continue;
    const path = counted ? ["resources", i, "count"] : ["resources", i];
    throw new LimitError(
      source.locate(path),
      formatFieldPath(path),
      MAX_RESOURCES_KEY,
      maxResources,
      total,
      counted ? `count ${formatNumber(count2)} brings the environment to ${formatNumber(total)} resources` : `the environment reaches ${formatNumber(total)} resources here`,
      "resources"
    );
  }
}
function resolveType(source, spec, r, i) {
  const def = getResourceType(r.type);
  if (!def) {
    const hint = suggest(
      r.type,
      resourceTypes().map((d) => d.type)
    );
    throw source.error(["resources", i, "type"], `unknown resource type "${r.type}"${hint}`);
  }
  if (spec.provider !== "sandbox" && def.cloud !== spec.provider) {
    throw source.error(
      ["resources", i, "type"],
      `${r.type} is a ${def.cloud} type but this environment's provider is ${spec.provider}`
    );
  }
  return def;
}
function checkProperties(source, schema, given, path) {
  const out = {};
  for (const key of Object.keys(given)) {
    if (!(key in schema)) {
      const hint = suggest(key, Object.keys(schema));
      throw source.error(
        [...path, key],
        `unknown property${hint}; valid properties: ${Object.keys(schema).join(", ")}`,
        {
          key: true
        }
      );
    }
  }
  for (const [key, def] of schemaEntries(schema)) {
    const value = given[key];
    if (def.computed && value !== void 0 && value !== null)
      throw source.error([...path, key], "is computed from the file the spec names; remove it");
    if (value === void 0 || value === null) {
      if (def.required) throw source.error([...path], `missing required property "${key}"`);
      if (def.default !== void 0) out[key] = def.default;
      continue;
    }
    path.push(key);
    out[key] = checkValue(source, def, value, path);
    path.pop();
  }
  return out;
}
var entriesBySchema = /* @__PURE__ */ new WeakMap();
function schemaEntries(schema) {
  let entries = entriesBySchema.get(schema);
  if (entries === void 0) {
    entries = Object.entries(schema);
    entriesBySchema.set(schema, entries);
  }
  return entries;
}
var compiledPatterns = /* @__PURE__ */ new Map();
function patternOf(pattern) {
  let re = compiledPatterns.get(pattern);
  if (re === void 0) {
    re = new RegExp(pattern);
    compiledPatterns.set(pattern, re);
  }
  return re;
}
function checkValue(source, def, value, path) {
  const fail = (reason) => source.error([...path], reason);
  switch (def.kind) {
    case "string": {
      if (typeof value === "number" || typeof value === "boolean") value = String(value);
      if (typeof value !== "string") throw fail(`expected a string, got ${describe(value)}`);
      if (def.enum && !def.enum.includes(value))
        throw fail(`must be one of ${def.enum.join(", ")}, got "${value}"`);
      if (def.pattern && !patternOf(def.pattern).test(value))
        throw fail(`"${value}" does not match ${def.pattern}`);
      return value;
    }
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value))
        throw fail(`expected a number, got ${describe(value)}`);
      if (def.integer && !Number.isInteger(value)) throw fail(`expected a whole number, got ${value}`);
      if (def.min !== void 0 && value < def.min) throw fail(`must be at least ${def.min}, got ${value}`);
      if (def.max !== void 0 && value > def.max) throw fail(`must be at most ${def.max}, got ${value}`);
      return value;
    }
    case "boolean":
      if (typeof value !== "boolean") throw fail(`expected true or false, got ${describe(value)}`);
      return value;
    case "ref":
      if (typeof value !== "string" || !isRef(value)) {
        throw fail(`expected a reference like ref(${def.to[0] ?? "type"}.name), got ${describe(value)}`);
      }
      return value;
    case "list": {
      if (!Array.isArray(value)) throw fail(`expected a list, got ${describe(value)}`);
      return value.map((item, i) => {
        path.push(i);
        const checked = checkValue(source, def.items, item, path);
        path.pop();
        return checked;
      });
    }
    case "map": {
      if (!isPlainObject2(value)) throw fail(`expected a mapping, got ${describe(value)}`);
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        path.push(k);
        out[k] = checkValue(source, def.values, v, path);
        path.pop();
      }
      return out;
    }
    case "object":
      if (!isPlainObject2(value)) throw fail(`expected a mapping, got ${describe(value)}`);
      return checkProperties(source, def.properties, value, path);
  }
}
function splitTarget(target) {
  const open = target.endsWith("]") ? target.lastIndexOf("[") : -1;
  if (open <= 0) return { key: target, index: void 0 };
  return { key: target.slice(0, open), index: Number(target.slice(open + 1, -1)) };
}
function checkReferences(source, def, attributes, index, byKey) {
  const deps = [];
  const path = ["resources", index, "properties"];
  const fail = (reason) => source.error([...path], reason);
  const visitAt = (part, schema, value) => {
    path.push(part);
    visit(schema, value);
    path.pop();
  };
  const visit = (schema, value) => {
    if (schema.kind === "ref" && typeof value === "string") {
      const { key, index: targetIndex } = splitTarget(refTarget(value));
      const found = byKey.get(key);
      if (!found) throw fail(`reference to ${key}, which is not defined in this environment`);
      const targetType = found.resource.type;
      if (!schema.to.includes(targetType)) {
        throw fail(`must reference ${schema.to.join(" or ")}, not ${targetType}`);
      }
      const count2 = found.resource.count;
      if (count2 === void 0 && targetIndex !== void 0) {
        throw fail(`${key} has no count; reference it as ref(${key})`);
      }
      if (count2 !== void 0 && targetIndex === void 0) {
        throw fail(`${key} has count ${count2}; reference one instance, e.g. ref(${key}[0])`);
      }
      if (count2 !== void 0 && targetIndex !== void 0 && targetIndex >= count2) {
        throw fail(`${key} has count ${count2}, so index ${targetIndex} does not exist`);
      }
      if (found.index === index) throw fail(`a resource cannot reference itself`);
      deps.push(found.index);
    } else if (schema.kind === "list" && Array.isArray(value)) {
      value.forEach((v, i) => visitAt(i, schema.items, v));
    } else if (schema.kind === "map" && isPlainObject2(value)) {
      for (const [k, v] of Object.entries(value)) visitAt(k, schema.values, v);
    } else if (schema.kind === "object" && isPlainObject2(value)) {
      for (const [k, v] of Object.entries(value)) {
        const sub = schema.properties[k];
        if (sub) visitAt(k, sub, v);
      }
    }
  };
  const referring = propertiesWithRefs(def);
  for (const key of Object.keys(attributes)) {
    if (referring.has(key)) visitAt(key, def.properties[key], attributes[key]);
  }
  return deps;
}
var refPropertiesByType = /* @__PURE__ */ new WeakMap();
function propertiesWithRefs(def) {
  let keys = refPropertiesByType.get(def);
  if (keys === void 0) {
    keys = new Set(Object.keys(def.properties).filter((key) => mayHoldRef(def.properties[key])));
    refPropertiesByType.set(def, keys);
  }
  return keys;
}
function mayHoldRef(schema, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(schema)) return false;
  seen.add(schema);
  switch (schema.kind) {
    case "ref":
      return true;
    case "list":
      return mayHoldRef(schema.items, seen);
    case "map":
      return mayHoldRef(schema.values, seen);
    case "object":
      return Object.values(schema.properties).some((sub) => mayHoldRef(sub, seen));
    default:
      return false;
  }
}
function dependencyOrder(source, keys, edges) {
  const state = new Uint8Array(keys.length);
  const order = [];
  const path = [];
  const nextEdge = [];
  for (let root = 0; root < keys.length; root++) {
    if (state[root] !== 0) continue;
    state[root] = 1;
    path.push(root);
    nextEdge.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const i = path[top];
      const deps = edges[i];
      if (nextEdge[top] === deps.length) {
        path.pop();
        nextEdge.pop();
        state[i] = 2;
        order.push(i);
        continue;
      }
      const dep = deps[nextEdge[top]++];
      if (state[dep] === 2) continue;
      if (state[dep] === 1) {
        const cycle = [...path.slice(path.indexOf(dep)), dep].map((j) => keys[j]).join(" -> ");
        throw source.error(["resources", dep], `dependency cycle: ${cycle}`);
      }
      state[dep] = 1;
      path.push(dep);
      nextEdge.push(0);
    }
  }
  return order;
}
function collectRefs(value) {
  const out = [];
  addRefs(value, out);
  return out;
}
function addRefs(v, out) {
  const t = refTarget(v);
  if (t !== void 0) out.push(t);
  else if (Array.isArray(v)) v.forEach((item) => addRefs(item, out));
  else if (v !== null && typeof v === "object") for (const item of Object.values(v)) addRefs(item, out);
}
function range2(n) {
  return Array.from({ length: n }, (_, i) => i);
}
function isPlainObject2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${JSON.stringify(v)}`;
}
function suggest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? ` (did you mean ${best}?)` : "";
}
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

// src/spec/load.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
var EXTENSIONS = [".yaml", ".yml"];
async function listEnvironmentNames(dir) {
  let entries;
  try {
    entries = await readdir(dir);
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
  return entries.filter((f) => EXTENSIONS.some((ext) => f.endsWith(ext))).map((f) => f.replace(/\.ya?ml$/, "")).sort();
}
async function loadEnvironment(dir, name, cwd = process.cwd(), limits = {}, files) {
  for (const ext of EXTENSIONS) {
    const path = join(dir, name + ext);
    const file = relative(cwd, path) || path;
    let text;
    try {
      const { size } = await stat(path);
      checkSpecBytes(size, file, limits.maxSpecBytes ?? DEFAULT_SPEC_LIMITS.maxSpecBytes);
      text = await readFile(path, "utf8");
    } catch (e) {
      if (e.code === "ENOENT") continue;
      throw e;
    }
    const env = checkedEnvironment(text, file, name, limits);
    return files ? resolveRepositoryFiles(env, files) : env;
  }
  throw new NotFoundError("environment", name, await listEnvironmentNames(dir));
}
function checkedEnvironment(text, file, expectedName, limits = {}) {
  const env = parseEnvironment(text, file, limits);
  if (env.spec.environment !== expectedName) {
    throw new SpecError(
      { file, line: 1 },
      "environment",
      `says "${env.spec.environment}" but the file is for "${expectedName}"; make them match`
    );
  }
  return env;
}

// src/team/unmask.ts
var import_yaml = __toESM(require_dist(), 1);
function restoreMaskedValues(proposed, before, redact, file) {
  if (!proposed.includes(MASK)) return proposed;
  const originals = /* @__PURE__ */ new Map();
  if (before !== null) {
    for (const f of valuesOf((0, import_yaml.parseDocument)(before), before)) {
      const key = JSON.stringify(f.place);
      originals.set(key, originals.has(key) ? null : f);
    }
  }
  const edits = [];
  const restored = [];
  for (const f of valuesOf((0, import_yaml.parseDocument)(proposed), proposed)) {
    if (!f.value.includes(MASK)) continue;
    const original = originals.get(JSON.stringify(f.place));
    if (!original || redact(original.value) !== f.value) {
      throw new PlagenticError(
        `${file}: ${placeText(f.place)} holds "${MASK}", which stands for a secret Plagentic does not show, but the current spec has no secret at that place for it to stand for. Keep a masked value exactly as shown and where it was, or remove it; never write "${MASK}" into a spec.`
      );
    }
    restored.push(f.range);
    if (original.value === f.value) continue;
    const source = original.inline && before !== null ? before.slice(...original.range) : JSON.stringify(original.value);
    edits.push({ range: f.range, place: f.place, value: original.value, source });
  }
  const stray = maskOutside(proposed, restored);
  if (stray !== void 0) {
    throw new PlagenticError(
      `${file}:${lineOf(proposed, stray)}: "${MASK}" stands for a secret Plagentic does not show and can be put back only in the value it was shown in; remove it from keys and comments.`
    );
  }
  let text = proposed;
  for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    const old = text.slice(...e.range);
    text = text.slice(0, e.range[0]) + e.source + (old.endsWith("\n") ? "\n" : "") + text.slice(e.range[1]);
  }
  check(text, edits, file);
  return text;
}
function valuesOf(doc, text) {
  const out = [];
  const visit = (node, place) => {
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        if ((0, import_yaml.isScalar)(pair.key)) visit(pair.value, [...place, String(pair.key.value)]);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, i) => visit(item, [...place, [addressOf(item) ?? i]]));
    } else if ((0, import_yaml.isScalar)(node) && node.range) {
      const range3 = [node.range[0], node.range[1]];
      if (typeof node.value === "string" || typeof node.value === "number") {
        const inline = !String(node.type).startsWith("BLOCK") && !text.slice(...range3).includes("\n");
        out.push({ place, value: String(node.value), range: range3, inline });
      }
    } else if ((0, import_yaml.isAlias)(node) && node.range) {
      const range3 = [node.range[0], node.range[1]];
      out.push({ place, value: text.slice(...range3), range: range3, inline: false });
    }
  };
  visit(doc.contents, []);
  return out;
}
function addressOf(item) {
  if (!(0, import_yaml.isMap)(item)) return void 0;
  const type = item.get("type");
  const name = item.get("name");
  return typeof type === "string" && typeof name === "string" ? `${type}.${name}` : void 0;
}
function placeText(place) {
  return place.map((p, i) => Array.isArray(p) ? `[${p[0]}]` : i === 0 ? p : `.${p}`).join("") || "the document";
}
function maskOutside(text, ranges) {
  for (let i = text.indexOf(MASK); i !== -1; i = text.indexOf(MASK, i + 1)) {
    if (!ranges.some(([from, to]) => i >= from && i + MASK.length <= to)) return i;
  }
  return void 0;
}
function lineOf(text, offset) {
  return text.slice(0, offset).split("\n").length;
}
function check(text, edits, file) {
  if (edits.length === 0) return;
  const doc = (0, import_yaml.parseDocument)(text);
  const values = new Map(valuesOf(doc, text).map((f) => [JSON.stringify(f.place), f.value]));
  for (const e of edits) {
    if (doc.errors.length > 0 || values.get(JSON.stringify(e.place)) !== e.value) {
      throw new PlagenticError(
        `${file}: ${placeText(e.place)}: the secret masked there could not be put back; keep the line as it was shown`
      );
    }
  }
}

// src/team/proposal.ts
function withDiff(p) {
  return { ...p, diff: unifiedDiff(p.before, p.after, { fromFile: p.file, toFile: p.file }) };
}
var ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
function assertEnvironmentName(name) {
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new PlagenticError(
      `"${name}" is not a valid environment name: use lowercase letters, digits, - and _`
    );
  }
}
function parseProposal(text, environment, file, secrets, before = null, limits) {
  assertEnvironmentName(environment);
  assertNoNewSecret(text, before, file, secrets);
  return checkedEnvironment(text, file, environment, limits);
}
function assertNoNewSecret(text, before, file, secrets) {
  const occurrences = (t, s) => t.split(s).length - 1;
  if (secrets.some((s) => s.length >= 4 && occurrences(text, s) > occurrences(before ?? "", s))) {
    throw new PlagenticError(
      `${file}: the proposed spec contains a configured secret; specs must never hold secrets`
    );
  }
}
function acceptProposal(input, secrets, redact) {
  assertEnvironmentName(input.environment);
  assertNoNewSecret(input.text, null, input.file, secrets);
  const maxSpecBytes = input.limits?.maxSpecBytes ?? DEFAULT_SPEC_LIMITS.maxSpecBytes;
  checkSpecBytes(Buffer.byteLength(input.text, "utf8"), input.file, maxSpecBytes);
  const text = restoreMaskedValues(input.text, input.before, redact, input.file);
  return {
    text,
    env: parseProposal(text, input.environment, input.file, secrets, input.before, input.limits)
  };
}
async function planProposal(workspace, proposal) {
  const env = parseProposal(
    proposal.after,
    proposal.environment,
    proposal.file,
    workspace.config.secrets,
    proposal.before,
    workspace.config.limits
  );
  return (await workspace.plan(env)).plan;
}
async function applyProposal(workspace, proposal, expectedHash, onProgress) {
  const { path, onDisk } = await writeProposal(workspace, proposal);
  let env;
  try {
    env = await workspace.loadEnvironment(proposal.environment);
    const { result } = await workspace.apply(env, {
      expectedHash,
      ...onProgress && { onProgress }
    });
    return result;
  } catch (e) {
    if (e instanceof PlagenticError) await restore(path, onDisk);
    throw e;
  }
}
async function writeProposal(workspace, proposal, retry = "Run the team again.") {
  assertEnvironmentName(proposal.environment);
  const path = resolve(workspace.config.baseDir, proposal.file);
  const onDisk = await readIfExists(path);
  if (onDisk !== proposal.before) {
    throw new RefusedError(
      `${proposal.file} changed since the edit was proposed; nothing was written or applied. ${retry}`
    );
  }
  await writeAtomically(path, proposal.after);
  return { path, onDisk };
}
async function readIfExists(path) {
  try {
    return await readFile2(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
}
async function writeAtomically(path, text) {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join2(dirname(path), `.${randomBytes(6).toString("hex")}.plagentic.tmp`);
  await writeFile(tmp, text, "utf8");
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
async function restore(path, text) {
  if (text === null) await rm(path, { force: true });
  else await writeAtomically(path, text);
}

// src/team/retry.ts
var DEFAULT_RETRY = {
  attempts: 3,
  baseDelayMs: 1e3,
  sleep: (ms) => new Promise((resolve2) => setTimeout(resolve2, ms))
};
var PERMANENT_STATUS = /* @__PURE__ */ new Set([400, 401, 403, 404, 422]);
function isRetryable(e) {
  if (!(e instanceof Error)) return false;
  const status = e.status;
  if (typeof status === "number") return !PERMANENT_STATUS.has(status);
  return true;
}
async function withRetry(fn, policy, onRetry) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= policy.attempts || !isRetryable(e)) throw e;
      onRetry?.(attempt, e);
      await policy.sleep(policy.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

// src/team/run-context.ts
var TeamStopped = class extends PlagenticError {
};

export {
  escapeInline,
  code,
  fenceFor,
  capLine,
  takeWithin,
  formatCount,
  count,
  collectRefs,
  listEnvironmentNames,
  loadEnvironment,
  checkedEnvironment,
  sortStrings,
  rangedResources,
  usageRangeLine,
  rangeTotalText,
  renderPlanText,
  GITHUB_COMMENT_LIMIT,
  renderPlanMarkdown,
  renderApplyMarkdown,
  renderDriftMarkdown,
  unifiedDiff,
  createRedactor,
  secretValuesFromEnv,
  redactError,
  withDiff,
  ENVIRONMENT_NAME,
  assertEnvironmentName,
  acceptProposal,
  planProposal,
  applyProposal,
  DEFAULT_RETRY,
  withRetry,
  TeamStopped
};

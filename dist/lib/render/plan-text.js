/**
 * A plan for the terminal, laid out like `terraform plan` followed by the cost and the policy
 * verdict. The sections that grow with the plan are capped (generously), so a plan of 100,000
 * changes prints a bounded text with a note instead of a million lines.
 */
import { budgetForecast } from "./budget-line.js";
import { palette } from "./ansi.js";
import { maxOf, pushAll } from "./arrays.js";
import { changedCostRows, rangedResources, rangeTotalText, sourceText, totalsCaveat, unknownPriceLine, unrangedUsage, usageLine, usageRangeLine, } from "./cost-lines.js";
import { formatUsd, formatUsdDelta } from "../cost/money.js";
import { changeLines, diffLineText } from "./plan-diff.js";
import { count } from "./markdown.js";
import { evaluatedText, reportedFindings, verdictLabel } from "./policy-lines.js";
import { scrubControls } from "./values.js";
import { NO_CHANGES, scrubOutsideLists, shortCommit, summaryText, unsupportedText } from "./plan-summary.js";
const LEGEND = [
    { action: "create", sign: "  +", text: "create" },
    { action: "update", sign: "  ~", text: "update in-place" },
    { action: "replace", sign: "-/+", text: "destroy and then create replacement" },
    { action: "delete", sign: "  -", text: "destroy" },
    { action: "adopt", sign: "  ~", text: "adopt (add ownership tags to an existing resource)" },
];
function colorVerdict(verdict, text, p) {
    return verdict === "pass" ? p.green(text) : verdict === "warn" ? p.yellow(text) : p.red(text);
}
function colorLegendSign(sign, p) {
    return sign
        .replace("+", p.green("+"))
        .replace("~", p.yellow("~"))
        .replace(/-(?=\/|$)/, p.red("-"));
}
export const TEXT_DIFF_LINES = 50_000;
export const TEXT_ROWS = 5_000;
/** Columns padded to their widest cell; money columns right-aligned so the decimal points line up. */
function table(rows, rightAligned) {
    const widths = rows[0].map((_, c) => maxOf(rows.map((r) => r[c].length)));
    // Written as loops: the cost table has a row per changed resource.
    return rows.map((r) => {
        let line = "  ";
        for (let c = 0; c < r.length; c++) {
            const cell = r[c];
            if (c > 0)
                line += "   ";
            line += rightAligned[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]);
        }
        return line.trimEnd();
    });
}
function changesSection(plan, p, maxLines) {
    if (plan.changes.length === 0)
        return [`${p.green(p.bold("No changes."))} ${NO_CHANGES.slice("No changes. ".length)}`];
    const used = new Set(plan.changes.map((c) => c.action));
    const out = ["Resource actions are indicated with the following symbols:"];
    for (const l of LEGEND)
        if (used.has(l.action))
            out.push(`${colorLegendSign(l.sign, p)} ${l.text}`);
    out.push("", "Plagentic will perform the following actions:", "");
    let lines = 0;
    let whole = 0;
    for (const change of plan.changes) {
        const diff = changeLines(scrubControls(change), { destroyPlan: plan.destroy });
        if (lines > 0)
            diff.unshift({ kind: "blank", depth: 0, sign: " ", text: "" });
        const room = maxLines - lines;
        for (const l of room < diff.length ? diff.slice(0, room) : diff)
            out.push(diffLineText(l, p));
        lines += diff.length;
        if (lines > maxLines)
            break;
        whole++;
    }
    if (whole < plan.changes.length) {
        out.push("", p.yellow(`… ${count(plan.changes.length - whole, "more resource change")} not shown in full ` +
            `(the diff stops at ${count(maxLines, "line")}); \`plagentic plan ${plan.environment} --json\` has the whole plan.`));
    }
    out.push("", p.bold(summaryText(plan.summary)));
    return out;
}
/** The first `max` of `items`, formatted, then a line saying how many more there are. */
function capped(items, max, fn, noun) {
    const out = items.slice(0, max).map(fn);
    if (items.length > out.length)
        out.push(`… and ${count(items.length - out.length, noun)}`);
    return out;
}
function costSection(plan, p, maxRows) {
    const cost = plan.cost;
    const out = [p.bold(`Cost estimate (USD per month, ${cost.hoursPerMonth} hours):`), ""];
    const { total, rows } = changedCostRows(plan);
    const shown = [];
    for (const row of rows) {
        if (shown.length >= maxRows)
            break;
        // Only the address comes from outside: the other cells are money, formatted by cost-lines.
        shown.push([scrubControls(row.address), row.before, row.after, row.delta]);
    }
    if (total > shown.length)
        shown.push([`… and ${count(total - shown.length, "more changed resource")}`, "", "", ""]);
    pushAll(out, table([
        ["Resource", "Before", "After", "Delta"],
        ...shown,
        [
            "Total",
            formatUsd(cost.monthlyBefore),
            formatUsd(cost.monthlyAfter),
            formatUsdDelta(cost.monthlyDelta),
        ],
    ], [false, true, true, true]));
    const rangeTotal = rangeTotalText(cost);
    if (rangeTotal !== undefined)
        out.push("", `  ${p.bold(rangeTotal)}`);
    const caveat = totalsCaveat(cost);
    const notes = [
        ...(caveat !== undefined ? [p.yellow(caveat)] : []),
        ...capped(cost.unknown, maxRows, (u) => p.yellow(unknownPriceLine(scrubControls(u))), "more unknown price"),
        ...capped(rangedResources(cost), maxRows, (r) => usageRangeLine(scrubControls({ address: r.address, usageRange: r.usageRange })), "more usage-based resource"),
        ...capped(unrangedUsage(cost), maxRows, (u) => usageLine(scrubControls(u)), "more usage-priced component"),
    ];
    if (notes.length > 0)
        pushAll(out, ["", ...notes.map((n) => `  ${n}`)]);
    if (cost.sources.length > 0)
        out.push("", p.dim(`  Prices: ${cost.sources.map(sourceText).join("; ")}`));
    return out;
}
function policySection(plan, p, maxRows) {
    const policy = plan.policy;
    const out = [
        `${p.bold("Policy:")} ${colorVerdict(policy.verdict, p.bold(verdictLabel(policy.verdict)), p)} (${evaluatedText(policy)})`,
    ];
    const findings = reportedFindings(policy);
    const line = (finding) => {
        const f = scrubControls(finding);
        const where = f.address !== undefined ? ` ${f.address}:` : ":";
        return `  ${colorVerdict(f.level, verdictLabel(f.level).padEnd(4), p)}  ${f.rule}${where} ${f.message}`;
    };
    return pushAll(out, capped(findings, maxRows, line, "more finding"));
}
export function renderPlanText(input, opts) {
    const plan = scrubOutsideLists(input);
    const p = palette(opts.color);
    const maxRows = opts.maxRows ?? TEXT_ROWS;
    const commit = shortCommit(plan.commit);
    const out = [
        p.bold(`Plagentic plan for ${plan.environment} (${plan.provider}, ${plan.region})` +
            (commit !== undefined ? ` at commit ${commit}` : "")),
    ];
    if (plan.destroy)
        out.push(p.red("This plan destroys every resource in the environment."));
    out.push("");
    pushAll(out, changesSection(plan, p, opts.maxDiffLines ?? TEXT_DIFF_LINES));
    const blocked = unsupportedText(plan);
    if (blocked !== undefined)
        out.push("", p.red(blocked));
    out.push("");
    pushAll(out, costSection(plan, p, maxRows));
    const forecast = budgetForecast(plan);
    out.push("", forecast.over ? p.red(forecast.text) : forecast.text, "");
    pushAll(out, policySection(plan, p, maxRows));
    out.push("", p.dim(`Plan hash: ${plan.hash}`));
    return `${out.join("\n")}\n`;
}

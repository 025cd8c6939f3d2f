import { palette } from "./ansi.js";
import { changedCostRows, sourceText, totalsCaveat, unknownPriceLine, usageLine } from "./cost-lines.js";
import { formatUsd, formatUsdDelta } from "../cost/money.js";
import { diffLineText, planDiffLines } from "./plan-diff.js";
import { evaluatedText, reportedFindings, verdictLabel } from "./policy-lines.js";
import { scrubControls } from "./values.js";
import { NO_CHANGES, shortCommit, summaryText, unsupportedText } from "./plan-summary.js";
const LEGEND = [
    { action: "create", sign: "  +", text: "create" },
    { action: "update", sign: "  ~", text: "update in-place" },
    { action: "replace", sign: "-/+", text: "destroy and then create replacement" },
    { action: "delete", sign: "  -", text: "destroy" },
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
/** Columns padded to their widest cell; money columns right-aligned so the decimal points line up. */
function table(rows, rightAligned) {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    return rows.map((r) => "  " +
        r
            .map((cell, c) => (rightAligned[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
            .join("   ")
            .trimEnd());
}
function changesSection(plan, p) {
    if (plan.changes.length === 0)
        return [`${p.green(p.bold("No changes."))} ${NO_CHANGES.slice("No changes. ".length)}`];
    const used = new Set(plan.changes.map((c) => c.action));
    const out = ["Resource actions are indicated with the following symbols:"];
    for (const l of LEGEND)
        if (used.has(l.action))
            out.push(`${colorLegendSign(l.sign, p)} ${l.text}`);
    out.push("", "Plagentic will perform the following actions:", "");
    out.push(...planDiffLines(plan.changes, { destroyPlan: plan.destroy }).map((l) => diffLineText(l, p)));
    out.push("", p.bold(summaryText(plan.summary)));
    return out;
}
function costSection(plan, p) {
    const cost = plan.cost;
    const out = [p.bold(`Cost estimate (USD per month, ${cost.hoursPerMonth} hours):`), ""];
    const rows = changedCostRows(plan).map((r) => [r.address, r.before, r.after, r.delta]);
    out.push(...table([
        ["Resource", "Before", "After", "Delta"],
        ...rows,
        [
            "Total",
            formatUsd(cost.monthlyBefore),
            formatUsd(cost.monthlyAfter),
            formatUsdDelta(cost.monthlyDelta),
        ],
    ], [false, true, true, true]));
    const caveat = totalsCaveat(cost);
    const notes = [
        ...(caveat !== undefined ? [p.yellow(caveat)] : []),
        ...cost.unknown.map((u) => p.yellow(unknownPriceLine(u))),
        ...cost.usageBased.map(usageLine),
    ];
    if (notes.length > 0)
        out.push("", ...notes.map((n) => `  ${n}`));
    if (cost.sources.length > 0)
        out.push("", p.dim(`  Prices: ${cost.sources.map(sourceText).join("; ")}`));
    return out;
}
function policySection(plan, p) {
    const policy = plan.policy;
    const out = [
        `${p.bold("Policy:")} ${colorVerdict(policy.verdict, p.bold(verdictLabel(policy.verdict)), p)} (${evaluatedText(policy)})`,
    ];
    for (const f of reportedFindings(policy)) {
        const where = f.address !== undefined ? ` ${f.address}:` : ":";
        out.push(`  ${colorVerdict(f.level, verdictLabel(f.level).padEnd(4), p)}  ${f.rule}${where} ${f.message}`);
    }
    return out;
}
export function renderPlanText(input, opts) {
    const plan = scrubControls(input);
    const p = palette(opts.color);
    const commit = shortCommit(plan.commit);
    const out = [
        p.bold(`Plagentic plan for ${plan.environment} (${plan.provider}, ${plan.region})` +
            (commit !== undefined ? ` at commit ${commit}` : "")),
    ];
    if (plan.destroy)
        out.push(p.red("This plan destroys every resource in the environment."));
    out.push("", ...changesSection(plan, p));
    const blocked = unsupportedText(plan);
    if (blocked !== undefined)
        out.push("", p.red(blocked));
    out.push("", ...costSection(plan, p), "", ...policySection(plan, p), "", p.dim(`Plan hash: ${plan.hash}`));
    return `${out.join("\n")}\n`;
}

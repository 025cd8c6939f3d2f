import { GITHUB_COMMENT_LIMIT, MAX_COMMENT_PARTS, splitIntoParts } from "./comment-splitter.js";
import { changedCostRows, monthlyDeltaText, sourceText, totalsCaveat, unknownPriceLine, usageLine, } from "./cost-lines.js";
import { capLine, code, count, escapeInline, fenceFor, formatCount, markerLine, takeWithin, } from "./markdown.js";
import { formatUsd, formatUsdDelta } from "../cost/money.js";
import { diffLineMarkdown, planDiffLines } from "./plan-diff.js";
import { NO_CHANGES, shortCommit, summaryText, unsupportedText } from "./plan-summary.js";
import { evaluatedText, reportedFindings } from "./policy-lines.js";
import { scrubControls } from "./values.js";
/** A diff this long is folded into <details> so the cost and the verdict stay in view. */
export const FOLD_DIFF_LINES = 20;
/** Caps on the sections that grow with the plan, so they leave the first part room for the diff. */
const COST_ROWS_BUDGET = 12_000;
const COST_NOTES_BUDGET = 6_000;
const FINDINGS_BUDGET = 8_000;
const VERDICT_ICON = { pass: "✅", warn: "⚠️", fail: "❌" };
function summaryLine(plan) {
    const outcome = plan.changes.length === 0 ? "No changes" : summaryText(plan.summary).replace(/\.$/, "");
    return `**${escapeInline(plan.environment)}** · ${outcome} · ${monthlyDeltaText(plan.cost)} · policy: ${plan.policy.verdict}`;
}
function metaLine(plan) {
    const commit = shortCommit(plan.commit);
    const bits = [plan.provider, escapeInline(plan.region)];
    if (commit !== undefined)
        bits.push(`commit ${code(commit)}`);
    bits.push(`plan ${code(plan.hash.slice(0, 12))}`);
    return `<sub>${bits.join(" · ")}</sub>`;
}
function costSection(plan) {
    const cost = plan.cost;
    const out = [`#### Monthly cost (USD, ${cost.hoursPerMonth} hours)`, ""];
    out.push("| Resource | Before | After | Delta |", "| --- | ---: | ---: | ---: |");
    const rows = changedCostRows(plan).map((r) => `| ${code(r.address)} | ${r.before} | ${r.after} | ${r.delta} |`);
    const { kept, left } = takeWithin(rows, COST_ROWS_BUDGET);
    out.push(...kept);
    if (left > 0)
        out.push(`| _… and ${count(left, "more changed resource")}_ | | | |`);
    out.push(`| **Total** | **${formatUsd(cost.monthlyBefore)}** | **${formatUsd(cost.monthlyAfter)}** | ` +
        `**${formatUsdDelta(cost.monthlyDelta)}** |`);
    const caveat = totalsCaveat(cost);
    const notes = [
        ...cost.unknown.map((u) => `- ${escapeInline(unknownPriceLine(u))}`),
        ...cost.usageBased.map((u) => `- ${escapeInline(usageLine(u))}`),
    ];
    if (caveat !== undefined || notes.length > 0) {
        out.push("");
        if (caveat !== undefined)
            out.push(`**${caveat}**`, "");
        const shown = takeWithin(notes, COST_NOTES_BUDGET);
        out.push(...shown.kept);
        if (shown.left > 0)
            out.push(`- _… and ${count(shown.left, "more note")}; see \`plagentic plan --json\`_`);
    }
    if (cost.sources.length > 0) {
        out.push("", `<sub>Prices: ${cost.sources.map((s) => escapeInline(sourceText(s))).join("; ")}</sub>`);
    }
    return out;
}
function policySection(plan) {
    const policy = plan.policy;
    const out = [
        `#### Policy: ${VERDICT_ICON[policy.verdict]} ${policy.verdict.toUpperCase()}`,
        "",
        `${evaluatedText(policy)}.`,
    ];
    const findings = reportedFindings(policy).map((f) => {
        const where = f.address !== undefined ? ` ${code(f.address)}` : "";
        return `- ${VERDICT_ICON[f.level]} **${f.level}** ${code(f.rule)}${where}: ${escapeInline(f.message)}`;
    });
    if (findings.length > 0) {
        const { kept, left } = takeWithin(findings, FINDINGS_BUDGET);
        out.push("", ...kept);
        if (left > 0)
            out.push(`- _… and ${count(left, "more finding")}_`);
    }
    return out;
}
function diffSection(slice, fence, unfolded) {
    if (slice.lines.length === 0)
        return [];
    const body = [`${fence}diff`, ...slice.lines, fence];
    if (unfolded || slice.lines.length <= FOLD_DIFF_LINES)
        return body;
    const label = slice.total > 1 || slice.lines.length < slice.totalLines
        ? `Plan diff, lines ${formatCount(slice.firstLine + 1)}–${formatCount(slice.firstLine + slice.lines.length)} of ${formatCount(slice.totalLines)}`
        : `Show plan diff (${count(slice.lines.length, "line")})`;
    return [`<details><summary>${label}</summary>`, "", ...body, "", "</details>"];
}
export function renderPlanMarkdown(input, opts = {}) {
    const plan = scrubControls(input);
    const marker = markerLine(opts.marker);
    const title = opts.title ?? `Plagentic plan for ${code(plan.environment)}`;
    const diff = plan.changes.length === 0
        ? []
        : planDiffLines(plan.changes, { destroyPlan: plan.destroy }).map((l) => capLine(diffLineMarkdown(l)));
    const fence = fenceFor(diff);
    const summary = summaryLine(plan);
    const meta = metaLine(plan);
    const blocked = unsupportedText(plan);
    const cost = costSection(plan);
    const policy = policySection(plan);
    const maxParts = opts.maxParts ?? MAX_COMMENT_PARTS;
    const render = (slice) => {
        const last = slice.index === slice.total - 1;
        const out = marker !== undefined ? [marker] : [];
        out.push(`### ${title}${slice.total > 1 ? ` (part ${slice.index + 1} of ${slice.total})` : ""}`, "");
        if (slice.index === 0) {
            out.push(summary, "", meta, "");
            if (plan.destroy)
                out.push("> [!CAUTION]", "> This plan destroys every resource in the environment.", "");
            if (blocked !== undefined)
                out.push("> [!WARNING]", `> ${escapeInline(blocked)}`, "");
            if (slice.totalLines === 0)
                out.push(NO_CHANGES, "");
        }
        const section = diffSection(slice, fence, opts.unfolded ?? false);
        if (section.length > 0)
            out.push(...section, "");
        if (slice.index === 0 && slice.total > 1) {
            const rest = slice.total === 2 ? "part 2" : `parts 2–${slice.total}`;
            out.push(`_The diff continues in ${rest}, the following comment${slice.total === 2 ? "" : "s"}._`, "");
        }
        if (last && slice.omitted > 0) {
            out.push(`_${count(slice.omitted, "more diff line")} not shown: the plan does not fit in ` +
                `${maxParts} comments. Run ${code(`plagentic plan ${plan.environment}`)} locally to see the full plan._`, "");
        }
        if (slice.index === 0)
            out.push(...cost, "", ...policy, "");
        if (last && opts.nextStep !== undefined && opts.nextStep !== "")
            out.push(opts.nextStep, "");
        return `${out.join("\n").trimEnd()}\n`;
    };
    return splitIntoParts(diff, render, {
        limit: opts.limit ?? GITHUB_COMMENT_LIMIT,
        maxParts,
    });
}

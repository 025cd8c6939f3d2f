import { mapLazily, pushAll } from "./arrays.js";
import { GITHUB_COMMENT_LIMIT, MAX_COMMENT_PARTS, splitIntoParts } from "./comment-splitter.js";
import { changedCostRows, monthlyDeltaText, rangedResources, rangeTotalText, sourceText, totalsCaveat, unknownPriceLine, unrangedUsage, usageLine, usageRangeLine, } from "./cost-lines.js";
import { capLine, code, count, escapeInline, fenceFor, formatCount, markerLine, takeWithin, } from "./markdown.js";
import { formatUsd, formatUsdDelta, formatUsdPerHour } from "../cost/money.js";
import { budgetForecast } from "./budget-line.js";
import { changeLines, diffLineMarkdown } from "./plan-diff.js";
import { NO_CHANGES, scrubOutsideLists, shortCommit, summaryText, unsupportedText } from "./plan-summary.js";
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
function costSection(plan, hourly) {
    const cost = plan.cost;
    const out = [`#### Monthly cost (USD, ${cost.hoursPerMonth} hours)`, ""];
    if (hourly)
        out.push(`**After this change: ${formatUsdPerHour(cost.monthlyAfter, cost.hoursPerMonth)} per hour, ` +
            `${formatUsd(cost.monthlyAfter)} per month${cost.unknown.length > 0 ? ", plus the unknown prices below" : ""}**`, "");
    out.push("| Resource | Before | After | Delta |", "| --- | ---: | ---: | ---: |");
    const { total, rows } = changedCostRows(plan);
    const lines = mapLazily(rows, (row) => {
        const r = scrubControls(row);
        return `| ${code(r.address)} | ${r.before} | ${r.after} | ${r.delta} |`;
    });
    const { kept, left } = takeWithin(lines, COST_ROWS_BUDGET, total);
    pushAll(out, kept);
    if (left > 0)
        out.push(`| _… and ${count(left, "more changed resource")}_ | | | |`);
    out.push(`| **Total** | **${formatUsd(cost.monthlyBefore)}** | **${formatUsd(cost.monthlyAfter)}** | ` +
        `**${formatUsdDelta(cost.monthlyDelta)}** |`);
    const rangeTotal = rangeTotalText(cost);
    if (rangeTotal !== undefined)
        out.push("", `**${escapeInline(rangeTotal)}**`);
    const forecast = budgetForecast(plan, code);
    out.push("", forecast.over ? `**${forecast.text}**` : forecast.text);
    const caveat = totalsCaveat(cost);
    const ranged = rangedResources(cost);
    const unranged = unrangedUsage(cost);
    const notes = costNotes(cost, ranged, unranged);
    const noteCount = cost.unknown.length + ranged.length + unranged.length;
    if (caveat !== undefined || noteCount > 0) {
        out.push("");
        if (caveat !== undefined)
            out.push(`**${caveat}**`, "");
        const shown = takeWithin(notes, COST_NOTES_BUDGET, noteCount);
        pushAll(out, shown.kept);
        if (shown.left > 0)
            out.push(`- _… and ${count(shown.left, "more note")}; see \`plagentic plan --json\`_`);
    }
    if (cost.sources.length > 0) {
        out.push("", `<sub>Prices: ${cost.sources.map((s) => escapeInline(sourceText(s))).join("; ")}</sub>`);
    }
    return out;
}
function* costNotes(cost, ranged, unranged) {
    for (const u of cost.unknown)
        yield `- ${escapeInline(unknownPriceLine(scrubControls(u)))}`;
    for (const r of ranged) {
        const line = usageRangeLine(scrubControls({ address: r.address, usageRange: r.usageRange }));
        yield `- ${escapeInline(line)}`;
    }
    for (const u of unranged)
        yield `- ${escapeInline(usageLine(scrubControls(u)))}`;
}
function policySection(plan) {
    const policy = plan.policy;
    const out = [
        `#### Policy: ${VERDICT_ICON[policy.verdict]} ${policy.verdict.toUpperCase()}`,
        "",
        `${evaluatedText(policy)}.`,
    ];
    const reported = reportedFindings(policy);
    if (reported.length > 0) {
        const findings = mapLazily(reported, (finding) => {
            const f = scrubControls(finding);
            const where = f.address !== undefined ? ` ${code(f.address)}` : "";
            return `- ${VERDICT_ICON[f.level]} **${f.level}** ${code(f.rule)}${where}: ${escapeInline(f.message)}`;
        });
        const { kept, left } = takeWithin(findings, FINDINGS_BUDGET, reported.length);
        pushAll(out, ["", ...kept]);
        if (left > 0)
            out.push(`- _… and ${count(left, "more finding")}_`);
    }
    return out;
}
/**
 * The diff as Markdown lines, formatted change by change until there are more than `budget`
 * characters: more than the parts can hold, so the cut is never visible, and a huge plan costs no
 * more than a full set of comments.
 */
function diffText(changes, destroyPlan, budget) {
    const lines = [];
    const ends = [];
    let chars = 0;
    for (const change of changes) {
        if (chars > budget)
            break;
        if (lines.length > 0)
            lines.push("");
        for (const l of changeLines(scrubControls(change), { destroyPlan })) {
            const text = capLine(diffLineMarkdown(l));
            lines.push(text);
            chars += text.length + 1;
        }
        ends.push(lines.length);
    }
    return { lines, ends, complete: ends.length === changes.length };
}
/** How many changes have every line among the first `shown` lines. */
function wholeChanges(ends, shown) {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid] <= shown)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function diffSection(slice, fence, unfolded, complete) {
    if (slice.lines.length === 0)
        return [];
    const body = [`${fence}diff`, ...slice.lines, fence];
    if (unfolded || slice.lines.length <= FOLD_DIFF_LINES)
        return body;
    const of = complete ? ` of ${formatCount(slice.totalLines)}` : "";
    const label = slice.total > 1 || slice.lines.length < slice.totalLines
        ? `Plan diff, lines ${formatCount(slice.firstLine + 1)}–${formatCount(slice.firstLine + slice.lines.length)}${of}`
        : `Show plan diff (${count(slice.lines.length, "line")})`;
    return [`<details><summary>${label}</summary>`, "", ...body, "", "</details>"];
}
export function renderPlanMarkdown(input, opts = {}) {
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
    const cost = costSection(plan, opts.hourly ?? false);
    const policy = policySection(plan);
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
        const section = diffSection(slice, fence, opts.unfolded ?? false, diff.complete);
        if (section.length > 0)
            pushAll(out, section).push("");
        if (slice.index === 0 && slice.total > 1) {
            const rest = slice.total === 2 ? "part 2" : `parts 2–${slice.total}`;
            out.push(`_The diff continues in ${rest}, the following comment${slice.total === 2 ? "" : "s"}._`, "");
        }
        if (last && slice.omitted > 0) {
            const cut = plan.changes.length - wholeChanges(diff.ends, slice.totalLines - slice.omitted);
            out.push(`_${count(cut, "more resource change")} not shown in full: the plan does not fit in ` +
                `${maxParts} comments. Run ${code(`plagentic plan ${plan.environment}`)} locally to see the full plan._`, "");
        }
        if (slice.index === 0)
            pushAll(pushAll(out, cost), ["", ...policy, ""]);
        if (last && opts.nextStep !== undefined && opts.nextStep !== "")
            out.push(opts.nextStep, "");
        return `${out.join("\n").trimEnd()}\n`;
    };
    return splitIntoParts(diff.lines, render, { limit, maxParts });
}

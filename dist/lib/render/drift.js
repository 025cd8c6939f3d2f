import { palette } from "./ansi.js";
import { mapLazily, pushAll } from "./arrays.js";
import { GITHUB_COMMENT_LIMIT } from "./comment-splitter.js";
import { capLine, code, count, escapeInline, formatCount, takeWithin } from "./markdown.js";
import { formatInline, scrubControls } from "./values.js";
const KIND_TEXT = {
    changed: "changed outside Plagentic",
    missing: "missing: in the spec but not in the cloud",
    unmanaged: "unmanaged: tagged for this environment but not in the spec",
};
export function noDriftText(report) {
    return `No drift: ${count(report.checked, "resource")} match the spec.`;
}
function driftHeadline(report) {
    const n = report.items.length;
    return `Drift in ${report.environment} (${report.provider}): ${count(n, "resource")} ${n === 1 ? "differs" : "differ"} from the spec (${formatCount(report.checked)} checked).`;
}
function differenceText(d) {
    return `${d.attribute}: ${formatInline(d.expected)} -> ${formatInline(d.actual)}`;
}
function kindColor(kind, p) {
    return kind === "changed" ? p.yellow : kind === "missing" ? p.red : p.magenta;
}
export function renderDriftText(input, opts) {
    const report = scrubControls(input);
    const p = palette(opts.color);
    if (report.items.length === 0)
        return `${p.green(noDriftText(report))}\n`;
    const out = [p.bold(driftHeadline(report)), ""];
    for (const item of report.items) {
        const id = item.id !== undefined ? ` (${item.id})` : "";
        out.push(`  ${p.bold(item.address)}${id}: ${kindColor(item.kind, p)(KIND_TEXT[item.kind])}`);
        for (const d of item.differences)
            out.push(`      ${differenceText(d)}`);
    }
    out.push("", `Run \`plagentic plan ${report.environment}\` to see the changes that bring the cloud back to the spec.`);
    return `${out.join("\n")}\n`;
}
const DRIFT_ROWS_BUDGET = GITHUB_COMMENT_LIMIT - 4_000;
export function renderDriftMarkdown(input) {
    const report = scrubControls(input);
    const out = [`### Plagentic drift: ${code(report.environment)}`, ""];
    if (report.items.length === 0) {
        out.push(`✅ ${noDriftText(report)}`);
        return `${out.join("\n")}\n`;
    }
    out.push(`⚠️ ${escapeInline(driftHeadline(report))}`, "");
    const entries = mapLazily(report.items, (item) => {
        const id = item.id !== undefined ? ` (${code(item.id)})` : "";
        const lines = [`- ${code(item.address)}${id}: ${KIND_TEXT[item.kind]}`];
        for (const d of item.differences)
            lines.push(`  - ${capLine(escapeInline(differenceText(d)), 1_000)}`);
        return lines.join("\n");
    });
    const { kept, left } = takeWithin(entries, DRIFT_ROWS_BUDGET, report.items.length);
    pushAll(out, kept);
    if (left > 0)
        out.push(`- _… and ${count(left, "more drifted resource")}_`);
    out.push("", `Comment ${code(`/plagentic plan ${report.environment}`)} to see the changes that bring the cloud back to the spec.`);
    return `${out.join("\n")}\n`;
}

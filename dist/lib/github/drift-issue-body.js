import { capLine, code, count, fenceFor, takeWithin } from "../render/markdown.js";
import { formatInline, formatScalar, scrubControls } from "../render/values.js";
import { parseYamlSource } from "../spec/yaml-source.js";
import { ENVIRONMENT_PATTERN } from "./commands.js";
import { consoleLink } from "./console-links.js";
import { neutralize } from "./neutralize.js";
/** The label drift issues carry; not `plagentic`, which would make them change requests. */
export const DRIFT_LABEL = "plagentic-drift";
/** Leaves room under GitHub's 65,536 characters for the text around the diff. */
const DIFF_BUDGET = 50_000;
const LINKS_SHOWN = 50;
export function driftIssueTitle(environment) {
    return `Drift in ${environment}`;
}
/** The first line of a drift issue's body. Only a valid environment name ever goes in it. */
export function driftMarker(environment) {
    if (!ENVIRONMENT_PATTERN.test(environment))
        throw new Error(`"${environment}" cannot name a drift issue`);
    return `<!-- plagentic:drift:${environment} -->`;
}
/** One Terraform-style line per drifted resource and attribute: spec on the left, live on the right. */
export function driftDiffLines(report) {
    const out = [];
    for (const item of scrubControls(report.items)) {
        // An unmanaged resource's address and any attribute name may come from the cloud: one line each.
        const address = capLine(oneLine(item.address), 300);
        const id = item.id !== undefined ? ` (${formatScalar(oneLine(item.id))})` : "";
        if (item.kind === "missing")
            out.push(`+ ${address}  # deleted outside Plagentic: revert re-creates it`);
        else if (item.kind === "unmanaged")
            out.push(`- ${address}${id}  # unmanaged: carries this environment's tags, not in the spec`);
        else {
            out.push(`~ ${address}${id}`);
            for (const d of item.differences)
                out.push(capLine(`    ~ ${oneLine(d.attribute)} = ${formatInline(d.expected)} -> ${formatInline(d.actual)}`, 1_000));
        }
    }
    return out;
}
/** The line each resource's definition starts on in the spec, by `type.name`. */
export function resourceLines(text, file) {
    const lines = new Map();
    const source = parseYamlSource(text, file);
    const resources = source.data?.resources;
    if (!Array.isArray(resources))
        return lines;
    resources.forEach((r, i) => {
        const { type, name } = (r ?? {});
        if (typeof type !== "string" || typeof name !== "string")
            return;
        const line = source.locate(["resources", i]).line;
        if (line !== undefined)
            lines.set(`${type}.${name}`, line);
    });
    return lines;
}
/** `aws_instance.web[1]` → `aws_instance.web`: the block in the spec that defines it. */
export function baseAddress(address) {
    return address.replace(/\[\d+\]$/, "");
}
function linkLines(items, spec, provider) {
    const lines = resourceLines(spec.text, spec.file);
    const out = [];
    for (const item of items.slice(0, LINKS_SHOWN)) {
        const line = lines.get(baseAddress(item.address));
        const where = item.kind === "unmanaged"
            ? `not in ${code(spec.file)}`
            : spec.htmlBase !== null
                ? `[${spec.file}${line !== undefined ? `#L${line}` : ""}](${spec.htmlBase}/blob/${spec.sha}/${spec.file}${line !== undefined ? `#L${line}` : ""})`
                : `${code(spec.file)}${line !== undefined ? ` line ${line}` : ""}`;
        const id = item.id !== undefined ? ` (${code(capLine(oneLine(scrubControls(item.id)), 300))})` : "";
        const consoleUrl = item.id !== undefined && spec.region !== undefined
            ? consoleLink(provider, item.type, item.id, spec.region)
            : null;
        out.push(`- ${code(capLine(oneLine(scrubControls(item.address)), 300))}${id}: ${where}${consoleUrl ? ` ([console](${consoleUrl}))` : ""}`);
    }
    if (items.length > LINKS_SHOWN)
        out.push(`- _… and ${count(items.length - LINKS_SHOWN, "more resource")}_`);
    return out;
}
export function renderDriftIssueBody(report, spec) {
    const env = report.environment;
    const diff = driftDiffLines(report);
    const { kept, left } = takeWithin(diff, DIFF_BUDGET);
    if (left > 0)
        kept.push(`# … and ${count(left, "more line")}`);
    const fence = fenceFor(kept);
    // Only the marker is the bot's own; no line below it can open another or read as a command.
    const rest = [
        `Live resources of ${code(env)} (${report.provider}) no longer match ${code(spec.file)} on the default branch ` +
            `(commit ${code(spec.sha.slice(0, 7))}): ${count(report.items.length, "resource")} drifted, ` +
            `${count(report.checked, "resource")} checked.`,
        "",
        "Spec on the left, live on the right:",
        "",
        `${fence}diff`,
        ...kept,
        fence,
        "",
        "### Resources",
        "",
        ...linkLines(report.items, spec, report.provider),
        "",
        "### How to fix",
        "",
        `Comment ${code("/plagentic fix")} on this issue. Plagentic opens two pull requests, each planned and ` +
            "approved like any other: **revert** applies the spec again so the cloud matches the repository " +
            "(a deleted resource is re-created), and **accept** edits the spec to match the cloud. Merge or apply " +
            "one and close the other; the next check closes this issue.",
        "",
        "_Plagentic keeps this issue up to date; edits to it are overwritten._",
    ];
    return [driftMarker(env), neutralize(rest.join("\n"))].join("\n");
}
function oneLine(text) {
    return text.replace(/\s+/g, " ");
}

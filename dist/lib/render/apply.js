import { palette } from "./ansi.js";
import { mapLazily, pushAll } from "./arrays.js";
import { GITHUB_COMMENT_LIMIT } from "./comment-splitter.js";
import { capLine, code, count, escapeInline, takeWithin } from "./markdown.js";
import { scrubControls } from "./values.js";
const VERB = {
    create: "Creation",
    update: "Modifications",
    replace: "Replacement",
    delete: "Destruction",
    adopt: "Adoption",
};
/** Terraform's count: a replacement is one resource added and one destroyed. */
function tally(results) {
    let added = 0;
    let changed = 0;
    let destroyed = 0;
    for (const r of results) {
        if (r.status === "created")
            added++;
        else if (r.status === "updated" || r.status === "adopted")
            changed++;
        else if (r.status === "deleted")
            destroyed++;
        else if (r.status === "replaced") {
            added++;
            destroyed++;
        }
    }
    return { added, changed, destroyed };
}
/**
 * "Apply complete! Resources: 2 added, 1 changed, 0 destroyed." or, when anything failed or was
 * not attempted, what is left and what to do about it.
 */
export function applyOutcome(result) {
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
function resultText(r) {
    const id = r.id !== undefined ? ` [id=${r.id}]` : "";
    switch (r.status) {
        case "failed":
            return `${VERB[r.action]} failed: ${r.error ?? "unknown error"}`;
        case "skipped":
            return `Skipped (${r.action} not attempted)${r.error !== undefined ? `: ${r.error}` : ""}`;
        default:
            return `${VERB[r.action]} complete${id}`;
    }
}
function colorFor(r, p) {
    if (r.status === "failed")
        return p.red;
    if (r.status === "skipped")
        return p.yellow;
    return p.green;
}
export function renderApplyText(input, opts) {
    const result = scrubControls(input);
    const p = palette(opts.color);
    const out = result.results.map((r) => `${p.bold(`${r.address}:`)} ${colorFor(r, p)(resultText(r))}`);
    const outcome = applyOutcome(result);
    const good = outcome.startsWith("Apply complete!");
    out.push("", good ? p.green(p.bold(outcome)) : p.red(p.bold(outcome)));
    return `${out.join("\n")}\n`;
}
const STATUS_ICON = {
    created: "✅",
    updated: "✅",
    replaced: "✅",
    deleted: "✅",
    adopted: "✅",
    failed: "❌",
    skipped: "⏭️",
};
/** Room kept for everything but the table rows. */
const APPLY_ROWS_BUDGET = GITHUB_COMMENT_LIMIT - 4_000;
export function renderApplyMarkdown(input) {
    const result = scrubControls(input);
    const outcome = applyOutcome(result);
    const out = [
        `### Plagentic apply: ${code(result.environment)}`,
        "",
        `**${outcome}**`,
        "",
        `<sub>plan ${code(result.planHash.slice(0, 12))}</sub>`,
    ];
    if (result.results.length > 0) {
        const row = (r) => {
            const detail = r.status === "failed" || (r.status === "skipped" && r.error !== undefined)
                ? capLine(escapeInline(r.error ?? "unknown error"), 1_000)
                : r.id !== undefined
                    ? code(r.id)
                    : "";
            return `| ${code(r.address)} | ${r.action} | ${STATUS_ICON[r.status]} ${r.status} | ${detail} |`;
        };
        // When the table must be cut, failures are the rows a reader needs, so they go first. Rows are
        // formatted only as far as the budget reaches, however many resources the apply had.
        const total = result.results.length;
        let shown = takeWithin(mapLazily(result.results, row), APPLY_ROWS_BUDGET, total);
        if (shown.left > 0) {
            const failedFirst = [
                ...result.results.filter((r) => r.status === "failed"),
                ...result.results.filter((r) => r.status !== "failed"),
            ];
            shown = takeWithin(mapLazily(failedFirst, row), APPLY_ROWS_BUDGET, total);
        }
        out.push("", "| Resource | Action | Status | Id or error |", "| --- | --- | --- | --- |");
        pushAll(out, shown.kept);
        if (shown.left > 0)
            out.push(`| _… and ${count(shown.left, "more resource")}_ | | | |`);
    }
    return `${out.join("\n")}\n`;
}

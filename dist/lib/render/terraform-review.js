import { palette } from "./ansi.js";
import { code, count, escapeInline } from "./markdown.js";
import { renderPlanMarkdown } from "./plan-markdown.js";
import { renderPlanText } from "./plan-text.js";
import { scrubControls } from "./values.js";
const DIFF_ACTIONS = new Set(["create", "update", "replace", "delete"]);
/** Addresses named per note at most: the full list is in `--json`. */
const LISTED = 20;
function asChange(c) {
    const side = (attributes) => (attributes ? { attributes, tags: {} } : null);
    const before = side(c.before);
    const after = c.action === "delete" ? null : side(c.after);
    const names = new Set([...Object.keys(c.before ?? {}), ...Object.keys(c.after ?? {})]);
    const change = {
        address: c.address,
        type: c.type,
        action: c.action,
        before,
        after,
        changedAttributes: [...names],
        dependsOn: [],
    };
    // The diff marks the top-level attribute a replacement path starts at.
    if (c.replacePaths)
        change.replaceReasons = c.replacePaths.map((p) => p.split(".")[0]);
    return change;
}
/** The review as the plan renderers take it; its hash is the plan file's, the one a reader checks. */
export function reviewAsPlan(review) {
    return {
        formatVersion: review.formatVersion,
        environment: review.environment,
        repository: "terraform",
        provider: "aws",
        region: review.region,
        commit: null,
        specDigest: review.planFileHash,
        // `terraform plan -destroy`: every resource goes, which the renderers say up front.
        destroy: review.changes.length > 0 &&
            review.unchanged === 0 &&
            review.changes.every((c) => c.action === "delete"),
        changes: review.changes.filter((c) => DIFF_ACTIONS.has(c.action)).map(asChange),
        summary: { add: review.summary.add, change: review.summary.change, destroy: review.summary.destroy },
        cost: review.cost,
        policy: review.policy,
        unsupported: [],
        hash: review.planFileHash,
    };
}
function listed(addresses, show) {
    const shown = addresses.slice(0, LISTED).map(show).join(", ");
    return addresses.length > LISTED ? `${shown} and ${count(addresses.length - LISTED, "more")}` : shown;
}
/** The notes only a Terraform plan has, as plain sentences (each item formatted by `show`). */
function notes(review, show) {
    const out = [];
    const of = (action) => review.changes.filter((c) => c.action === action).map((c) => c.address);
    const reads = of("read");
    if (reads.length > 0)
        out.push(`Read during apply (data sources, not priced): ${listed(reads, show)}.`);
    const forgets = of("forget");
    if (forgets.length > 0) {
        out.push(`No longer managed by Terraform, left running: ${listed(forgets, show)}.`);
    }
    for (const u of review.unknownTypes) {
        out.push(`Not priced or policy-checked: Plagentic does not know the type ${show(u.type)} ` +
            `(${listed(u.addresses, show)}).`);
    }
    return out;
}
function hashLine(review) {
    return (`Plan file sha256 ${review.planFileHash}: apply only the saved plan whose ` +
        "`terraform show -json` output has this hash. Plagentic never applies a Terraform plan.");
}
export function renderTerraformReviewText(input, opts) {
    const review = scrubControls({ ...input, cost: input.cost, policy: input.policy });
    const p = palette(opts.color);
    const version = review.terraformVersion !== null ? `, Terraform ${review.terraformVersion}` : "";
    const title = p.bold(`Plagentic review of the Terraform plan ${review.planFile} (${review.region}${version})`);
    const body = renderPlanText(reviewAsPlan(review), opts);
    // The first line names a Plagentic plan and the section head says who acts: here, Terraform.
    const rest = body
        .slice(body.indexOf("\n") + 1)
        .replace("Plagentic will perform the following actions:", "Terraform will perform the following actions:");
    const extra = notes(review, (a) => a);
    return [title, ...extra, rest.trimEnd(), p.dim(hashLine(review)), ""].join("\n");
}
/** The GitHub comment(s). Neutralize them before posting, as every comment is. */
export function renderTerraformReviewMarkdown(input, opts = {}) {
    const review = scrubControls(input);
    // An address is one line in a comment, whatever it holds.
    const bullet = notes(review, (a) => code(a.replace(/\s*[\r\n]+\s*/g, " "))).map((n) => `- ${n}`);
    const after = [
        ...(bullet.length > 0 ? [bullet.join("\n"), ""] : []),
        `<sub>${escapeInline(hashLine(review)).replace(review.planFileHash, code(review.planFileHash))}</sub>`,
        ...(opts.nextStep ? ["", opts.nextStep] : []),
    ].join("\n");
    return renderPlanMarkdown(reviewAsPlan(review), {
        ...(opts.marker !== undefined && { marker: opts.marker }),
        ...(opts.limit !== undefined && { limit: opts.limit }),
        ...(opts.maxParts !== undefined && { maxParts: opts.maxParts }),
        title: `Plagentic review of the Terraform plan ${code(review.planFile)}`,
        nextStep: after,
    });
}
export function renderTerraformReviewJson(review) {
    return `${JSON.stringify(review, null, 2)}\n`;
}

/**
 * A plan in plain words, one sentence per change: what happens, why (the attributes that differ,
 * what forces a replacement), what it does to the monthly bill and what policy says of it.
 * Deterministic, so an agent relaying it to a person cannot embellish what the plan says.
 */
import { formatUsd, formatUsdDelta } from "../cost/money.js";
import { changedCostRows } from "./cost-lines.js";
import { NO_CHANGES, summaryText, unsupportedText } from "./plan-summary.js";
import { scrubControls } from "./values.js";
const VERBS = {
    create: "is created",
    update: "is updated in place",
    replace: "is replaced (deleted and created again)",
    delete: "is deleted",
    adopt: "is adopted (ownership tags added to the existing resource)",
};
export function explainPlan(plan) {
    const costs = new Map([...changedCostRows(plan).rows].map((row) => [row.address, row]));
    const c = plan.cost;
    const overview = [
        `${plan.destroy ? "Destroy plan" : "Plan"} for ${scrubControls(plan.environment)} (${plan.provider}, ${scrubControls(plan.region)}), hash ${plan.hash.slice(0, 12)}.`,
        plan.changes.length === 0 ? NO_CHANGES : summaryText(plan.summary),
        `Monthly cost: ${formatUsd(c.monthlyBefore)} now, ${formatUsd(c.monthlyAfter)} after (${formatUsdDelta(c.monthlyDelta)}).` +
            (c.unknown.length > 0 ? ` ${c.unknown.length} price(s) are unknown and not in these totals.` : ""),
        `Policy verdict: ${plan.policy.verdict}.`,
        ...plan.policy.findings
            .filter((f) => f.level !== "pass" && f.address === undefined)
            .map((f) => `Policy ${f.level}: ${f.rule}: ${scrubControls(f.message)}`),
        ...[unsupportedText(plan) ?? []].flat(),
    ];
    const changes = plan.changes.map((change) => {
        const parts = [`${scrubControls(change.address)} (${change.type}) ${VERBS[change.action]}`];
        if (change.action === "update" && change.changedAttributes.length > 0) {
            parts.push(`because ${list(change.changedAttributes)} differ from the live resource`);
        }
        if (change.action === "replace" && change.replaceReasons?.length) {
            parts.push(`because ${list(change.replaceReasons)} cannot change in place`);
        }
        const cost = costs.get(change.address);
        if (cost)
            parts.push(`monthly cost ${cost.delta}`);
        const findings = plan.policy.findings.filter((f) => f.address === change.address && f.level !== "pass");
        parts.push(findings.length === 0
            ? "policy raises nothing"
            : findings.map((f) => `policy ${f.level}: ${f.rule}: ${scrubControls(f.message)}`).join("; "));
        if (change.protected)
            parts.push("it is marked protected");
        if (plan.unsupported.includes(change.type))
            parts.push(`the ${plan.provider} provider cannot apply it yet`);
        return { address: change.address, action: change.action, explanation: `${parts.join("; ")}.` };
    });
    return { overview, changes };
}
function list(items) {
    return scrubControls(items).join(", ");
}

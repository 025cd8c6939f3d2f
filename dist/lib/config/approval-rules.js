/**
 * Which approvals applying a plan needs, by what the plan does: the first `approvals.rules` entry
 * whose conditions all hold, else `approvals.environments.<env>`, else `approvals.required`. Pure:
 * the faces give it the default branch's config and the facts of the plan that was posted, and
 * show the reason it returns, so a comment, a check and a refusal never disagree.
 *
 * Where facts are uncertain the rule errs towards more approvals: an unknown price may hide a delta
 * over the threshold (invariant 10), and a type list that was cut may hide a matching type.
 */
import { formatUsd } from "../cost/money.js";
/** Types kept in the facts: more than the registry has, so a cut is a sign of something odd. */
export const MAX_FACT_TYPES = 40;
/**
 * The requirement for a plan of `environment` with `facts`. A rule's `require` leaves out what it
 * does not change: missing fields come from `approvals.environments.<env>`, then the global
 * `approvals.required`, write access and no teams.
 */
export function matchApprovalRule(config, environment, facts) {
    const base = fallbackRequirement(config, environment);
    for (const rule of config.approvals.rules) {
        const reasons = ruleReasons(rule, environment, facts);
        if (reasons === null)
            continue;
        const r = rule.require;
        return {
            requirement: {
                required: r.required ?? base.required,
                permission: r.permission ?? base.permission,
                teams: r.teams ?? base.teams,
            },
            rule: rule.name,
            why: `rule \`${rule.name}\`: ${reasons.length > 0 ? reasons.join(" and ") : "it has no conditions"}`,
        };
    }
    const own = config.approvals.environments[environment];
    return {
        requirement: base,
        rule: null,
        why: own !== undefined
            ? `no rule matches; \`approvals.environments.${environment}\` applies`
            : "no rule matches; `approvals.required` applies",
    };
}
/** The requirement without rules: the environment's settings over the global ones. */
export function fallbackRequirement(config, environment) {
    const own = config.approvals.environments[environment];
    return {
        required: own?.required ?? config.approvals.required,
        permission: own?.permission ?? "write",
        teams: own?.teams ?? [],
    };
}
/** Rules that could match some plan of `environment`: those that name it or name no environment. */
export function rulesFor(config, environment) {
    return config.approvals.rules.filter((r) => r.when.environments?.includes(environment) ?? true);
}
/** Why each condition of `rule` holds, or null when one does not. */
function ruleReasons(rule, environment, facts) {
    const when = rule.when;
    const reasons = [];
    if (when.environments !== undefined) {
        if (!when.environments.includes(environment))
            return null;
        reasons.push(`the environment is \`${environment}\``);
    }
    if (when.monthlyCostDeltaOver !== undefined) {
        const over = formatUsd(when.monthlyCostDeltaOver);
        if (facts.monthlyDelta > when.monthlyCostDeltaOver)
            reasons.push(`the plan adds ${formatUsd(facts.monthlyDelta)} a month, over ${over}`);
        else if (facts.pricesUnknown)
            reasons.push(`the plan adds ${formatUsd(facts.monthlyDelta)} a month plus prices nobody knows, maybe over ${over}`);
        else
            return null;
    }
    if (when.destroyOrReplace !== undefined) {
        if (when.destroyOrReplace !== facts.destroys)
            return null;
        reasons.push(facts.destroys ? "the plan destroys or replaces a resource" : "the plan destroys nothing");
    }
    if (when.resourceTypes !== undefined) {
        const hit = facts.types.filter((t) => when.resourceTypes.includes(t));
        if (hit.length > 0)
            reasons.push(`the plan changes ${hit
                .slice(0, 3)
                .map((t) => `\`${t}\``)
                .join(", ")}`);
        else if (facts.typesCut)
            reasons.push("the plan changes more resource types than were recorded");
        else
            return null;
    }
    if (when.overBudget !== undefined) {
        const over = facts.budget === "over" || facts.budget === "unknown";
        if (when.overBudget !== over)
            return null;
        reasons.push(BUDGET_REASON[facts.budget]);
    }
    return reasons;
}
const BUDGET_REASON = {
    over: "the environment goes over its budget",
    unknown: "the environment may go over its budget (some prices are unknown)",
    within: "the environment stays within its budget",
    none: "the environment has no budget",
};
/** "2 approvals from members of `platform` with maintain access", or "no approval". */
export function describeRequirement(req) {
    if (req.required === 0)
        return "no approval";
    const n = `${req.required} ${req.required === 1 ? "approval" : "approvals"}`;
    const access = `${req.permission} access`;
    if (req.teams.length === 0)
        return `${n} from someone with ${access}`;
    return `${n} from members of ${teamNames(req.teams)} with ${access}`;
}
/** "`platform`" or "`platform` or `sre`"; slugs are GitHub's `[a-z0-9_.-]`, anything else is dropped. */
export function teamNames(teams) {
    return teams.map((t) => `\`${t.replace(/[^A-Za-z0-9_.-]/g, "")}\``).join(" or ");
}

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
import type { ApprovalRuleConfig, LoadedConfig, Permission } from "./model.js";

/** What the rules look at in a plan. */
export interface PlanFacts {
  /** USD a month the plan adds over known prices (negative when it saves). */
  monthlyDelta: number;
  /** A created, updated or replaced resource has a price nobody knows: the delta is a lower bound. */
  pricesUnknown: boolean;
  /** The plan deletes or replaces at least one resource. */
  destroys: boolean;
  /** Distinct resource types the plan changes, sorted; at most MAX_FACT_TYPES. */
  types: string[];
  /** More types (or unnamable ones) were left out of `types`. */
  typesCut: boolean;
  /**
   * The total after the plan against the spec's `budget.monthly`: `unknown` when it is within the
   * budget over known prices but some price after the plan is unknown; `none` without a budget.
   */
  budget: "over" | "within" | "unknown" | "none";
}

/** Types kept in the facts: more than the registry has, so a cut is a sign of something odd. */
export const MAX_FACT_TYPES = 40;

/** What applying needs, every field decided. */
export interface ApprovalRequirement {
  required: number;
  permission: Permission;
  /** GitHub team slugs; empty when anyone with the permission counts. */
  teams: string[];
}

export interface ApprovalMatch {
  requirement: ApprovalRequirement;
  /** The rule's name, or null when no rule matched and the environment's or global setting applies. */
  rule: string | null;
  /** Where the requirement came from and why, e.g. "rule `big spend`: the plan adds $612.40 a month, over $500.00". */
  why: string;
}

/**
 * The requirement for a plan of `environment` with `facts`. A rule's `require` leaves out what it
 * does not change: missing fields come from `approvals.environments.<env>`, then the global
 * `approvals.required`, write access and no teams.
 */
export function matchApprovalRule(
  config: Pick<LoadedConfig, "approvals">,
  environment: string,
  facts: PlanFacts,
): ApprovalMatch {
  const base = fallbackRequirement(config, environment);
  for (const rule of config.approvals.rules) {
    const reasons = ruleReasons(rule, environment, facts);
    if (reasons === null) continue;
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
    why:
      own !== undefined
        ? `no rule matches; \`approvals.environments.${environment}\` applies`
        : "no rule matches; `approvals.required` applies",
  };
}

/** The requirement without rules: the environment's settings over the global ones. */
export function fallbackRequirement(
  config: Pick<LoadedConfig, "approvals">,
  environment: string,
): ApprovalRequirement {
  const own = config.approvals.environments[environment];
  return {
    required: own?.required ?? config.approvals.required,
    permission: own?.permission ?? "write",
    teams: own?.teams ?? [],
  };
}

/** Rules that could match some plan of `environment`: those that name it or name no environment. */
export function rulesFor(config: Pick<LoadedConfig, "approvals">, environment: string): ApprovalRuleConfig[] {
  return config.approvals.rules.filter((r) => r.when.environments?.includes(environment) ?? true);
}

/** Why each condition of `rule` holds, or null when one does not. */
function ruleReasons(rule: ApprovalRuleConfig, environment: string, facts: PlanFacts): string[] | null {
  const when = rule.when;
  const reasons: string[] = [];
  if (when.environments !== undefined) {
    if (!when.environments.includes(environment)) return null;
    reasons.push(`the environment is \`${environment}\``);
  }
  if (when.monthlyCostDeltaOver !== undefined) {
    const over = formatUsd(when.monthlyCostDeltaOver);
    if (facts.monthlyDelta > when.monthlyCostDeltaOver)
      reasons.push(`the plan adds ${formatUsd(facts.monthlyDelta)} a month, over ${over}`);
    else if (facts.pricesUnknown)
      reasons.push(
        `the plan adds ${formatUsd(facts.monthlyDelta)} a month plus prices nobody knows, maybe over ${over}`,
      );
    else return null;
  }
  if (when.destroyOrReplace !== undefined) {
    if (when.destroyOrReplace !== facts.destroys) return null;
    reasons.push(facts.destroys ? "the plan destroys or replaces a resource" : "the plan destroys nothing");
  }
  if (when.resourceTypes !== undefined) {
    const hit = facts.types.filter((t) => when.resourceTypes!.includes(t));
    if (hit.length > 0)
      reasons.push(
        `the plan changes ${hit
          .slice(0, 3)
          .map((t) => `\`${t}\``)
          .join(", ")}`,
      );
    else if (facts.typesCut) reasons.push("the plan changes more resource types than were recorded");
    else return null;
  }
  if (when.overBudget !== undefined) {
    const over = facts.budget === "over" || facts.budget === "unknown";
    if (when.overBudget !== over) return null;
    reasons.push(BUDGET_REASON[facts.budget]);
  }
  return reasons;
}

const BUDGET_REASON: Record<PlanFacts["budget"], string> = {
  over: "the environment goes over its budget",
  unknown: "the environment may go over its budget (some prices are unknown)",
  within: "the environment stays within its budget",
  none: "the environment has no budget",
};

/** "2 approvals from members of `platform` with maintain access", or "no approval". */
export function describeRequirement(req: ApprovalRequirement): string {
  if (req.required === 0) return "no approval";
  const n = `${req.required} ${req.required === 1 ? "approval" : "approvals"}`;
  const access = `${req.permission} access`;
  if (req.teams.length === 0) return `${n} from someone with ${access}`;
  return `${n} from members of ${teamNames(req.teams)} with ${access}`;
}

/** "`platform`" or "`platform` or `sre`"; slugs are GitHub's `[a-z0-9_.-]`, anything else is dropped. */
export function teamNames(teams: readonly string[]): string {
  return teams.map((t) => `\`${t.replace(/[^A-Za-z0-9_.-]/g, "")}\``).join(" or ");
}

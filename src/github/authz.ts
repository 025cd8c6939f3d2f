/**
 * Who may run which command (docs/design.md invariant 6): data in, a decision out. The caller looks up
 * the commenter's permission and team memberships; this module only decides.
 *
 * Rules, checked in this order so the reason names the first thing that is missing:
 * 1. Bots (user type "Bot", or a login ending in "[bot]", or `isBot`) are refused with
 *    `ignore: true`: the caller neither runs nor replies, so two bots can never talk in a loop.
 * 2. `help` and `status` need read access; every other verb needs write.
 * 3. Fork pull requests never `apply` or `destroy`; they `plan` or `drift` only when
 *    `allowForkPlans` is set (both run the PR's specs with the repository's cloud credentials).
 * 4. For the verbs that change an environment or its lock (ENVIRONMENT_GATED_VERBS), the
 *    environment's requirement may demand a higher permission (admin > maintain > write > triage >
 *    read > none) and/or membership of one of the named teams. Admins are not exempt from a team
 *    requirement: the configuration said who, and an admin can change the configuration.
 */
import type { Permission } from "./client.js";
import type { Verb } from "./commands.js";

export type RequiredPermission = "write" | "maintain" | "admin";

/** A per-environment rule from the default branch's config (`approvals.environments.<env>`). */
export interface AccessRequirement {
  permission?: RequiredPermission;
  /** Team slugs; membership of any one of them is enough. Empty or absent: no team rule. */
  teams?: string[];
}

export interface AuthorizeInput {
  verb: Verb;
  environment?: string;
  user: string;
  userType: string;
  permission: Permission;
  isBot: boolean;
  requirement?: AccessRequirement;
  /** Team slug → whether the user is a member; a team missing here counts as not a member. */
  teamMembership: Record<string, boolean>;
  pr?: { isFork: boolean };
  allowForkPlans: boolean;
}

export type AuthzResult =
  | { ok: true }
  | {
      ok: false;
      /** One sentence naming what is missing. */
      reason: string;
      /** What would work instead. */
      hint: string;
      /** True when the caller must stay silent (the comment came from a bot). */
      ignore: boolean;
    };

export const PERMISSION_RANK: Record<Permission, number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
};

/** Verbs that read only what the user can already see on GitHub. */
const READ_VERBS: ReadonlySet<Verb> = new Set<Verb>(["help", "status"]);
/** Verbs a fork PR may run only when the config allows fork plans. */
const FORK_PLAN_VERBS: ReadonlySet<Verb> = new Set<Verb>(["plan", "drift"]);
/** Verbs a fork PR may never run. */
const FORK_FORBIDDEN_VERBS: ReadonlySet<Verb> = new Set<Verb>(["apply", "destroy", "preview"]);
/** Verbs subject to the environment's own requirement: they change the environment or its lock. */
export const ENVIRONMENT_GATED_VERBS: ReadonlySet<Verb> = new Set<Verb>(["apply", "destroy", "unlock"]);

export function atLeast(have: Permission, need: Permission): boolean {
  return PERMISSION_RANK[have] >= PERMISSION_RANK[need];
}

export function isBotUser(user: string, userType: string): boolean {
  return userType.toLowerCase() === "bot" || user.toLowerCase().endsWith("[bot]");
}

export function authorizeCommand(input: AuthorizeInput): AuthzResult {
  const { verb, environment, user, permission } = input;
  const asked = commandText(verb, environment);

  if (input.isBot || isBotUser(user, input.userType))
    return refuse("Comments from bots are ignored.", "A person has to comment the command.", true);

  const base: Permission = READ_VERBS.has(verb) ? "read" : "write";
  if (!atLeast(permission, base))
    return refuse(
      `${asked} needs ${base} access to this repository, and ${user} has ${describe(permission)}.`,
      `Ask someone with ${base} access to comment ${asked}.`,
    );

  if (input.pr?.isFork) {
    if (FORK_FORBIDDEN_VERBS.has(verb))
      return refuse(
        `${capitalised(verb)} never runs from a pull request opened from a fork.`,
        "Push the branch to this repository and open the pull request from there.",
      );
    if (FORK_PLAN_VERBS.has(verb) && !input.allowForkPlans)
      return refuse(
        `${capitalised(verb)} does not run on pull requests from forks in this repository.`,
        "Push the branch to this repository, or ask a maintainer to set `github.allow_fork_plans` on the default branch.",
      );
  }

  const requirement = input.requirement;
  if (requirement !== undefined && ENVIRONMENT_GATED_VERBS.has(verb)) {
    const where = environment === undefined ? "this environment" : environment;
    const need = requirement.permission ?? "write";
    if (!atLeast(permission, need))
      return refuse(
        `${asked} on ${where} needs ${need} access, and ${user} has ${describe(permission)}.`,
        `Ask someone with ${need} access to comment ${asked}.`,
      );
    const teams = requirement.teams ?? [];
    if (teams.length > 0 && !teams.some((t) => memberOf(input.teamMembership, t)))
      return refuse(
        `${asked} on ${where} needs membership of ${teamList(teams)}, and ${user} is not a member.`,
        `Ask a member of ${teamList(teams)} to comment ${asked}.`,
      );
  }

  return { ok: true };
}

/** `/plagentic plan staging`, in a code span so it renders as the command it is. */
export function commandText(verb: Verb, environment?: string): string {
  return `\`/plagentic ${verb}${environment === undefined ? "" : ` ${environment}`}\``;
}

function memberOf(membership: Record<string, boolean>, team: string): boolean {
  const wanted = team.toLowerCase();
  return Object.entries(membership).some(([slug, member]) => member && slug.toLowerCase() === wanted);
}

export function teamList(teams: readonly string[]): string {
  const named = teams.map((t) => `\`${t}\``);
  if (named.length === 1) return `team ${named[0]}`;
  return `one of the teams ${named.join(", ")}`;
}

function describe(permission: Permission): string {
  return permission === "none" ? "no access" : `${permission} access`;
}

function capitalised(verb: string): string {
  return verb.charAt(0).toUpperCase() + verb.slice(1);
}

function refuse(reason: string, hint: string, ignore = false): AuthzResult {
  return { ok: false, reason, hint, ignore };
}

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
    pr?: {
        isFork: boolean;
    };
    allowForkPlans: boolean;
}
export type AuthzResult = {
    ok: true;
} | {
    ok: false;
    /** One sentence naming what is missing. */
    reason: string;
    /** What would work instead. */
    hint: string;
    /** True when the caller must stay silent (the comment came from a bot). */
    ignore: boolean;
};
export declare const PERMISSION_RANK: Record<Permission, number>;
/** Verbs subject to the environment's own requirement: they change the environment or its lock. */
export declare const ENVIRONMENT_GATED_VERBS: ReadonlySet<Verb>;
export declare function atLeast(have: Permission, need: Permission): boolean;
export declare function isBotUser(user: string, userType: string): boolean;
export declare function authorizeCommand(input: AuthorizeInput): AuthzResult;
/** `/plagentic plan staging`, in a code span so it renders as the command it is. */
export declare function commandText(verb: Verb, environment?: string): string;
export declare function teamList(teams: readonly string[]): string;

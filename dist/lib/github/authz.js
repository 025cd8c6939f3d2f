export const PERMISSION_RANK = {
    none: 0,
    read: 1,
    triage: 2,
    write: 3,
    maintain: 4,
    admin: 5,
};
/** Verbs that read only what the user can already see on GitHub. */
const READ_VERBS = new Set(["help", "status"]);
/** Verbs a fork PR may run only when the config allows fork plans. */
const FORK_PLAN_VERBS = new Set(["plan", "drift"]);
/** Verbs a fork PR may never run. */
const FORK_FORBIDDEN_VERBS = new Set(["apply", "destroy", "preview"]);
/** Verbs subject to the environment's own requirement: they change the environment or its lock. */
export const ENVIRONMENT_GATED_VERBS = new Set(["apply", "destroy", "unlock"]);
export function atLeast(have, need) {
    return PERMISSION_RANK[have] >= PERMISSION_RANK[need];
}
export function isBotUser(user, userType) {
    return userType.toLowerCase() === "bot" || user.toLowerCase().endsWith("[bot]");
}
export function authorizeCommand(input) {
    const { verb, environment, user, permission } = input;
    const asked = commandText(verb, environment);
    if (input.isBot || isBotUser(user, input.userType))
        return refuse("Comments from bots are ignored.", "A person has to comment the command.", true);
    const base = READ_VERBS.has(verb) ? "read" : "write";
    if (!atLeast(permission, base))
        return refuse(`${asked} needs ${base} access to this repository, and ${user} has ${describe(permission)}.`, `Ask someone with ${base} access to comment ${asked}.`);
    if (input.pr?.isFork) {
        if (FORK_FORBIDDEN_VERBS.has(verb))
            return refuse(`${capitalised(verb)} never runs from a pull request opened from a fork.`, "Push the branch to this repository and open the pull request from there.");
        if (FORK_PLAN_VERBS.has(verb) && !input.allowForkPlans)
            return refuse(`${capitalised(verb)} does not run on pull requests from forks in this repository.`, "Push the branch to this repository, or ask a maintainer to set `github.allow_fork_plans` on the default branch.");
    }
    const requirement = input.requirement;
    if (requirement !== undefined && ENVIRONMENT_GATED_VERBS.has(verb)) {
        const where = environment === undefined ? "this environment" : environment;
        const need = requirement.permission ?? "write";
        if (!atLeast(permission, need))
            return refuse(`${asked} on ${where} needs ${need} access, and ${user} has ${describe(permission)}.`, `Ask someone with ${need} access to comment ${asked}.`);
        const teams = requirement.teams ?? [];
        if (teams.length > 0 && !teams.some((t) => memberOf(input.teamMembership, t)))
            return refuse(`${asked} on ${where} needs membership of ${teamList(teams)}, and ${user} is not a member.`, `Ask a member of ${teamList(teams)} to comment ${asked}.`);
    }
    return { ok: true };
}
/** `/plagentic plan staging`, in a code span so it renders as the command it is. */
export function commandText(verb, environment) {
    return `\`/plagentic ${verb}${environment === undefined ? "" : ` ${environment}`}\``;
}
function memberOf(membership, team) {
    const wanted = team.toLowerCase();
    return Object.entries(membership).some(([slug, member]) => member && slug.toLowerCase() === wanted);
}
export function teamList(teams) {
    const named = teams.map((t) => `\`${t}\``);
    if (named.length === 1)
        return `team ${named[0]}`;
    return `one of the teams ${named.join(", ")}`;
}
function describe(permission) {
    return permission === "none" ? "no access" : `${permission} access`;
}
function capitalised(verb) {
    return verb.charAt(0).toUpperCase() + verb.slice(1);
}
function refuse(reason, hint, ignore = false) {
    return { ok: false, reason, hint, ignore };
}

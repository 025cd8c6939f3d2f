/**
 * One environment is changed by one pull request at a time. A lock is the ref
 * `refs/plagentic/locks/<environment>` pointing at a parentless commit whose message carries the
 * holder as JSON. GitHub creates a ref atomically, so of two PRs racing exactly one wins, and the
 * lock lives in the repository itself: the App and the Action see the same locks with no server.
 */
import { z } from "zod";
/** The holder a pull request's plan or apply takes the lock as. */
export function holderFor(pr, environment, user, now) {
    return { pr: pr.number, environment, user, headSha: pr.headSha, url: pr.htmlUrl, at: now.toISOString() };
}
const MESSAGE_HEAD = "plagentic lock";
/** Git ref names forbid much; environment names are a safe subset of what they allow. */
const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** A lock released between our failed create and our read leaves nothing to report; try again. */
const ACQUIRE_ATTEMPTS = 3;
const holderSchema = z.object({
    pr: z.number().int().positive(),
    environment: z.string(),
    user: z.string(),
    headSha: z.string(),
    url: z.string(),
    at: z.string(),
});
export function lockRef(environment) {
    if (!ENVIRONMENT.test(environment))
        throw new Error(`"${environment}" cannot name a lock`);
    return `plagentic/locks/${environment}`;
}
export function lockMessage(holder) {
    return `${MESSAGE_HEAD}\n\n${JSON.stringify(holder)}`;
}
/**
 * The holder a lock commit's message names. A message that does not parse still means the lock
 * is held, by someone unknown (pr 0): only `forceRelease` frees it, never a silent takeover.
 */
export function parseLockMessage(environment, message) {
    const text = message.trim();
    if (text.startsWith(MESSAGE_HEAD)) {
        try {
            const parsed = holderSchema.safeParse(JSON.parse(text.slice(MESSAGE_HEAD.length).trim()));
            if (parsed.success)
                return parsed.data;
        }
        catch {
            // Not JSON: fall through to the unknown holder.
        }
    }
    return { pr: 0, environment, user: "unknown", headSha: "", url: "", at: "" };
}
export function createLocks(client, repo) {
    async function get(environment) {
        const sha = await client.getRef(repo, lockRef(environment));
        if (sha === null)
            return null;
        const commit = await client.getCommit(repo, sha);
        return parseLockMessage(environment, commit.message);
    }
    async function release(environment, pr) {
        const holder = await get(environment);
        if (holder === null || holder.pr !== pr)
            return false;
        // GitHub has no compare-and-delete; the window between read and delete is one round trip,
        // and only a forced unlock plus a new acquire inside it could be lost.
        await client.deleteRef(repo, lockRef(environment));
        return true;
    }
    return {
        get,
        release,
        async acquire(environment, holder) {
            const ref = lockRef(environment);
            if (holder.environment !== environment)
                throw new Error(`lock holder names ${holder.environment}, not ${environment}`);
            let commitSha = null;
            for (let attempt = 0; attempt < ACQUIRE_ATTEMPTS; attempt++) {
                const current = await get(environment);
                if (current !== null) {
                    return current.pr === holder.pr ? { acquired: true } : { acquired: false, heldBy: current };
                }
                if (commitSha === null) {
                    // A commit needs a tree; reusing the head's tree means no new objects beyond the commit.
                    const { tree } = await client.getCommit(repo, holder.headSha);
                    commitSha = await client.createCommit(repo, { message: lockMessage(holder), tree, parents: [] });
                }
                if (await client.createRef(repo, `refs/${ref}`, commitSha))
                    return { acquired: true };
            }
            throw new Error(`the lock on ${environment} kept changing hands; try again`);
        },
        async forceRelease(environment) {
            await client.deleteRef(repo, lockRef(environment));
        },
        async releaseAllForPr(pr, environments) {
            const unique = [...new Set(environments)];
            const released = await Promise.all(unique.map((env) => release(env, pr)));
            return unique.filter((_, i) => released[i]);
        },
    };
}

/**
 * Where the App's scheduler learns its repositories and their schedules: every installation of the
 * App (as the App), every repository each installation can reach (as that installation), and each
 * repository's config from its default branch, read as the webhook handler reads it.
 */
import { join } from "node:path";
import { octokitClient } from "../github/octokit-client.js";
import { loadRepoConfig } from "../github/repo-config.js";
const PER_PAGE = 100;
/** GitHub's rules for owner and repository names: nothing that could leave the data directory. */
const isOwner = (v) => typeof v === "string" && /^[A-Za-z0-9-]{1,39}$/.test(v);
const isName = (v) => typeof v === "string" && /^[A-Za-z0-9._-]{1,100}$/.test(v) && v !== "." && v !== "..";
/* eslint-disable @typescript-eslint/no-explicit-any -- GitHub's answers are read defensively */
export function probotScheduleSource(probot, opts) {
    return {
        async repositories() {
            const app = await probot.auth();
            const installations = (await app.paginate(app.rest.apps.listInstallations, {
                per_page: PER_PAGE,
            }));
            const out = [];
            for (const installation of installations) {
                const id = installation?.id;
                if (typeof id !== "number" || !Number.isSafeInteger(id))
                    continue;
                let repos;
                try {
                    const octokit = await probot.auth(id);
                    repos = (await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, {
                        per_page: PER_PAGE,
                    }));
                }
                catch (e) {
                    // A suspended or half-removed installation must not stop the others' schedules.
                    opts.log.warn(`scheduler: the repositories of installation ${id} could not be listed: ${e instanceof Error ? e.message : String(e)}`);
                    continue;
                }
                for (const repo of repos) {
                    const owner = repo?.owner?.login;
                    const name = repo?.name;
                    if (isOwner(owner) && isName(name))
                        out.push({ installationId: id, owner, name });
                }
            }
            return out;
        },
        async schedule(repo) {
            const octokit = await probot.auth(repo.installationId);
            const rc = await loadRepoConfig(octokitClient(octokit), { owner: repo.owner, repo: repo.name }, { env: opts.env, workDir: join(opts.dataDir, repo.owner, repo.name) });
            const drift = rc.config.drift.schedule;
            return { ...(drift !== undefined && { drift }), hourly: rc.config.previews?.ttlHours !== undefined };
        },
    };
}

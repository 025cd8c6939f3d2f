/**
 * Repository files a spec names, read through the GitHub API at the commit its spec was read at,
 * under the same rules and bound as on disk. GitHub itself keeps the read inside the repository:
 * a symlink it cannot resolve to a file there is described, not followed, and refused here.
 */
import type { JobSpec } from "../plan/jobs.js";
import type { RepositoryFiles } from "../spec/model.js";
import type { GitHubClient, RepoRef } from "./client.js";
export declare function gitHubRepositoryFiles(gh: GitHubClient, repo: RepoRef, ref: string): RepositoryFiles;
/**
 * Runs a plan or apply job, and once more with the files its spec names read at `ref` when the
 * job says it needs them. Only the job parses the spec (off the event loop), so only it knows
 * which files; a spec that names none costs nothing extra.
 */
export declare function withRepositoryFiles<J extends {
    spec: JobSpec;
}, R>(gh: GitHubClient, repo: RepoRef, ref: string, job: J, run: (job: J) => Promise<R>): Promise<R>;

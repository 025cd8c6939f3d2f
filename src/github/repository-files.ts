/**
 * Repository files a spec names, read through the GitHub API at the commit its spec was read at,
 * under the same rules and bound as on disk. GitHub itself keeps the read inside the repository:
 * a symlink it cannot resolve to a file there is described, not followed, and refused here.
 */
import type { JobSpec } from "../plan/jobs.js";
import { RepositoryFilesNeeded } from "../plan/jobs.js";
import type { RepositoryFiles } from "../spec/model.js";
import { checkRepositoryPath, readAhead, RepositoryFileError, tooLarge } from "../spec/repository-files.js";
import type { GitHubClient, RepoRef } from "./client.js";

export function gitHubRepositoryFiles(gh: GitHubClient, repo: RepoRef, ref: string): RepositoryFiles {
  return {
    async read(path, maxBytes) {
      const clean = checkRepositoryPath(path);
      const found = await gh.getRawFile(repo, clean, ref, maxBytes);
      if (found === null)
        throw new RepositoryFileError("missing", path, `does not exist at ${ref.slice(0, 12)}`);
      if (found.type === "symlink")
        throw new RepositoryFileError("escapes", path, "is a symlink to nothing inside the repository");
      if (found.type !== "file") throw new RepositoryFileError("not-a-file", path, "is not a regular file");
      if (!found.bytes) throw tooLarge(path, found.size, maxBytes);
      return found.bytes;
    },
  };
}

/**
 * Runs a plan or apply job, and once more with the files its spec names read at `ref` when the
 * job says it needs them. Only the job parses the spec (off the event loop), so only it knows
 * which files; a spec that names none costs nothing extra.
 */
export async function withRepositoryFiles<J extends { spec: JobSpec }, R>(
  gh: GitHubClient,
  repo: RepoRef,
  ref: string,
  job: J,
  run: (job: J) => Promise<R>,
): Promise<R> {
  try {
    return await run(job);
  } catch (e) {
    if (!(e instanceof RepositoryFilesNeeded) || job.spec.files) throw e;
    const files = await readAhead(gitHubRepositoryFiles(gh, repo, ref), e.files);
    return run({ ...job, spec: { ...job.spec, files } });
  }
}

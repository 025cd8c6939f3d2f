/**
 * Which previews are live, kept in the repository itself so that the App and the Action find them
 * with no database: one ref `refs/plagentic/previews/<name>` per preview, pointing at a parentless
 * commit whose message carries the entry as JSON (the pattern of locks.ts).
 *
 * Anyone who can push can write such a ref, so an entry is trusted only as far as it is
 * consistent: it parses strictly, its name is the ref's, and that name is exactly the preview
 * name of its parent and pull request. A destroy it leads to can therefore only ever target an
 * environment named `<parent>-pr-<pr>`, on behalf of that pull request.
 */
import { z } from "zod";
import type { GitHubClient, RepoRef } from "./client.js";
import { ENVIRONMENT_PATTERN } from "./commands.js";
import { parsePreviewName } from "./preview-spec.js";

export interface PreviewEntry {
  pr: number;
  parent: string;
  name: string;
  createdAt: string;
  /** When the TTL runs out; null when `previews.ttl_hours` is not set. */
  expiresAt: string | null;
  /** The pull request head the preview was last applied from. */
  headSha: string;
}

const MESSAGE_HEAD = "plagentic preview";
const PREFIX = "plagentic/previews/";

const entrySchema = z.strictObject({
  pr: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  parent: z.string().regex(ENVIRONMENT_PATTERN),
  name: z.string().regex(ENVIRONMENT_PATTERN),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  headSha: z.string().regex(/^[0-9a-f]{40}$/),
});

export function previewRef(name: string): string {
  if (!ENVIRONMENT_PATTERN.test(name)) throw new Error(`"${name}" cannot name a preview`);
  return `${PREFIX}${name}`;
}

export function previewMessage(entry: PreviewEntry): string {
  return `${MESSAGE_HEAD}\n\n${JSON.stringify(entrySchema.parse(entry))}`;
}

/** The entry a ref's commit message holds, or null unless it is whole and names itself consistently. */
export function parsePreviewMessage(refName: string, message: string): PreviewEntry | null {
  const text = message.trim();
  if (!text.startsWith(MESSAGE_HEAD)) return null;
  let json: unknown;
  try {
    json = JSON.parse(text.slice(MESSAGE_HEAD.length).trim());
  } catch {
    return null;
  }
  const parsed = entrySchema.safeParse(json);
  if (!parsed.success) return null;
  const entry = parsed.data;
  const named = parsePreviewName(entry.name);
  if (refName !== `refs/${PREFIX}${entry.name}` && refName !== `${PREFIX}${entry.name}`) return null;
  if (named === null || named.parent !== entry.parent || named.pr !== entry.pr) return null;
  return entry;
}

export interface PreviewListing {
  entries: PreviewEntry[];
  /** Refs under the prefix whose entry was not trusted; reported, never acted on. */
  malformed: string[];
}

export interface PreviewRegistry {
  list(): Promise<PreviewListing>;
  get(name: string): Promise<PreviewEntry | null>;
  /** Records the entry; `treeOf` is a commit whose tree the registry commit reuses. */
  put(entry: PreviewEntry, treeOf: string): Promise<void>;
  remove(name: string): Promise<void>;
}

export function createPreviewRegistry(client: GitHubClient, repo: RepoRef): PreviewRegistry {
  async function read(ref: string, sha: string): Promise<PreviewEntry | null> {
    return parsePreviewMessage(ref, (await client.getCommit(repo, sha)).message);
  }
  return {
    async list() {
      const listing: PreviewListing = { entries: [], malformed: [] };
      for (const ref of await client.listMatchingRefs(repo, PREFIX)) {
        const entry = await read(ref.ref, ref.sha);
        if (entry) listing.entries.push(entry);
        else listing.malformed.push(ref.ref);
      }
      return listing;
    },
    async get(name) {
      const sha = await client.getRef(repo, previewRef(name));
      return sha === null ? null : read(`refs/${previewRef(name)}`, sha);
    },
    async put(entry, treeOf) {
      const { tree } = await client.getCommit(repo, treeOf);
      const sha = await client.createCommit(repo, { message: previewMessage(entry), tree, parents: [] });
      const ref = previewRef(entry.name);
      // No update-ref in the port: replace. Only this pull request's flows write this name.
      if (!(await client.createRef(repo, `refs/${ref}`, sha))) {
        await client.deleteRef(repo, ref);
        await client.createRef(repo, `refs/${ref}`, sha);
      }
    },
    async remove(name) {
      await client.deleteRef(repo, previewRef(name));
    },
  };
}

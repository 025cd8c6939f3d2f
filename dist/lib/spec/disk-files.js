/**
 * Repository files from the working tree: the CLI's and the Action's reader. The path is checked
 * in form first, then resolved through every symlink and refused unless it is still under the
 * real repository root, and the file is read through the handle its size was checked on, never
 * past the bound.
 */
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { join, sep } from "node:path";
import { checkRepositoryPath, RepositoryFileError, tooLarge } from "./repository-files.js";
const CHUNK = 1 << 20;
export function diskRepositoryFiles(root) {
    return {
        async read(path, maxBytes) {
            const clean = checkRepositoryPath(path);
            const realRoot = await realpath(root);
            let real;
            try {
                real = await realpath(join(realRoot, clean));
            }
            catch (e) {
                const code = e.code;
                if (code === "ENOENT" || code === "ENOTDIR")
                    throw new RepositoryFileError("missing", path, "does not exist in the repository");
                throw e;
            }
            if (!real.startsWith(realRoot + sep))
                throw new RepositoryFileError("escapes", path, "is a symlink to a file outside the repository");
            // O_NOFOLLOW: the resolved path is opened as is; a symlink swapped in after realpath fails.
            const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
            try {
                const stats = await handle.stat();
                if (!stats.isFile())
                    throw new RepositoryFileError("not-a-file", path, "is not a regular file");
                if (stats.size > maxBytes)
                    throw tooLarge(path, stats.size, maxBytes);
                // Read to the end, not to the size seen: a file that grew since the stat is still bounded.
                const chunks = [];
                let total = 0;
                for (;;) {
                    const chunk = Buffer.alloc(CHUNK);
                    const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
                    if (bytesRead === 0)
                        break;
                    total += bytesRead;
                    if (total > maxBytes)
                        throw tooLarge(path, total, maxBytes);
                    chunks.push(chunk.subarray(0, bytesRead));
                }
                return Buffer.concat(chunks, total);
            }
            finally {
                await handle.close();
            }
        },
    };
}

import type { RepositoryFiles, ResolvedEnvironment } from "./model.js";
export type RepositoryFileProblem = "absolute" | "escapes" | "missing" | "not-a-file" | "too-large";
/** A repository file that may not be read; `reason` is said after the path in messages. */
export declare class RepositoryFileError extends Error {
    readonly problem: RepositoryFileProblem;
    readonly path: string;
    readonly reason: string;
    constructor(problem: RepositoryFileProblem, path: string, reason: string);
}
/**
 * Checks the form of a repository-relative path, before anything is read: not absolute (POSIX,
 * a drive letter, a UNC share), no `..` segment, no backslash (a Windows separator on one
 * machine, a name character on another), no NUL. Returns it with `.` segments and doubled
 * slashes dropped, the form the readers use.
 */
export declare function checkRepositoryPath(path: string): string;
export declare function tooLarge(path: string, bytes: number, maxBytes: number): RepositoryFileError;
/** The hash a plan carries for a file: base64 of its sha256, what Lambda reports as CodeSha256. */
export declare function fileHash(bytes: Uint8Array): string;
/**
 * A file read ahead of use, as data that crosses a thread: its bytes, or the reader's refusal,
 * so the refusal is reported where the spec names the file.
 */
export type ReadFile = Uint8Array | {
    refused: RepositoryFileProblem;
    reason: string;
};
/** Files read ahead (a job's, read at a commit by the thread that talks to GitHub). */
export declare function filesFromBytes(files: Readonly<Record<string, ReadFile>>): RepositoryFiles;
/** Reads `wanted` through `files` ahead of use, keeping each refusal as data. */
export declare function readAhead(files: RepositoryFiles, wanted: readonly {
    path: string;
    maxBytes: number;
}[]): Promise<Record<string, ReadFile>>;
/**
 * Reads each file the spec names once, through `files`, and returns the environment with each
 * file's hash in its resources' `hashInto` property and `files` kept for apply. A refused file is
 * a SpecError at the line of the property that names it.
 */
export declare function resolveRepositoryFiles(env: ResolvedEnvironment, files: RepositoryFiles): Promise<ResolvedEnvironment>;

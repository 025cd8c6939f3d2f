import { type SpecLimits } from "./limits.js";
import type { RepositoryFiles, ResolvedEnvironment } from "./model.js";
export declare function listEnvironmentNames(dir: string): Promise<string[]>;
/**
 * Reads and parses `<dir>/<name>.yaml`; messages name the file relative to `cwd`. With `files`
 * (the repository the spec belongs to), the files the spec names are read and hashed into it.
 */
export declare function loadEnvironment(dir: string, name: string, cwd?: string, limits?: Partial<SpecLimits>, files?: RepositoryFiles): Promise<ResolvedEnvironment>;
/**
 * Parses spec text and checks that its `environment:` matches the file it came from. Pass config's
 * `limits` (`LoadedConfig.limits`); the defaults apply when absent.
 */
export declare function checkedEnvironment(text: string, file: string, expectedName: string, limits?: Partial<SpecLimits>): ResolvedEnvironment;

import type { RepositoryFiles } from "./model.js";
export declare function diskRepositoryFiles(root: string): RepositoryFiles;

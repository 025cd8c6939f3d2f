import type { Workspace } from "../plan/workspace.js";
/** `environments/<name>.yaml` relative to the config's directory (`.yml` if that is what exists). */
export declare function specFile(workspace: Workspace, name: string): string;
/** The spec's text as it is on disk (`.yaml`, else `.yml`), or null when there is none. */
export declare function readSpecText(workspace: Workspace, name: string): Promise<string | null>;

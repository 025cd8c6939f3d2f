import type { Workspace } from "../plan/workspace.js";
import { type McpOptions } from "./context.js";
import { type HttpOptions } from "./http.js";
export interface ServeInput {
    workspace: Workspace;
    env: Readonly<Record<string, string | undefined>>;
    options: McpOptions;
    /** Absent for stdio. */
    http?: HttpOptions;
    log: (line: string) => void;
}
export declare function serveMcp(input: ServeInput): Promise<void>;

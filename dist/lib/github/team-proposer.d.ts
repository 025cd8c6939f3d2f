import type { PlainWordsProposer } from "./issue-flow.js";
export declare const DEFAULT_TEAM = "infrastructure-team";
export interface TeamProposerOptions {
    /**
     * The App is one process shared by many repositories (hosted): a team file from one of them
     * may not start MCP servers on it unless its operator allows it. The Action runs on the
     * repository's own runner (not hosted).
     */
    mcp: {
        hosted: boolean;
    };
}
export declare function teamProposer(teamName?: string, opts?: TeamProposerOptions): PlainWordsProposer;

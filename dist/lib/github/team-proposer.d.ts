import type { PlainWordsProposer } from "./issue-flow.js";
export declare const DEFAULT_TEAM = "infrastructure-team";
export declare function teamProposer(teamName?: string): PlainWordsProposer;

import { type EventOutcome, type GitHubContext } from "./context.js";
import { type PlainWordsProposer } from "./issue-flow.js";
/** The label that turns an issue into a change request. */
export declare const REQUEST_LABEL = "plagentic";
type Payload = any;
export interface GitHubEvent {
    name: string;
    payload: Payload;
}
export interface RouterOptions {
    /** Plain-words requests go to the team when a model is configured. */
    proposePlainWords?: PlainWordsProposer;
}
export declare function handleEvent(ctx: GitHubContext, event: GitHubEvent, opts?: RouterOptions): Promise<EventOutcome>;
export {};

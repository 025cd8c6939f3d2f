/**
 * The team's deterministic path: the requests it understands without a model. Anything else is a
 * plain-words request, which needs a model; callers say so instead of guessing.
 */
export type Intent = {
    kind: "plan";
    environment: string;
} | {
    kind: "destroy";
    environment: string;
} | {
    kind: "drift";
    environment: string;
} | {
    kind: "request";
    text: string;
};
/** Examples of requests the deterministic path understands, for help and error text. */
export declare const UNDERSTOOD_EXAMPLES: string[];
export declare function parseIntent(task: string): Intent;

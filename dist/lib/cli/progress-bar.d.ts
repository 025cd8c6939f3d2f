/**
 * Progress for long downloads. On a terminal: one bar per step, redrawn in place on stderr (at most
 * ten times a second). Elsewhere (CI logs, pipes): one plain line per step, no carriage returns.
 */
import type { FetchProgress } from "../cost/sources/index.js";
import type { Output } from "./output.js";
export declare function fetchProgress(stderr: NodeJS.WritableStream & {
    isTTY?: boolean;
}, out: Output, now?: () => number): {
    onProgress: (e: FetchProgress) => void;
    finish: () => void;
};

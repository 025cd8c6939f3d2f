/**
 * HTTP for the price fetchers: GET with retries and backoff on 429 and 5xx (the public price APIs
 * throttle), responses either parsed as JSON (pages are small) or handed on as a stream (AWS offer
 * files are hundreds of MB and are never held whole), with byte counts for a progress bar.
 */
import { Readable } from "node:stream";
import { PlagenticError } from "../../spec/errors.js";
/** What the command shows while fetching: a new step (one URL), then bytes as they arrive. */
export type FetchProgress = {
    kind: "step";
    label: string;
    url: string;
} | {
    kind: "bytes";
    label: string;
    received: number;
    total: number | undefined;
} | {
    kind: "done";
    label: string;
    received: number;
};
export interface HttpOptions {
    /** Attempts per request, the first included. */
    attempts?: number;
    /** First backoff delay; doubled each retry (with jitter), capped at 30 s. */
    baseDelayMs?: number;
    signal?: AbortSignal;
    progress?: (e: FetchProgress) => void;
    /** For tests. */
    fetch?: typeof fetch;
}
/** A fetch that failed for good: names the URL (with any API key masked) and the status. */
export declare class PriceFetchError extends PlagenticError {
    readonly url: string;
    readonly status?: number | undefined;
    constructor(message: string, url: string, status?: number | undefined);
}
/** A URL fit to print or store: an API key in the query is replaced by `***`. */
export declare function displayUrl(url: string): string;
export declare class HttpClient {
    private readonly opts;
    private readonly attempts;
    private readonly baseDelayMs;
    constructor(opts?: HttpOptions);
    get signal(): AbortSignal | undefined;
    progress(e: FetchProgress): void;
    /** GETs and parses JSON; a body that is not JSON is an error naming the URL. */
    getJson<T = unknown>(url: string, label?: string): Promise<T>;
    /** GETs and returns the body as a Node stream that reports progress as it is read. */
    getStream(url: string, label?: string): Promise<Readable>;
    private readCounted;
    private get;
    private delayMs;
}
/** Ctrl-C: nothing has been renamed into the cache before the end, so it is as it was. */
export declare function interrupted(): PlagenticError;

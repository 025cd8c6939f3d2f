/**
 * HTTP for the price fetchers: GET with retries and backoff on 429 and 5xx (the public price APIs
 * throttle), responses either parsed as JSON (pages are small) or handed on as a stream (AWS offer
 * files are hundreds of MB and are never held whole), with byte counts for a progress bar.
 */
import { Readable, Transform } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { PlagenticError } from "../../spec/errors.js";

/** What the command shows while fetching: a new step (one URL), then bytes as they arrive. */
export type FetchProgress =
  | { kind: "step"; label: string; url: string }
  | { kind: "bytes"; label: string; received: number; total: number | undefined }
  | { kind: "done"; label: string; received: number };

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
export class PriceFetchError extends PlagenticError {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A URL fit to print or store: an API key in the query is replaced by `***`. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    for (const name of ["key", "api_key", "apikey"])
      if (u.searchParams.has(name)) u.searchParams.set(name, "***");
    return u.toString().replace(/%2A%2A%2A/g, "***");
  } catch {
    return url;
  }
}

export class HttpClient {
  private readonly attempts: number;
  private readonly baseDelayMs: number;

  constructor(private readonly opts: HttpOptions = {}) {
    this.attempts = Math.max(1, opts.attempts ?? 4);
    this.baseDelayMs = opts.baseDelayMs ?? 500;
  }

  get signal(): AbortSignal | undefined {
    return this.opts.signal;
  }

  progress(e: FetchProgress): void {
    this.opts.progress?.(e);
  }

  /** GETs and parses JSON; a body that is not JSON is an error naming the URL. */
  async getJson<T = unknown>(url: string, label: string = displayUrl(url)): Promise<T> {
    const res = await this.get(url, label);
    const text = await this.readCounted(res, label);
    try {
      return JSON.parse(text) as T;
    } catch (e) {
      throw new PriceFetchError(
        `${displayUrl(url)}: the response is not JSON (${(e as Error).message})`,
        displayUrl(url),
        res.status,
      );
    }
  }

  /** GETs and returns the body as a Node stream that reports progress as it is read. */
  async getStream(url: string, label: string = displayUrl(url)): Promise<Readable> {
    const res = await this.get(url, label);
    if (!res.body)
      throw new PriceFetchError(`${displayUrl(url)}: empty response`, displayUrl(url), res.status);
    const total = contentLength(res);
    let received = 0;
    let lastReport = 0;
    const counter = new Transform({
      transform: (chunk: Buffer, _enc, cb) => {
        received += chunk.length;
        if (received - lastReport >= 256 * 1024) {
          lastReport = received;
          this.progress({ kind: "bytes", label, received, total });
        }
        cb(null, chunk);
      },
      flush: (cb) => {
        this.progress({ kind: "done", label, received });
        cb();
      },
    });
    const body = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    body.on("error", (e) => counter.destroy(e));
    return body.pipe(counter);
  }

  private async readCounted(res: Response, label: string): Promise<string> {
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      if (this.opts.signal?.aborted) throw interrupted();
      throw new PriceFetchError(
        `${displayUrl(res.url)}: the download broke off: ${(e as Error).message}`,
        displayUrl(res.url),
        res.status,
      );
    }
    this.progress({ kind: "done", label, received: Buffer.byteLength(text) });
    return text;
  }

  private async get(url: string, label: string): Promise<Response> {
    const shown = displayUrl(url);
    this.progress({ kind: "step", label, url: shown });
    const doFetch = this.opts.fetch ?? fetch;
    for (let attempt = 1; ; attempt++) {
      let res: Response | undefined;
      let failure: string;
      try {
        res = await doFetch(url, {
          headers: { accept: "application/json, text/csv;q=0.9, */*;q=0.1" },
          ...(this.opts.signal && { signal: this.opts.signal }),
        });
        if (res.ok) return res;
        failure = `HTTP ${res.status} ${res.statusText}`.trim() + (await apiMessage(res));
      } catch (e) {
        if (this.opts.signal?.aborted)
          throw new PriceFetchError(`interrupted while fetching ${shown}`, shown);
        failure = `network error: ${(e as Error).message}`;
      }
      const retryable = res === undefined || res.status === 429 || res.status >= 500;
      if (!retryable || attempt >= this.attempts) {
        const tries = attempt > 1 ? ` after ${attempt} attempts` : "";
        throw new PriceFetchError(`GET ${shown} failed${tries}: ${failure}`, shown, res?.status);
      }
      await sleep(this.delayMs(attempt, res), this.opts.signal);
    }
  }

  private delayMs(attempt: number, res: Response | undefined): number {
    const retryAfter = Number(res?.headers.get("retry-after"));
    const backoff = this.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
    // A server's Retry-After is honoured, within reason: a CLI should not sit silent for minutes.
    const wanted = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff;
    return Math.min(wanted, 30_000, this.baseDelayMs === 0 ? 0 : Infinity);
  }
}

/**
 * What an error answer says, briefly: Google's `error.message`, Azure's `Error.Message`, or the
 * start of a text body (e.g. "API key not valid" explains a 400 far better than the status).
 */
async function apiMessage(res: Response): Promise<string> {
  let text: string;
  try {
    text = (await res.text()).slice(0, 2000);
  } catch {
    return "";
  }
  let message: unknown;
  try {
    const body = JSON.parse(text) as {
      error?: { message?: unknown };
      Error?: { Message?: unknown };
      message?: unknown;
    };
    message = body.error?.message ?? body.Error?.Message ?? body.message;
  } catch {
    message = /^\s*</.test(text) ? undefined : text;
  }
  if (typeof message !== "string" || message.trim() === "") return "";
  const oneLine = message.replace(/\s+/g, " ").trim();
  return `: ${oneLine.length > 200 ? oneLine.slice(0, 200) + "..." : oneLine}`;
}

function contentLength(res: Response): number | undefined {
  const n = Number(res.headers.get("content-length"));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Ctrl-C: nothing has been renamed into the cache before the end, so it is as it was. */
export function interrupted(): PlagenticError {
  return new PlagenticError("interrupted; the price cache is unchanged");
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(interrupted());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(interrupted());
      },
      { once: true },
    );
  });
}

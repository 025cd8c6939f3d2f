/**
 * A tiny JSON-over-HTTP server for the fakes of Google's REST APIs (GKE, Cloud SQL Admin, Cloud
 * Functions): routes by method and path pattern, errors in Google's JSON error form, and a log of
 * every call so tests can assert what reached the "cloud".
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Json = Record<string, unknown>;

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Json;
}

export interface Reply {
  status?: number;
  body: unknown;
}

export type Route = [method: string, pattern: RegExp, handle: (m: string[], call: Call) => Reply];

const STATUS: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  404: "NOT_FOUND",
  409: "ALREADY_EXISTS",
  412: "FAILED_PRECONDITION",
};

export function error(status: number, message: string): Reply {
  return { status, body: { error: { code: status, message, status: STATUS[status] ?? "UNKNOWN" } } };
}

export interface FakeServer {
  port: number;
  calls: Call[];
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text === "" ? {} : (JSON.parse(text) as Json);
}

export async function startFake(routes: Route[]): Promise<FakeServer> {
  const calls: Call[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const call: Call = {
        method: req.method ?? "GET",
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        body: await bodyOf(req),
      };
      calls.push(call);
      let reply: Reply = error(404, `no route for ${call.method} ${call.path}`);
      for (const [method, pattern, handle] of routes) {
        const m = method === call.method ? pattern.exec(call.path) : null;
        if (m) {
          reply = handle(
            [...m].map((x) => x ?? ""),
            call,
          );
          break;
        }
      }
      res.writeHead(reply.status ?? 200, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Long-running operations as the fakes run them: each stays running for `polls` reads, then is
 * done (applying its effect), unless its target is `stuck`, or it fails with `failing`'s error.
 */
export class Operations {
  private next = 1;
  readonly ops = new Map<
    string,
    { left: number; target: string; effect: () => void; error?: Json; done: boolean }
  >();
  polls = 1;
  stuck = new Set<string>();
  /** Every operation stays running: the cloud never finishes. */
  stalled = false;
  /** The next operation started ends with this error instead of its effect. */
  failing: { code: number | string; message: string } | undefined;

  start(target: string, effect: () => void): string {
    const name = `operation-${this.next++}`;
    const error = this.failing;
    this.failing = undefined;
    this.ops.set(name, { left: this.polls, target, effect, ...(error && { error }), done: false });
    return name;
  }

  /** One read of the operation: whether it is done, and its error. */
  poll(name: string): { done: boolean; target: string; error?: Json } | undefined {
    const op = this.ops.get(name);
    if (!op) return undefined;
    if (!op.done && !this.stalled && !this.stuck.has(op.target)) {
      op.left -= 1;
      if (op.left <= 0) {
        op.done = true;
        if (!op.error) op.effect();
      }
    }
    return { done: op.done, target: op.target, ...(op.error && { error: op.error }) };
  }
}

/**
 * One local `node:http` server that answers like the three public price APIs, in their
 * documented shapes: the AWS Price List bulk API (offer index, region index, regional offer CSV),
 * the Azure Retail Prices API (`$filter`, pages linked by `NextPageLink`) and the Cloud Billing
 * Catalog API (API key required, pages linked by `nextPageToken`). Faults can be injected per URL.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Readable } from "node:stream";
import type { AzureItem, GcpSkuFixture } from "./price-fixtures.js";

export interface Fault {
  /** Matched against the request's path and query. */
  match: RegExp;
  /** How many matching requests fail; then they succeed. */
  times: number;
  status?: number;
  /** A 200 with this body instead of the real one (a malformed page). */
  body?: string;
  /** Send this many bytes of the real body, then drop the connection. */
  cutAfterBytes?: number;
}

export interface PriceServerOptions {
  /** offer code → region → CSV text or a stream factory. */
  aws?: Record<string, Record<string, string | (() => Readable)>>;
  azure?: { items: AzureItem[]; pageSize?: number };
  gcp?: { key: string; skus: GcpSkuFixture[]; pageSize?: number };
}

export interface PriceServer {
  url: string;
  requests: string[];
  faults: Fault[];
  close(): Promise<void>;
}

const AWS_VERSION = "20261120193037";

export async function startPriceServer(opts: PriceServerOptions): Promise<PriceServer> {
  const requests: string[] = [];
  const faults: Fault[] = [];
  let base = "";
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push(path);
    const fault = faults.find((f) => f.times > 0 && f.match.test(path));
    if (fault) fault.times--;
    if (fault?.status) return send(res, fault.status, { message: `injected ${fault.status}` });
    if (fault?.body !== undefined) {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(fault.body);
    }
    const answer = route(opts, base, req);
    if (!answer) return send(res, 404, { message: "not found" });
    if (fault?.cutAfterBytes !== undefined) return cut(res, answer, fault.cutAfterBytes);
    if (answer.stream) {
      res.writeHead(answer.status, { "content-type": answer.type });
      answer.stream.pipe(res);
      return;
    }
    res.writeHead(answer.status, {
      "content-type": answer.type,
      "content-length": Buffer.byteLength(answer.text ?? ""),
    });
    res.end(answer.text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    faults,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Answer {
  status: number;
  type: string;
  text?: string;
  stream?: Readable;
}

function json(status: number, body: unknown): Answer {
  return { status, type: "application/json", text: JSON.stringify(body, null, 2) };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function cut(res: ServerResponse, answer: Answer, bytes: number): void {
  const text = answer.text ?? "";
  res.writeHead(200, { "content-type": answer.type, "content-length": Buffer.byteLength(text) });
  res.write(text.slice(0, bytes), () => res.destroy());
}

function route(opts: PriceServerOptions, base: string, req: IncomingMessage): Answer | undefined {
  const url = new URL(req.url ?? "/", base);
  const p = url.pathname;
  if (opts.aws) {
    if (p === "/offers/v1.0/aws/index.json") {
      // The offer index, as the AWS Billing user guide shows it ("Service index file").
      return json(200, {
        formatVersion: "v1.0",
        disclaimer: "This pricing list is for informational purposes only.",
        publicationDate: "2026-11-20T19:30:37Z",
        offers: Object.fromEntries(
          Object.keys(opts.aws).map((code) => [
            code,
            {
              offerCode: code,
              versionIndexUrl: `/offers/v1.0/aws/${code}/index.json`,
              currentVersionUrl: `/offers/v1.0/aws/${code}/current/index.json`,
              currentRegionIndexUrl: `/offers/v1.0/aws/${code}/current/region_index.json`,
            },
          ]),
        ),
      });
    }
    const regionIndex = /^\/offers\/v1\.0\/aws\/([^/]+)\/current\/region_index\.json$/.exec(p);
    if (regionIndex) {
      const offers = opts.aws[regionIndex[1]!];
      if (!offers) return undefined;
      return json(200, {
        formatVersion: "v1.0",
        disclaimer: "This pricing list is for informational purposes only.",
        publicationDate: "2026-11-20T19:30:37Z",
        regions: Object.fromEntries(
          Object.keys(offers).map((region) => [
            region,
            {
              regionCode: region,
              currentVersionUrl: `/offers/v1.0/aws/${regionIndex[1]}/${AWS_VERSION}/${region}/index.json`,
            },
          ]),
        ),
      });
    }
    const offer = /^\/offers\/v1\.0\/aws\/([^/]+)\/(\d+)\/([^/]+)\/index\.csv$/.exec(p);
    if (offer) {
      const body = opts.aws[offer[1]!]?.[offer[3]!];
      if (body === undefined) return undefined;
      return typeof body === "string"
        ? { status: 200, type: "text/csv", text: body }
        : { status: 200, type: "text/csv", stream: body() };
    }
  }
  if (opts.azure && p === "/api/retail/prices") return azure(opts.azure, base, url);
  if (opts.gcp && p === "/v1/services/6F81-5844-456A/skus") return gcp(opts.gcp, url);
  return undefined;
}

/** The Retail Prices API: `$filter` of `field eq 'value'` clauses joined by `and`, 1,000 a page. */
function azure(cfg: NonNullable<PriceServerOptions["azure"]>, base: string, url: URL): Answer {
  const filter = url.searchParams.get("$filter") ?? "";
  const clauses: [string, string][] = [];
  for (const part of filter.split(/\s+and\s+/i).filter(Boolean)) {
    const m = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(part.trim());
    if (!m) return json(400, { Error: { Code: "BadRequest", Message: `Invalid OData filter: ${part}` } });
    const field = m[1]!.toLowerCase() === "pricetype" ? "type" : m[1]!;
    clauses.push([field, m[2]!.replace(/''/g, "'")]);
  }
  const matching = cfg.items.filter((item) =>
    clauses.every(([field, value]) => {
      const key = Object.keys(item).find((k) => k.toLowerCase() === field.toLowerCase());
      return key !== undefined && String((item as unknown as Record<string, unknown>)[key]) === value;
    }),
  );
  const size = cfg.pageSize ?? 1000;
  const skip = Number(url.searchParams.get("$skip") ?? "0");
  const items = matching.slice(skip, skip + size);
  const next = new URL(url.toString());
  next.searchParams.set("$skip", String(skip + size));
  return json(200, {
    BillingCurrency: "USD",
    CustomerEntityId: "Default",
    CustomerEntityType: "Retail",
    Items: items,
    NextPageLink: skip + size < matching.length ? next.toString() : null,
    Count: items.length,
  });
}

/** The Catalog API: API key checked as Google does, page tokens opaque. */
function gcp(cfg: NonNullable<PriceServerOptions["gcp"]>, url: URL): Answer {
  const key = url.searchParams.get("key");
  if (!key) {
    return json(403, {
      error: {
        code: 403,
        message:
          "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        status: "PERMISSION_DENIED",
      },
    });
  }
  if (key !== cfg.key) {
    return json(400, {
      error: {
        code: 400,
        message: "API key not valid. Please pass a valid API key.",
        status: "INVALID_ARGUMENT",
      },
    });
  }
  const size = Math.min(cfg.pageSize ?? 5000, Number(url.searchParams.get("pageSize") ?? "5000"));
  const token = url.searchParams.get("pageToken");
  const start = token ? Number(Buffer.from(token, "base64url").toString("utf8").replace("offset:", "")) : 0;
  const skus = cfg.skus.slice(start, start + size);
  const more = start + size < cfg.skus.length;
  return json(200, {
    skus,
    nextPageToken: more ? Buffer.from(`offset:${start + size}`).toString("base64url") : "",
  });
}

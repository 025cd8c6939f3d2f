/**
 * A small in-memory Compute Engine behind nock: inserts store the body the way GCE reports it back
 * (full URLs for references, zone/region fields, a disk size), gets and lists serve it. Enough to
 * check that what the provider writes reads back as the same spec. Disks follow the public Compute
 * REST reference (disks.insert, get, aggregatedList, resize, setLabels, delete; fake-gce-disks.ts).
 */
import nock from "nock";
import { API, BASE } from "./fixtures.js";
import { diskAction, storedDisk } from "./fake-gce-disks.js";

export const URL_BASE = "https://www.googleapis.com/compute/v1/";

export type Body = Record<string, unknown>;
/** A reply as nock takes it: status and JSON body. */
export type Reply = [number, unknown];

function expand(ref: unknown): unknown {
  return typeof ref === "string" && ref.startsWith("projects/") ? URL_BASE + ref : ref;
}

export interface FakeGce {
  stored: Map<string, Body>;
  requests: { method: string; path: string; body?: Body }[];
  /**
   * The next insert into a collection whose path matches ends in an operation that is DONE with
   * this error (GCE's way of failing an accepted request), and creates nothing.
   */
  failNextInsert(collection: RegExp, code: string): void;
  /** GCE keeps requestIds for a while only; after that a repeated insert is a new request. */
  forgetRequestIds(): void;
  done(): void;
}

type Operation = { name: string; status: "DONE"; error?: { errors: { code: string; message: string }[] } };

export function fakeGce(): FakeGce {
  const stored = new Map<string, Body>();
  const requests: FakeGce["requests"] = [];
  // GCE remembers each requestId and answers a repeated one with the first request's operation,
  // finished or failed, without doing anything again.
  const operations = new Map<string, Operation>();
  const failures: { collection: RegExp; code: string }[] = [];
  let ops = 0;
  const collection =
    /^\/compute\/v1\/projects\/demo\/(global|regions\/[^/]+|zones\/[^/]+)\/(networks|subnetworks|firewalls|instances|disks)$/;
  const done = (requestId: string | null): Reply => {
    const op: Operation = { name: `op-${++ops}`, status: "DONE" };
    if (requestId) operations.set(requestId, op);
    return [200, op];
  };

  function insert(where: string, kind: string, body: Body, requestId: string | null): Reply {
    const key = `projects/demo/${where}/${kind}/${String(body["name"])}`;
    if (stored.has(key)) {
      return [
        409,
        {
          error: {
            code: 409,
            message: `The resource '${key}' already exists`,
            errors: [{ reason: "alreadyExists" }],
          },
        },
      ];
    }
    const saved: Body = { ...body, selfLink: URL_BASE + key };
    if (where.startsWith("zones/")) saved["zone"] = URL_BASE + `projects/demo/${where}`;
    if (kind === "instances") {
      saved["machineType"] =
        URL_BASE + `projects/demo/${where}/machineTypes/${String(body["machineType"]).split("/").pop()}`;
      saved["disks"] = (body["disks"] as Body[]).map((d) => ({
        boot: d["boot"],
        diskSizeGb: String((d["initializeParams"] as Body)["diskSizeGb"] ?? 10),
      }));
      saved["networkInterfaces"] = (body["networkInterfaces"] as Body[]).map((n) => ({
        ...n,
        network: expand(n["network"]),
        subnetwork: expand(n["subnetwork"]),
      }));
    }
    if (kind === "disks") Object.assign(saved, storedDisk(where, body));
    if (where.startsWith("regions/")) saved["region"] = URL_BASE + `projects/demo/${where}`;
    if (body["network"]) saved["network"] = expand(body["network"]);
    stored.set(key, saved);
    return done(requestId);
  }

  const scope = nock(API)
    .persist()
    .post(/.*/)
    .reply(async (req: Request) => {
      const url = new URL(req.url);
      const text = await req.text();
      const body = text ? (JSON.parse(text) as Body) : undefined;
      requests.push({ method: "POST", path: url.pathname + url.search, ...(body && { body }) });
      const requestId = url.searchParams.get("requestId");
      const remembered = requestId ? operations.get(requestId) : undefined;
      if (remembered) return [200, remembered];
      const path = url.pathname.replace("/compute/v1/", "");
      const action = diskAction(stored, path, body);
      if (action) return action[0] === 200 ? done(requestId) : action;
      const m = collection.exec(url.pathname);
      if (!m || !body) return [404, { error: { code: 404, message: "not found" } }];
      const failing = failures.findIndex((f) => f.collection.test(url.pathname));
      if (failing >= 0) {
        const { code } = failures.splice(failing, 1)[0]!;
        const op: Operation = {
          name: `op-${++ops}`,
          status: "DONE",
          error: { errors: [{ code, message: code }] },
        };
        if (requestId) operations.set(requestId, op);
        return [200, op];
      }
      return insert(m[1]!, m[2]!, body, requestId);
    })
    .delete(/.*/)
    .reply((req: Request) => {
      const url = new URL(req.url);
      requests.push({ method: "DELETE", path: url.pathname + url.search });
      const path = url.pathname.replace("/compute/v1/", "");
      if (!stored.delete(path)) return [404, { error: { code: 404, message: `${path} not found` } }];
      return [200, { name: `op-${++ops}`, status: "DONE" }];
    })
    .get(/.*/)
    .reply((req: Request) => {
      const url = new URL(req.url);
      requests.push({ method: "GET", path: url.pathname + url.search });
      const path = url.pathname.replace("/compute/v1/", "");
      const one = stored.get(path);
      if (one) return [200, one];
      const matches = filterOf(url.searchParams.get("filter"));
      const agg = /^projects\/demo\/aggregated\/(subnetworks|instances|disks)$/.exec(path);
      if (agg) {
        const items: Record<string, Body> = {};
        for (const [key, value] of stored) {
          const k = /^projects\/demo\/((?:regions|zones)\/[^/]+)\/(\w+)\//.exec(key);
          if (k && k[2] === agg[1] && matches(value)) {
            const bucket = (items[k[1]!] ??= { [agg[1]!]: [] });
            (bucket[agg[1]!] as Body[]).push(value);
          }
        }
        return [200, { items }];
      }
      const list = /^projects\/demo\/global\/(networks|firewalls)$/.exec(path);
      if (list) {
        const items = [...stored]
          .filter(([k, v]) => k.startsWith(`projects/demo/global/${list[1]}/`) && matches(v))
          .map(([, v]) => v);
        return [200, { items }];
      }
      return [404, { error: { code: 404, message: `${path} not found` } }];
    });
  return {
    stored,
    requests,
    failNextInsert: (collection, code) => failures.push({ collection, code }),
    forgetRequestIds: () => operations.clear(),
    done: () => {
      scope.persist(false);
      nock.cleanAll();
    },
  };
}

/**
 * The two list filters the provider sends, as GCE reads them: `name eq "<regular expression>"`
 * and `labels.<key> = "<value>"`. Any other filter is refused, so a new one needs a fake first.
 */
function filterOf(filter: string | null): (item: Body) => boolean {
  if (!filter) return () => true;
  const name = /^name eq "(.*)"$/.exec(filter);
  if (name) {
    const re = new RegExp(`^(?:${name[1]!})$`);
    return (item) => re.test(String(item["name"]));
  }
  const label = /^labels\.([a-z0-9_-]+) = "([a-z0-9_-]*)"$/.exec(filter);
  if (label)
    return (item) => (item["labels"] as Record<string, string> | undefined)?.[label[1]!] === label[2];
  throw new Error(`the fake GCE does not know the filter ${filter}`);
}

export { BASE };

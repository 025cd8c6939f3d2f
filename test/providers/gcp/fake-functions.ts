/**
 * A fake of the Cloud Functions API v2 (cloudfunctions.googleapis.com), from its public REST
 * reference: `projects.locations.functions` list (AIP-160 `filter` on one label, `-` for every
 * location, paged), get, create (`functionId`), patch (`updateMask`) and delete, each write a
 * google.longrunning `Operation` (`done`, `error` a google.rpc.Status), and
 * `projects.locations.operations.get`. A function is DEPLOYING until its operation is done.
 */
import { error, Operations, startFake, type FakeServer, type Json, type Route } from "./fake-rest.js";

export interface FakeFunctions extends FakeServer {
  functions: Map<string, Json>;
  operations: Operations;
  /** Locations a list answers as `unreachable`. */
  unreachable: string[];
}

const LOC = String.raw`projects/([^/]+)/locations/([^/]+)`;
const FILTER = /^labels\.([a-z0-9_-]+)\s*=\s*"([a-z0-9_-]*)"$/;

/** Sets each dotted `path` of `from` on `to`, as an update mask says. */
function applyMask(to: Json, from: Json, paths: string[]): void {
  for (const path of paths) {
    const parts = path.split(".");
    let src: unknown = from;
    let dst: Json = to;
    for (const [i, p] of parts.entries()) {
      src = (src as Json | undefined)?.[p];
      if (i === parts.length - 1) dst[p] = src;
      else dst = (dst[p] ??= {}) as Json;
    }
  }
}

/** The API's routes and the state they serve: for a server of its own, or one shared with other fakes. */
export function functionsApi(): Omit<FakeFunctions, keyof FakeServer> & { routes: Route[] } {
  const functions = new Map<string, Json>();
  const operations = new Operations();
  const unreachable: string[] = [];

  const operation = (project: string, location: string, target: string, effect: () => void) => ({
    body: {
      name: `projects/${project}/locations/${location}/operations/${operations.start(target, effect)}`,
      done: false,
    },
  });
  const missing = (name: string) => error(404, `Resource '${name}' was not found`);

  const routes: Route[] = [
    [
      "GET",
      new RegExp(`^/v2/${LOC}/functions$`),
      ([, project, location], call) => {
        const filter = call.query.get("filter") ?? "";
        const m = FILTER.exec(filter);
        if (filter !== "" && !m) return error(400, `Invalid filter: ${filter}`);
        const prefix = `projects/${project}/locations/${location === "-" ? "" : `${location}/`}`;
        const all = [...functions.values()].filter(
          (f) =>
            String(f["name"]).startsWith(prefix) &&
            (!m || (f["labels"] as Json | undefined)?.[m[1]!] === m[2]),
        );
        const size = Number(call.query.get("pageSize") || 2);
        const from = Number(call.query.get("pageToken") || 0);
        const next = from + size < all.length ? String(from + size) : undefined;
        return {
          body: {
            functions: all.slice(from, from + size),
            ...(next && { nextPageToken: next }),
            ...(unreachable.length > 0 && { unreachable }),
          },
        };
      },
    ],
    [
      "GET",
      new RegExp(`^/v2/${LOC}/functions/([^/]+)$`),
      ([path]) => {
        const f = functions.get(path!.slice(4));
        return f ? { body: f } : missing(path!.slice(4));
      },
    ],
    [
      "POST",
      new RegExp(`^/v2/${LOC}/functions$`),
      ([, project, location], call) => {
        const id = call.query.get("functionId") ?? "";
        if (!/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(id)) return error(400, `Invalid function id ${id}`);
        const name = `projects/${project}/locations/${location}/functions/${id}`;
        if (functions.has(name)) return error(409, `Function ${id} already exists`);
        const body = call.body;
        if (!(body["buildConfig"] as Json | undefined)?.["runtime"])
          return error(400, "buildConfig.runtime is required");
        const stored: Json = {
          ...body,
          name,
          state: "DEPLOYING",
          environment: "GEN_2",
          url: `https://${location}-${project}.cloudfunctions.net/${id}`,
        };
        stored["serviceConfig"] = {
          availableMemory: "256M",
          timeoutSeconds: 60,
          ...(body["serviceConfig"] as Json),
        };
        functions.set(name, stored);
        return operation(project!, location!, name, () => (stored["state"] = "ACTIVE"));
      },
    ],
    [
      "PATCH",
      new RegExp(`^/v2/${LOC}/functions/([^/]+)$`),
      ([path, project, location], call) => {
        const name = path!.slice(4);
        const f = functions.get(name);
        if (!f) return missing(name);
        const mask = (call.query.get("updateMask") ?? "").split(",").filter((p) => p !== "");
        if (mask.length === 0) return error(400, "updateMask is required");
        f["state"] = "DEPLOYING";
        return operation(project!, location!, name, () => {
          applyMask(f, call.body, mask);
          f["state"] = "ACTIVE";
        });
      },
    ],
    [
      "DELETE",
      new RegExp(`^/v2/${LOC}/functions/([^/]+)$`),
      ([path, project, location]) => {
        const name = path!.slice(4);
        const f = functions.get(name);
        if (!f) return missing(name);
        f["state"] = "DELETING";
        return operation(project!, location!, name, () => functions.delete(name));
      },
    ],
    [
      "GET",
      new RegExp(`^/v2/${LOC}/operations/([^/]+)$`),
      ([path, , , id]) => {
        const op = operations.poll(id!);
        if (!op) return missing(path!.slice(4));
        return { body: { name: path!.slice(4), done: op.done, ...(op.error && { error: op.error }) } };
      },
    ],
  ];
  return { routes, functions, operations, unreachable };
}

export async function startFakeFunctions(): Promise<FakeFunctions> {
  const api = functionsApi();
  return Object.assign(await startFake(api.routes), api);
}

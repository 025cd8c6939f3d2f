/**
 * A fake of the Cloud SQL Admin API v1 (sqladmin.googleapis.com), from its public REST reference:
 * `instances` list (with `filter` on `settings.userLabels.<key>:<value>`, paged by `maxResults`),
 * get, insert, patch and delete, and `operations.get`. Writes answer a `sql#operation` (status
 * PENDING/RUNNING/DONE, `error.errors[]`); an instance is PENDING_CREATE until its insert is done.
 * Wrapped values are in proto3 JSON form (`dataDiskSizeGb: "10"`, `ipv4Enabled: true`).
 */
import { error, Operations, startFake, type FakeServer, type Json, type Route } from "./fake-rest.js";

export interface FakeCloudSql extends FakeServer {
  instances: Map<string, Json>;
  operations: Operations;
  /** Most instances one list page holds, whatever `maxResults` asks. */
  pageSize: number;
}

const FILTER = /^settings\.userLabels\.([a-z0-9_-]+):([a-z0-9_-]+)$/;

/** The API's routes and the state they serve: for a server of its own, or one shared with other fakes. */
export function cloudSqlApi(): Omit<FakeCloudSql, keyof FakeServer> & { routes: Route[] } {
  const instances = new Map<string, Json>();
  const operations = new Operations();
  const state = { pageSize: 500 };

  const operation = (project: string, type: string, target: string, effect: () => void) => ({
    body: {
      kind: "sql#operation",
      name: operations.start(target, effect),
      operationType: type,
      status: "PENDING",
      targetId: target,
      targetProject: project,
    },
  });
  const missing = (name: string) => error(404, `The Cloud SQL instance does not exist: ${name}.`);

  const routes: Route[] = [
    [
      "GET",
      /^\/v1\/projects\/([^/]+)\/instances$/,
      ([, project], call) => {
        const filter = call.query.get("filter") ?? "";
        const m = FILTER.exec(filter);
        if (filter !== "" && !m) return error(400, `Invalid filter: ${filter}`);
        const max = Math.min(Number(call.query.get("maxResults") || 500), state.pageSize);
        const all = [...instances.values()].filter(
          (i) =>
            i["project"] === project &&
            (!m || ((i["settings"] as Json)["userLabels"] as Json | undefined)?.[m[1]!] === m[2]),
        );
        const from = Number(call.query.get("pageToken") || 0);
        const next = from + max < all.length ? String(from + max) : undefined;
        return {
          body: {
            kind: "sql#instancesList",
            items: all.slice(from, from + max),
            ...(next && { nextPageToken: next }),
          },
        };
      },
    ],
    [
      "GET",
      /^\/v1\/projects\/([^/]+)\/instances\/([^/]+)$/,
      ([, project, name]) => {
        const i = instances.get(`${project}/${name}`);
        return i ? { body: i } : missing(name!);
      },
    ],
    [
      "POST",
      /^\/v1\/projects\/([^/]+)\/instances$/,
      ([, project], call) => {
        const body = call.body;
        const name = String(body["name"] ?? "");
        if (instances.has(`${project}/${name}`)) return error(409, `The Cloud SQL instance already exists.`);
        if (!body["databaseVersion"] || !(body["settings"] as Json | undefined)?.["tier"]) {
          return error(400, "Invalid request: databaseVersion and settings.tier are required.");
        }
        const settings = body["settings"] as Json;
        const stored: Json = {
          kind: "sql#instance",
          ...body,
          project,
          state: "PENDING_CREATE",
          settings: {
            availabilityType: "ZONAL",
            dataDiskType: "PD_SSD",
            dataDiskSizeGb: "10",
            ...settings,
            settingsVersion: "1",
          },
        };
        instances.set(`${project}/${name}`, stored);
        return operation(project!, "CREATE", name, () => (stored["state"] = "RUNNABLE"));
      },
    ],
    [
      "PATCH",
      /^\/v1\/projects\/([^/]+)\/instances\/([^/]+)$/,
      ([, project, name], call) => {
        const i = instances.get(`${project}/${name}`);
        if (!i) return missing(name!);
        const settings = (call.body["settings"] ?? {}) as Json;
        return operation(project!, "UPDATE", name!, () => {
          i["settings"] = { ...(i["settings"] as Json), ...settings };
        });
      },
    ],
    [
      "DELETE",
      /^\/v1\/projects\/([^/]+)\/instances\/([^/]+)$/,
      ([, project, name]) => {
        const i = instances.get(`${project}/${name}`);
        if (!i) return missing(name!);
        if ((i["settings"] as Json)["deletionProtectionEnabled"] === true) {
          return error(
            400,
            "The instance is protected. Please disable the deletion protection and try again.",
          );
        }
        return operation(project!, "DELETE", name!, () => instances.delete(`${project}/${name}`));
      },
    ],
    [
      "GET",
      /^\/v1\/projects\/([^/]+)\/operations\/([^/]+)$/,
      ([, project, name]) => {
        const op = operations.poll(name!);
        if (!op) return error(404, `The operation ${name} does not exist.`);
        return {
          body: {
            kind: "sql#operation",
            name,
            status: op.done ? "DONE" : "RUNNING",
            targetId: op.target,
            targetProject: project,
            ...(op.error && {
              error: { kind: "sql#operationErrors", errors: [{ kind: "sql#operationError", ...op.error }] },
            }),
          },
        };
      },
    ],
  ];
  return {
    routes,
    instances,
    operations,
    get pageSize() {
      return state.pageSize;
    },
    set pageSize(n: number) {
      state.pageSize = n;
    },
  };
}

export async function startFakeCloudSql(): Promise<FakeCloudSql> {
  const api = cloudSqlApi();
  const server = await startFake(api.routes);
  // A getter cannot be spread: the page size stays the API's own.
  return Object.defineProperties(server, Object.getOwnPropertyDescriptors(api)) as FakeCloudSql;
}

/**
 * A fake of the Kubernetes Engine API v1 (container.googleapis.com), from its public REST
 * reference: `projects.locations.clusters` (list, get, create, update, delete, setResourceLabels)
 * and `.nodePools` (create, update, setSize, delete), and `projects.locations.operations.get`.
 * Writes answer a GKE `Operation` (status PENDING/RUNNING/DONE, `error` a google.rpc.Status);
 * clusters are PROVISIONING until it is done. Error bodies are Google's JSON error form.
 */
import { error, Operations, startFake, type FakeServer, type Json, type Route } from "./fake-rest.js";

export interface FakeGke extends FakeServer {
  clusters: Map<string, Json>;
  operations: Operations;
}

const LOC = String.raw`projects/([^/]+)/locations/([^/]+)`;
const CLUSTER = String.raw`${LOC}/clusters/([^/:]+)`;
const POOL = String.raw`${CLUSTER}/nodePools/([^/:]+)`;

/** The API's routes and the state they serve: for a server of its own, or one shared with other fakes. */
export function gkeApi(): Omit<FakeGke, keyof FakeServer> & { routes: Route[] } {
  const clusters = new Map<string, Json>();
  const operations = new Operations();
  let fingerprint = 1;

  const operation = (
    project: string,
    location: string,
    type: string,
    target: string,
    effect: () => void,
  ) => ({
    body: {
      name: operations.start(target, effect),
      zone: location,
      operationType: type,
      status: "RUNNING",
      selfLink: `https://container.googleapis.com/v1/projects/${project}/locations/${location}/operations`,
      targetLink: target,
    },
  });
  const pools = (c: Json) => c["nodePools"] as Json[];
  const missing = (what: string) => error(404, `Not found: ${what}.`);

  const routes: Route[] = [
    [
      "GET",
      new RegExp(`^/v1/${LOC}/clusters$`),
      ([, project, location]) => ({
        body: {
          clusters: [...clusters.entries()]
            .filter(([path]) =>
              path.startsWith(`projects/${project}/locations/${location === "-" ? "" : `${location}/`}`),
            )
            .map(([, c]) => c),
        },
      }),
    ],
    [
      "GET",
      new RegExp(`^/v1/${CLUSTER}$`),
      ([path]) => {
        const c = clusters.get(path!.slice(4));
        return c ? { body: c } : missing(path!);
      },
    ],
    [
      "POST",
      new RegExp(`^/v1/${LOC}/clusters$`),
      ([, project, location], call) => {
        const c = { ...(call.body["cluster"] as Json) };
        const path = `projects/${project}/locations/${location}/clusters/${String(c["name"])}`;
        if (clusters.has(path)) return error(409, `Already exists: ${path}.`);
        const count = Number(c["initialNodeCount"] ?? 0);
        const stored: Json = {
          ...c,
          location,
          status: "PROVISIONING",
          currentMasterVersion: String(c["initialClusterVersion"] ?? "1.30.5-gke.1014001").replace(
            /^(\d+\.\d+)$/,
            "$1.5-gke.1014001",
          ),
          labelFingerprint: `fp-${fingerprint++}`,
          networkConfig: {
            network: `projects/${project}/global/networks/${String(c["network"] ?? "default").replace(/^.*\//, "")}`,
            subnetwork: `projects/${project}/regions/us-central1/subnetworks/${String(c["subnetwork"] ?? "default").replace(/^.*\//, "")}`,
          },
          nodePools:
            count > 0
              ? [
                  {
                    name: "default-pool",
                    initialNodeCount: count,
                    status: "RUNNING",
                    config: { machineType: "e2-medium" },
                  },
                ]
              : [],
        };
        delete stored["network"];
        delete stored["subnetwork"];
        clusters.set(path, stored);
        return operation(project!, location!, "CREATE_CLUSTER", path, () => (stored["status"] = "RUNNING"));
      },
    ],
    [
      "PUT",
      new RegExp(`^/v1/${CLUSTER}$`),
      ([path, project, location], call) => {
        const c = clusters.get(path!.slice(4));
        if (!c) return missing(path!);
        const update = (call.body["update"] ?? {}) as Json;
        return operation(project!, location!, "UPGRADE_MASTER", path!, () => {
          if (typeof update["desiredMasterVersion"] === "string")
            c["currentMasterVersion"] = update["desiredMasterVersion"];
        });
      },
    ],
    [
      "POST",
      new RegExp(`^/v1/${CLUSTER}:setResourceLabels$`),
      ([path, project, location], call) => {
        const c = clusters.get(path!.slice(4, -":setResourceLabels".length));
        if (!c) return missing(path!);
        if (call.body["labelFingerprint"] !== c["labelFingerprint"])
          return error(412, "Labels fingerprint mismatch");
        c["resourceLabels"] = call.body["resourceLabels"];
        c["labelFingerprint"] = `fp-${fingerprint++}`;
        return operation(project!, location!, "SET_LABELS", path!, () => undefined);
      },
    ],
    [
      "DELETE",
      new RegExp(`^/v1/${CLUSTER}$`),
      ([path, project, location]) => {
        const key = path!.slice(4);
        const c = clusters.get(key);
        if (!c) return missing(path!);
        c["status"] = "STOPPING";
        return operation(project!, location!, "DELETE_CLUSTER", key, () => clusters.delete(key));
      },
    ],
    [
      "POST",
      new RegExp(`^/v1/${CLUSTER}/nodePools$`),
      ([path, project, location], call) => {
        const c = clusters.get(path!.slice(4).replace(/\/nodePools$/, ""));
        if (!c) return missing(path!);
        const pool: Json = {
          ...(call.body["nodePool"] as Json),
          status: "PROVISIONING",
          version: c["currentMasterVersion"],
        };
        pool["config"] = {
          imageType: "COS_CONTAINERD",
          diskSizeGb: 100,
          diskType: "pd-balanced",
          ...(pool["config"] as Json),
        };
        if (!pool["locations"]) pool["locations"] = [`${location}-b`];
        if (pools(c).some((p) => p["name"] === pool["name"]))
          return error(409, `Already exists: ${String(pool["name"])}.`);
        pools(c).push(pool);
        return operation(
          project!,
          location!,
          "CREATE_NODE_POOL",
          `${path!.slice(4)}/${String(pool["name"])}`,
          () => (pool["status"] = "RUNNING"),
        );
      },
    ],
    [
      "PUT",
      new RegExp(`^/v1/${POOL}$`),
      ([path, project, location, cluster, name], call) => {
        const c = clusters.get(`projects/${project}/locations/${location}/clusters/${cluster}`);
        const pool = c && pools(c).find((p) => p["name"] === name);
        if (!pool) return missing(path!);
        if (!call.body["nodeVersion"] || !call.body["imageType"])
          return error(400, "node_version and image_type are required");
        return operation(project!, location!, "UPDATE_NODE_POOL", path!, () => {
          if (call.body["locations"]) pool["locations"] = call.body["locations"];
          const labels = call.body["resourceLabels"] as Json | undefined;
          if (labels) (pool["config"] as Json)["resourceLabels"] = labels["labels"];
        });
      },
    ],
    [
      "POST",
      new RegExp(`^/v1/${POOL}:setSize$`),
      // GKE resizes the pool's instance groups; the pool's own fields stay as they are.
      ([path, project, location, cluster, name]) => {
        const c = clusters.get(`projects/${project}/locations/${location}/clusters/${cluster}`);
        const pool = c && pools(c).find((p) => p["name"] === name);
        if (!pool) return missing(path!);
        return operation(project!, location!, "SET_NODE_POOL_SIZE", path!, () => undefined);
      },
    ],
    [
      "DELETE",
      new RegExp(`^/v1/${POOL}$`),
      ([path, project, location, cluster, name]) => {
        const c = clusters.get(`projects/${project}/locations/${location}/clusters/${cluster}`);
        const pool = c && pools(c).find((p) => p["name"] === name);
        if (!c || !pool) return missing(path!);
        pool["status"] = "STOPPING";
        return operation(project!, location!, "DELETE_NODE_POOL", path!, () => {
          c["nodePools"] = pools(c).filter((p) => p !== pool);
        });
      },
    ],
    [
      "GET",
      new RegExp(`^/v1/${LOC}/operations/([^/]+)$`),
      ([path, project, location, name]) => {
        const op = operations.poll(name!);
        if (!op) return missing(path!);
        return {
          body: {
            name,
            zone: location,
            status: op.done ? "DONE" : "RUNNING",
            targetLink: op.target,
            selfLink: `projects/${project}/locations/${location}/operations/${name}`,
            ...(op.error && { error: op.error }),
          },
        };
      },
    ],
  ];
  return { routes, clusters, operations };
}

export async function startFakeGke(): Promise<FakeGke> {
  const api = gkeApi();
  return Object.assign(await startFake(api.routes), api);
}

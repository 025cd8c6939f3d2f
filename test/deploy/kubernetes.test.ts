/**
 * deploy/kubernetes rendered by the real `kubectl kustomize`: the base (one replica on SQLite) and
 * the PostgreSQL overlay (three replicas), every manifest parsed and checked for what a cluster
 * would otherwise only reveal at deploy time.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

const dir = new URL("../../deploy/kubernetes/", import.meta.url).pathname;
const available = spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" }).status === 0;
if (!available && process.env["CI"] === "true") {
  describe("Kubernetes manifests", () => {
    it("needs kubectl", () => {
      throw new Error("kubectl is not installed, and CI=true: the kustomize test must run in CI");
    });
  });
} else if (!available) {
  console.warn("SKIPPED: Kubernetes manifests — kubectl is not installed (kubectl kustomize renders them)");
}

// The rendered manifests are arbitrary YAML; the expectations below are what check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = { kind: string; metadata: { name: string }; spec: Record<string, any> };
type Env = {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } };
};

function render(path: string): Manifest[] {
  const r = spawnSync("kubectl", ["kustomize", dir + path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`kubectl kustomize ${path} failed: ${r.stderr}`);
  return parseAllDocuments(r.stdout).map((d) => {
    if (d.errors.length > 0) throw new Error(`${path}: ${d.errors[0]!.message}`);
    return d.toJS() as Manifest;
  });
}

const one = (ms: Manifest[], kind: string): Manifest => {
  const found = ms.filter((m) => m.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!;
};

const matches = (selector: Record<string, string>, labels: Record<string, string>): boolean =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

function checkCommon(ms: Manifest[]) {
  expect(ms.map((m) => m.kind).sort()).toEqual(["Deployment", "PodDisruptionBudget", "Service"]);
  const deployment = one(ms, "Deployment");
  const pod = deployment.spec["template"];
  const labels = pod.metadata.labels as Record<string, string>;
  expect(matches(deployment.spec["selector"].matchLabels, labels)).toBe(true);
  expect(matches(one(ms, "Service").spec["selector"], labels)).toBe(true);
  expect(matches(one(ms, "PodDisruptionBudget").spec["selector"].matchLabels, labels)).toBe(true);

  expect(pod.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
  const [container, ...others] = pod.spec.containers;
  expect(others).toEqual([]);
  expect(container.image).toBe("plagentic:0.1.0");
  expect(container.args).toEqual(["serve"]);
  expect(container.securityContext).toMatchObject({
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
  });
  for (const probe of [container.livenessProbe, container.readinessProbe]) {
    expect(probe.httpGet).toEqual({ path: "/healthz", port: "http" });
  }
  expect(container.ports).toContainEqual({ name: "http", containerPort: 3000 });
  expect(one(ms, "Service").spec["ports"][0].targetPort).toBe("http");
  expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
  expect(container.resources.limits).toMatchObject({ memory: expect.any(String) });

  // With a read-only root, every place the App writes is a mounted emptyDir.
  const volumes = new Map(
    (pod.spec.volumes as { name: string; emptyDir?: object }[]).map((v) => [v.name, v]),
  );
  const env = container.env as Env[];
  const dataDir = env.find((e) => e.name === "PLAGENTIC_DATA_DIR")?.value;
  for (const path of [dataDir, "/tmp"]) {
    const mount = (container.volumeMounts as { name: string; mountPath: string }[]).find(
      (m) => m.mountPath === path,
    );
    expect(mount, `a volume at ${path}`).toBeDefined();
    expect(volumes.get(mount!.name)?.emptyDir).toBeDefined();
  }

  const secretRef = (name: string) => env.find((e) => e.name === name)?.valueFrom?.secretKeyRef;
  for (const name of ["APP_ID", "PRIVATE_KEY", "WEBHOOK_SECRET", "PLAGENTIC_DATABASE_URL"]) {
    expect(secretRef(name), `${name} from a Secret`).toMatchObject({
      name: expect.any(String),
      key: expect.any(String),
    });
  }
  // No secret value is ever written into the manifests.
  expect(env.filter((e) => /KEY|SECRET|DATABASE_URL/.test(e.name) && e.value !== undefined)).toEqual([]);
  return { deployment, env, secretRef };
}

describe.runIf(available)("Kubernetes manifests", () => {
  it("base: one replica, SQLite unless a database URL is given", () => {
    const { deployment, secretRef } = checkCommon(render("base"));
    expect(deployment.spec["replicas"]).toBe(1);
    expect(secretRef("PLAGENTIC_DATABASE_URL")?.optional).toBe(true);
  });

  it("overlays/postgres: three replicas that require the database", () => {
    const { deployment, env, secretRef } = checkCommon(render("overlays/postgres"));
    expect(deployment.spec["replicas"]).toBe(3);
    expect(secretRef("PLAGENTIC_DATABASE_URL")?.optional).toBe(false);
    expect(env.filter((e) => e.name === "PLAGENTIC_DATABASE_URL")).toHaveLength(1);
    expect(Number(env.find((e) => e.name === "PLAGENTIC_JOB_LEASE_SECONDS")?.value)).toBeGreaterThanOrEqual(
      10,
    );
  });
});

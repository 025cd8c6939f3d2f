/**
 * Apply's partial failures (src/plan/apply.ts), as a table: a dependency graph applied first, the
 * spec that changes it, the operations made to fail, and what apply must then do: which calls it
 * makes in which order, each resource's status, the closing line that says what to run next, and
 * what the next plan still holds (so nothing is left half-applied: planning again finishes it).
 *
 * The cloud is the sandbox, which refuses to delete anything another resource still references,
 * so an order that would break a real cloud breaks here too. Failures are injected by a wrapper.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/index.js";
import { applyPlan, type ApplyProgress } from "../../src/plan/apply.js";
import { createPlan } from "../../src/plan/engine.js";
import type { ResourceResult } from "../../src/plan/model.js";
import { ProviderOperationError, type Provider } from "../../src/providers/provider.js";
import { createSandboxProvider } from "../../src/providers/sandbox/sandbox-provider.js";
import { applyOutcome } from "../../src/render/apply.js";
import type { Attributes } from "../../src/spec/model.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { openStore, type Store } from "../../src/store/store.js";

type Resource = { type: string; name: string; properties: Attributes };

const VPC: Resource = { type: "aws_vpc", name: "main", properties: { cidr_block: "10.0.0.0/16" } };
/** The VPC with a property changed in place. */
const VPC_WITH_DNS: Resource = { ...VPC, properties: { ...VPC.properties, enable_dns_hostnames: true } };
const SUBNET: Resource = {
  type: "aws_subnet",
  name: "a",
  properties: { vpc: "ref(aws_vpc.main)", cidr_block: "10.0.1.0/24" },
};
/** The subnet with a new CIDR block, which forces its replacement (and its instance's). */
const SUBNET_MOVED: Resource = { ...SUBNET, properties: { ...SUBNET.properties, cidr_block: "10.0.2.0/24" } };
const GROUP: Resource = { type: "aws_security_group", name: "web", properties: { vpc: "ref(aws_vpc.main)" } };
const INSTANCE: Resource = {
  type: "aws_instance",
  name: "web",
  properties: {
    instance_type: "t3.micro",
    ami: "ami-0abcdef1234567890",
    subnet: "ref(aws_subnet.a)",
    security_groups: ["ref(aws_security_group.web)"],
  },
};
/** A new image (replaced) that no longer uses the security group. */
const INSTANCE_REIMAGED_WITHOUT_GROUP: Resource = {
  ...INSTANCE,
  properties: { ...INSTANCE.properties, ami: "ami-0123456789abcdef0", security_groups: [] },
};
const ALL = [VPC, SUBNET, GROUP, INSTANCE];

interface Row {
  name: string;
  /** Applied first, without failures. */
  before: Resource[];
  /** The spec then planned and applied; `destroy` plans the removal of everything instead. */
  after: Resource[] | "destroy";
  /** Calls made to fail (`create <address>`, `update <address>`, `delete <address>`). */
  fail: string[];
  /** Every call apply makes, failed ones included, in order. */
  calls: string[];
  /** `<status> <address>` per change, in plan order. */
  results: string[];
  /** Part of the error each listed address reports. */
  errors?: Record<string, string>;
  /** The start of the closing line. */
  outcome: string;
  /**
   * `<action> <address>` of the next plan: what planning again would still do. A deposed copy (a
   * second live resource at an address, left by a replacement) reads `<address> (deposed)`; the
   * test checks that its full plan address names its id.
   */
  next: string[];
}

const ROWS: Row[] = [
  {
    name: "creates in dependency order",
    before: [],
    after: ALL,
    fail: [],
    calls: [
      "create aws_vpc.main",
      "create aws_subnet.a",
      "create aws_security_group.web",
      "create aws_instance.web",
    ],
    results: [
      "created aws_vpc.main",
      "created aws_subnet.a",
      "created aws_security_group.web",
      "created aws_instance.web",
    ],
    outcome: "Apply complete! Resources: 4 added, 0 changed, 0 destroyed.",
    next: [],
  },
  {
    name: "a failed create skips what depends on it and applies what does not",
    before: [],
    after: ALL,
    fail: ["create aws_subnet.a"],
    calls: ["create aws_vpc.main", "create aws_subnet.a", "create aws_security_group.web"],
    results: [
      "created aws_vpc.main",
      "failed aws_subnet.a",
      "created aws_security_group.web",
      "skipped aws_instance.web",
    ],
    errors: {
      "aws_subnet.a": "InjectedFailure: create aws_subnet.a failed",
      "aws_instance.web": "skipped because aws_subnet.a did not apply",
    },
    outcome: "Apply failed: 1 of 4 resources failed; run plan again",
    next: ["create aws_subnet.a", "create aws_instance.web"],
  },
  {
    name: "a failure at the root skips everything downstream, transitively",
    before: [],
    after: ALL,
    fail: ["create aws_vpc.main"],
    calls: ["create aws_vpc.main"],
    results: [
      "failed aws_vpc.main",
      "skipped aws_subnet.a",
      "skipped aws_security_group.web",
      "skipped aws_instance.web",
    ],
    errors: { "aws_instance.web": "skipped because aws_subnet.a did not apply" },
    outcome: "Apply failed: 1 of 4 resources failed; run plan again",
    next: [
      "create aws_vpc.main",
      "create aws_subnet.a",
      "create aws_security_group.web",
      "create aws_instance.web",
    ],
  },
  {
    name: "a failed update skips the creates that depend on it",
    before: [VPC, SUBNET],
    after: [VPC_WITH_DNS, SUBNET, GROUP],
    fail: ["update aws_vpc.main"],
    calls: ["update aws_vpc.main"],
    results: ["failed aws_vpc.main", "skipped aws_security_group.web"],
    errors: { "aws_security_group.web": "skipped because aws_vpc.main did not apply" },
    outcome: "Apply failed: 1 of 2 resources failed; run plan again",
    next: ["update aws_vpc.main", "create aws_security_group.web"],
  },
  {
    name: "deletes go in reverse dependency order",
    before: ALL,
    after: "destroy",
    fail: [],
    calls: [
      "delete aws_instance.web",
      "delete aws_security_group.web",
      "delete aws_subnet.a",
      "delete aws_vpc.main",
    ],
    results: [
      "deleted aws_instance.web",
      "deleted aws_security_group.web",
      "deleted aws_subnet.a",
      "deleted aws_vpc.main",
    ],
    outcome: "Apply complete! Resources: 0 added, 0 changed, 4 destroyed.",
    next: [],
  },
  {
    name: "a failed delete keeps everything it references",
    before: ALL,
    after: "destroy",
    fail: ["delete aws_instance.web"],
    calls: ["delete aws_instance.web"],
    results: [
      "failed aws_instance.web",
      "skipped aws_security_group.web",
      "skipped aws_subnet.a",
      "skipped aws_vpc.main",
    ],
    errors: { "aws_subnet.a": "kept because a resource that uses it did not apply" },
    outcome: "Apply failed: 1 of 4 resources failed; run plan again",
    next: [
      "delete aws_instance.web",
      "delete aws_security_group.web",
      "delete aws_subnet.a",
      "delete aws_vpc.main",
    ],
  },
  {
    name: "a failed delete in one branch keeps only what that branch references",
    before: [VPC, SUBNET, GROUP],
    after: "destroy",
    fail: ["delete aws_security_group.web"],
    calls: ["delete aws_subnet.a", "delete aws_security_group.web"],
    results: ["deleted aws_subnet.a", "failed aws_security_group.web", "skipped aws_vpc.main"],
    outcome: "Apply failed: 1 of 3 resources failed; run plan again",
    next: ["delete aws_security_group.web", "delete aws_vpc.main"],
  },
  {
    name: "a replacement creates the new resource, moves its dependents, then deletes the old ones",
    before: ALL,
    after: [VPC, SUBNET_MOVED, GROUP, INSTANCE],
    fail: [],
    calls: [
      "create aws_subnet.a",
      "create aws_instance.web",
      "delete aws_instance.web",
      "delete aws_subnet.a",
    ],
    results: ["replaced aws_subnet.a", "replaced aws_instance.web"],
    outcome: "Apply complete! Resources: 2 added, 0 changed, 2 destroyed.",
    next: [],
  },
  {
    name: "a failed replacement keeps the old resource and its dependents, deleting nothing",
    before: ALL,
    after: [VPC, SUBNET_MOVED, GROUP, INSTANCE],
    fail: ["create aws_subnet.a"],
    calls: ["create aws_subnet.a"],
    results: ["failed aws_subnet.a", "skipped aws_instance.web"],
    outcome: "Apply failed: 1 of 2 resources failed; run plan again",
    next: ["replace aws_subnet.a", "replace aws_instance.web"],
  },
  {
    name: "when a dependent's replacement fails, the old resource it still uses is kept",
    before: ALL,
    after: [VPC, SUBNET_MOVED, GROUP, INSTANCE],
    fail: ["create aws_instance.web"],
    calls: ["create aws_subnet.a", "create aws_instance.web"],
    results: ["failed aws_subnet.a", "failed aws_instance.web"],
    errors: { "aws_subnet.a": "kept because a resource that uses it did not apply" },
    outcome: "Apply failed: 2 of 2 resources failed; run plan again",
    // The new subnet is live; the old one, and the instance in it, are still to be dealt with.
    next: ["replace aws_instance.web", "delete aws_subnet.a (deposed)"],
  },
  {
    name: "a replacement whose old resource cannot be deleted says so",
    before: ALL,
    after: [VPC, SUBNET_MOVED, GROUP, INSTANCE],
    fail: ["delete aws_subnet.a"],
    calls: [
      "create aws_subnet.a",
      "create aws_instance.web",
      "delete aws_instance.web",
      "delete aws_subnet.a",
    ],
    results: ["failed aws_subnet.a", "replaced aws_instance.web"],
    errors: { "aws_subnet.a": "created the replacement but could not delete" },
    outcome: "Apply failed: 1 of 2 resources failed; run plan again",
    next: ["delete aws_subnet.a (deposed)"],
  },
  {
    name: "an old copy is deleted before a resource it still references is deleted",
    before: ALL,
    after: [VPC, SUBNET, INSTANCE_REIMAGED_WITHOUT_GROUP],
    fail: [],
    calls: ["create aws_instance.web", "delete aws_instance.web", "delete aws_security_group.web"],
    results: ["replaced aws_instance.web", "deleted aws_security_group.web"],
    outcome: "Apply complete! Resources: 1 added, 0 changed, 2 destroyed.",
    next: [],
  },
  {
    name: "an old copy that cannot be deleted keeps what it references",
    before: ALL,
    after: [VPC, SUBNET, INSTANCE_REIMAGED_WITHOUT_GROUP],
    fail: ["delete aws_instance.web"],
    calls: ["create aws_instance.web", "delete aws_instance.web"],
    results: ["failed aws_instance.web", "skipped aws_security_group.web"],
    errors: { "aws_security_group.web": "kept because a resource that uses it did not apply" },
    outcome: "Apply failed: 1 of 2 resources failed; run plan again",
    next: ["delete aws_instance.web (deposed)", "delete aws_security_group.web"],
  },
];

const catalog = loadPriceCatalog();
const identity = { repository: "octo/payments", sharedWith: [] };

function spec(resources: readonly Resource[]) {
  const text = [
    "environment: apply-table",
    "provider: sandbox",
    "region: us-east-1",
    resources.length === 0 ? "resources: []" : "resources:",
    ...resources.flatMap((r) => [
      `  - type: ${r.type}`,
      `    name: ${r.name}`,
      `    properties: ${JSON.stringify(r.properties)}`,
    ]),
  ].join("\n");
  return parseEnvironment(text, "environments/apply-table.yaml");
}

/** `provider`, with every call recorded and the calls named in `fail` failing before they act. */
function failing(provider: Provider, fail: readonly string[], calls: string[]): Provider {
  const call = (name: string): void => {
    calls.push(name);
    if (fail.includes(name)) throw new ProviderOperationError("InjectedFailure", `${name} failed (injected)`);
  };
  return {
    name: provider.name,
    capabilities: provider.capabilities,
    readLive: (target) => provider.readLive(target),
    create: async (op) => (call(`create ${op.address}`), provider.create(op)),
    update: async (op) => (call(`update ${op.address}`), provider.update(op)),
    delete: async (target, r) => (call(`delete ${r.address}`), provider.delete(target, r)),
  };
}

describe("apply with failures", () => {
  let dir: string;
  let store: Store;
  let sandbox: Provider;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plagentic-apply-"));
    store = openStore(join(dir, "sandbox.db"));
    sandbox = createSandboxProvider({ store, catalog });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function applied(env: ReturnType<typeof spec>, provider: Provider, destroy = false) {
    const inputs = { env, provider, catalog, policies: {}, identity, destroy };
    const { plan } = await createPlan(inputs);
    const progress: ApplyProgress[] = [];
    const { result } = await applyPlan({
      ...inputs,
      expectedHash: plan.hash,
      onProgress: (p) => progress.push(p),
    });
    return { result, progress };
  }
  const nextPlan = async (env: ReturnType<typeof spec>, destroy: boolean) => {
    const { plan } = await createPlan({ env, provider: sandbox, catalog, policies: {}, identity, destroy });
    return plan.changes.map((c) => {
      if (c.liveAddress === undefined) return `${c.action} ${c.address}`;
      expect(c.address).toBe(`${c.liveAddress} (deposed ${c.id})`);
      return `${c.action} ${c.liveAddress} (deposed)`;
    });
  };

  const run = async (row: Row) => {
    if (row.before.length > 0) expect((await applied(spec(row.before), sandbox)).result.ok).toBe(true);
    const destroy = row.after === "destroy";
    const env = spec(destroy ? row.before : (row.after as Resource[]));
    const calls: string[] = [];

    const { result, progress } = await applied(env, failing(sandbox, row.fail, calls), destroy);

    expect(calls).toEqual(row.calls);
    expect(result.results.map((r) => `${r.status} ${r.address}`)).toEqual(row.results);
    const byAddress = new Map<string, ResourceResult>(result.results.map((r) => [r.address, r]));
    for (const [address, error] of Object.entries(row.errors ?? {}))
      expect(byAddress.get(address)?.error).toContain(error);
    expect(result.ok).toBe(row.fail.length === 0);
    expect(applyOutcome(result)).toContain(row.outcome);
    // Every call was announced before it was made, and each change ended with one final status.
    expect(progress.filter((p) => p.status === "started").map((p) => p.address)).toEqual(
      row.calls.map((c) => c.split(" ")[1]),
    );

    // What failed or was skipped is exactly what the next plan holds, and applying it finishes the job.
    expect(await nextPlan(env, destroy)).toEqual(row.next);
    if (row.next.length > 0) expect((await applied(env, sandbox, destroy)).result.ok).toBe(true);
    expect(await nextPlan(env, destroy)).toEqual([]);
  };
  it.each(ROWS)("$name", (row) => run(row));
});

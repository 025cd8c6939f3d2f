/**
 * Resuming an apply that another replica left half done (plan/resume.ts): the real sandbox as
 * the cloud, a wrapper that makes the first try stop after some creates, then a resume with the
 * approved plan's fingerprints. Each resource must exist once, whatever the first try did.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/index.js";
import { applyPlan } from "../../src/plan/apply.js";
import { createPlan } from "../../src/plan/engine.js";
import { changeFingerprints } from "../../src/plan/fingerprints.js";
import type { Plan } from "../../src/plan/model.js";
import { ResumeRefusedError } from "../../src/plan/resume.js";
import { ProviderOperationError, type Provider } from "../../src/providers/provider.js";
import { createSandboxProvider } from "../../src/providers/sandbox/sandbox-provider.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { listApplies, recordApply } from "../../src/store/audit.js";
import { openStore, type Store } from "../../src/store/store.js";

const catalog = loadPriceCatalog();
const identity = { repository: "octo/payments", sharedWith: [] };
const ATTEMPT = "delivery:first-try";

function spec(instanceType = "t3.micro") {
  return parseEnvironment(
    `environment: resume
provider: sandbox
region: us-east-1
resources:
  - { type: aws_vpc, name: main, properties: { cidr_block: 10.0.0.0/16 } }
  - { type: aws_subnet, name: a, properties: { vpc: "ref(aws_vpc.main)", cidr_block: 10.0.1.0/24 } }
  - { type: aws_security_group, name: web, properties: { vpc: "ref(aws_vpc.main)" } }
  - type: aws_instance
    name: web
    properties:
      instance_type: ${instanceType}
      ami: ami-0abcdef1234567890
      subnet: ref(aws_subnet.a)
      security_groups: ["ref(aws_security_group.web)"]
`,
    "environments/resume.yaml",
  );
}

/**
 * The dead replica's cloud: creates go through until `dieAfter` have been sent; the last one the
 * cloud accepts but the replica never hears back from, and everything after fails.
 */
function dying(provider: Provider, dieAfter: number, calls: string[]): Provider {
  let sent = 0;
  return {
    ...provider,
    create: async (op) => {
      calls.push(`create ${op.address}`);
      if (++sent > dieAfter) throw new ProviderOperationError("ReplicaStopped", "the replica stopped");
      const created = await provider.create(op);
      if (sent === dieAfter) throw new ProviderOperationError("ReplicaStopped", "no answer");
      return created;
    },
  };
}

/** A cloud that does not list `hidden` yet (eventual consistency), recording every call. */
function lagging(provider: Provider, hidden: string[], calls: string[]): Provider {
  return {
    ...provider,
    readLive: async (t) => (await provider.readLive(t)).filter((r) => !hidden.includes(r.address)),
    create: async (op) => (calls.push(`create ${op.address}`), provider.create(op)),
    update: async (op) => (calls.push(`update ${op.address}`), provider.update(op)),
    delete: async (t, r) => (calls.push(`delete ${r.address}`), provider.delete(t, r)),
  };
}

describe("resuming a half-done apply", () => {
  let dir: string;
  let store: Store;
  let sandbox: Provider;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "plagentic-resume-"));
    store = openStore(join(dir, "sandbox.db"));
    sandbox = createSandboxProvider({ store, catalog });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const inputs = (provider: Provider, env = spec(), policies = {}) => ({
    env,
    provider,
    catalog,
    policies,
    identity,
    destroy: false,
  });
  /** Rows per address in the sandbox's own table, ownership aside. */
  const rowsByAddress = () =>
    Object.fromEntries(
      (
        store.db
          .prepare(
            "SELECT json_extract(tags, '$.\"plagentic:address\"') AS address, count(*) AS n FROM sandbox_resources GROUP BY 1 ORDER BY 1",
          )
          .all() as { address: string; n: number }[]
      ).map((r) => [r.address, r.n]),
    );

  /** The approved plan, and a first try that stops after `dieAfter` creates (one at a time). */
  async function halfApplied(dieAfter: number): Promise<Plan> {
    const { plan } = await createPlan(inputs(sandbox));
    const { result } = await applyPlan({
      ...inputs(dying(sandbox, dieAfter, [])),
      expectedHash: plan.hash,
      attempt: ATTEMPT,
      parallelism: 1,
    });
    recordApply(store, result, { startedAt: "t0", finishedAt: "t1" });
    return plan;
  }

  it("creates what is left, each resource once, and the audit shows both tries under the approved plan", async () => {
    const approved = await halfApplied(2);
    // The second create was accepted by the cloud although the replica never heard back.
    expect(rowsByAddress()).toEqual({ "aws_subnet.a": 1, "aws_vpc.main": 1 });

    const calls: string[] = [];
    const { plan, result } = await applyPlan({
      ...inputs(lagging(sandbox, [], calls)),
      expectedHash: approved.hash,
      attempt: ATTEMPT,
      resume: { fingerprints: changeFingerprints(approved) },
    });
    recordApply(store, result, { startedAt: "t2", finishedAt: "t3" });

    expect(plan.hash).not.toBe(approved.hash);
    expect(calls).toEqual(["create aws_security_group.web", "create aws_instance.web"]);
    expect(result).toMatchObject({ ok: true, planHash: approved.hash });
    expect(rowsByAddress()).toEqual({
      "aws_instance.web": 1,
      "aws_security_group.web": 1,
      "aws_subnet.a": 1,
      "aws_vpc.main": 1,
    });
    const audit = listApplies(store, "resume", 10).reverse();
    expect(audit.map((a) => [a.planHash, a.ok])).toEqual([
      [approved.hash, false],
      [approved.hash, true],
    ]);
    expect(audit[0]!.results.map((r) => [r.address, r.status])).toEqual([
      ["aws_vpc.main", "created"],
      ["aws_subnet.a", "failed"], // sent, and created, but never answered
      ["aws_security_group.web", "failed"],
      ["aws_instance.web", "skipped"],
    ]);
    expect(audit[1]!.results.map((r) => [r.address, r.status])).toEqual([
      ["aws_security_group.web", "created"],
      ["aws_instance.web", "created"],
    ]);
  });

  it("answers a create the cloud accepted but does not list yet with the same resource, by its token", async () => {
    const approved = await halfApplied(2);
    const subnet = rowsByAddress()["aws_subnet.a"];
    expect(subnet).toBe(1);

    // The subnet is not listed yet, so the resume plans it again and sends the first try's token.
    const calls: string[] = [];
    const { result } = await applyPlan({
      ...inputs(lagging(sandbox, ["aws_subnet.a"], calls)),
      expectedHash: approved.hash,
      attempt: ATTEMPT,
      resume: { fingerprints: changeFingerprints(approved) },
    });
    expect(calls).toContain("create aws_subnet.a");
    expect(result.ok).toBe(true);
    expect(rowsByAddress()["aws_subnet.a"]).toBe(1);
  });

  it("(the token is what makes that work: another attempt's token makes a second subnet)", async () => {
    const approved = await halfApplied(2);
    await applyPlan({
      ...inputs(lagging(sandbox, ["aws_subnet.a"], [])),
      expectedHash: approved.hash,
      attempt: "another-attempt",
      resume: { fingerprints: changeFingerprints(approved) },
    });
    expect(rowsByAddress()["aws_subnet.a"]).toBe(2);
  });

  it("refuses, applying nothing, when what is left holds a change that was not approved", async () => {
    const approved = await halfApplied(2);
    const before = rowsByAddress();
    const calls: string[] = [];
    const resumed = applyPlan({
      ...inputs(lagging(sandbox, [], calls), spec("t3.large")),
      expectedHash: approved.hash,
      attempt: ATTEMPT,
      resume: { fingerprints: changeFingerprints(approved) },
    });
    await expect(resumed).rejects.toBeInstanceOf(ResumeRefusedError);
    await expect(resumed).rejects.toThrow(/aws_instance\.web\b.*Nothing was applied/);
    expect(calls).toEqual([]);
    expect(rowsByAddress()).toEqual(before);
  });

  it("still checks policy", async () => {
    const approved = await halfApplied(1);
    const calls: string[] = [];
    const policies = { max_monthly_cost: { limit: 1 } };
    await expect(
      applyPlan({
        ...inputs(lagging(sandbox, [], calls), spec(), policies),
        expectedHash: approved.hash,
        attempt: ATTEMPT,
        resume: { fingerprints: changeFingerprints(approved) },
      }),
    ).rejects.toThrow(/policy check failed/);
    expect(calls).toEqual([]);
  });

  it("resumes a finished apply to nothing left, and succeeds", async () => {
    const { plan: approved } = await createPlan(inputs(sandbox));
    await applyPlan({ ...inputs(sandbox), expectedHash: approved.hash, attempt: ATTEMPT });
    const calls: string[] = [];
    const { plan, result } = await applyPlan({
      ...inputs(lagging(sandbox, [], calls)),
      expectedHash: approved.hash,
      attempt: ATTEMPT,
      resume: { fingerprints: changeFingerprints(approved) },
    });
    expect(plan.changes).toEqual([]);
    expect(result).toEqual({ environment: "resume", planHash: approved.hash, ok: true, results: [] });
    expect(calls).toEqual([]);
  });

  it("needs the approved plan's full hash and the first try's attempt", async () => {
    const { plan: approved } = await createPlan(inputs(sandbox));
    const resume = { fingerprints: changeFingerprints(approved) };
    await expect(
      applyPlan({ ...inputs(sandbox), expectedHash: approved.hash.slice(0, 12), attempt: ATTEMPT, resume }),
    ).rejects.toThrow(/full hash/);
    await expect(applyPlan({ ...inputs(sandbox), expectedHash: approved.hash, resume })).rejects.toThrow(
      /attempt/,
    );
    expect(rowsByAddress()).toEqual({});
  });
});

describe("changeFingerprints", () => {
  it("is one 64-hex string per change, blind to the live side of a change but not to its desired state", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plagentic-fp-"));
    const store = openStore(join(dir, "s.db"));
    try {
      const sandbox = createSandboxProvider({ store, catalog });
      const base = { provider: sandbox, catalog, policies: {}, identity, destroy: false };
      const { plan } = await createPlan({ ...base, env: spec() });
      const fps = changeFingerprints(plan);
      expect(fps).toHaveLength(plan.changes.length);
      for (const f of fps) expect(f).toMatch(/^[0-9a-f]{64}$/);
      expect(new Set(fps).size).toBe(fps.length);

      const [vpc] = plan.changes;
      const moved = {
        ...plan,
        changes: [{ ...vpc!, before: { attributes: { cidr_block: "x" }, tags: {} } }],
      };
      expect(changeFingerprints(moved)).toEqual([fps[0]]);
      const edited = { ...plan, changes: [{ ...vpc!, after: { ...vpc!.after!, attributes: {} } }] };
      expect(changeFingerprints(edited)).not.toEqual([fps[0]]);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The conformance suite: every provider, every type it applies, the same checks.
 *
 * - A create is idempotent by token (a retry finds the first attempt; a new token after a delete
 *   creates again).
 * - A resource it does not own is refused (`NotOwned`) for update and delete, and left unchanged.
 * - The live read returns only the environment's and the repository's resources.
 * - What was applied reads back with no diff (a whole plan through createPlan).
 * - Drift made behind its back shows in detectDrift and in the next plan.
 * - A destroy plan deletes in reverse dependency order (applyPlan, delete calls recorded).
 *
 * ADDING A TYPE is one row in its provider's `cases` (aws.ts or aws-services.ts, gcp.ts, azure.ts,
 * sandbox.ts):
 *
 *     {
 *       type: "aws_db_subnet_group",
 *       needs: [VPC, SUBNET_A, SUBNET_B],             // what it refers to, in dependency order
 *       properties: { subnets: ["ref(aws_subnet.a)", "ref(aws_subnet.b)"] },
 *       drift: async (cloud, r) => { ...change r.id through the cloud's own API...; return "description"; },
 *     },
 *
 * The row's resource is named `sample` in the spec (address `<type>.sample`). `drift` returns the
 * attribute it changed; a type whose ownership tags live elsewhere (an Azure subnet's on its
 * network) also gives `disown`. A check the provider fails today goes in `known` with the bug:
 * `known: { noDiff: "RDS reports engine_version 16.3 for 16" }` runs it as `it.fails`, so the row
 * turns red the day the bug is fixed and the entry must go. A check the cloud's fake cannot show
 * goes in `skip` with what covers it instead (moto ignores EC2's ClientToken). On AWS, a row of
 * another service makes its client with `cloud.client(RDSClient)` (already pointed at moto) and
 * gives `disown` through that service's tagging call. A row whose properties name a repository file
 * (a Lambda's `filename`) gives its bytes in `files`. A new cloud is one harness module (harness.ts
 * says what it holds) and one entry in HARNESSES below.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../../src/cost/index.js";
import { applyPlan } from "../../../src/plan/apply.js";
import { detectDrift } from "../../../src/plan/drift.js";
import { createPlan } from "../../../src/plan/engine.js";
import {
  ProviderOperationError,
  targetOf,
  type EnvironmentIdentity,
  type LiveResource,
  type Provider,
  type ResourceOperation,
} from "../../../src/providers/provider.js";
import { refTarget, type Attributes, type ResolvedEnvironment, type Value } from "../../../src/spec/model.js";
import { parseEnvironment } from "../../../src/spec/parse.js";
import { filesFromBytes, resolveRepositoryFiles } from "../../../src/spec/repository-files.js";
import { awsHarness } from "./aws.js";
import { azureHarness } from "./azure.js";
import { gcpHarness } from "./gcp.js";
import { SAMPLE, specText, type AnyHarness, type Check, type Session, type TypeCase } from "./harness.js";
import { sandboxHarness } from "./sandbox.js";

const HARNESSES: readonly AnyHarness[] = [sandboxHarness, awsHarness, gcpHarness, azureHarness];

const OWNER: EnvironmentIdentity = { repository: "octo/payments", sharedWith: [] };
const OTHER: EnvironmentIdentity = { repository: "mallory/tools", sharedWith: [] };
const catalog = loadPriceCatalog();

/** What a call failed with, or undefined when it did not fail. */
async function failureOf(p: Promise<unknown>): Promise<ProviderOperationError | undefined> {
  return p.then(
    () => undefined,
    (e: unknown) => {
      expect(e).toBeInstanceOf(ProviderOperationError);
      return e as ProviderOperationError;
    },
  );
}

/** `attrs` with every `ref(...)` replaced by the id `live` holds at that address. */
function resolved(attrs: Attributes, live: readonly LiveResource[]): Attributes {
  const ids = new Map(live.map((r) => [r.address, r.id]));
  const resolve = (v: Value): Value => {
    const t = refTarget(v);
    if (t !== undefined) return ids.get(t) ?? `unresolved ${t}`;
    if (Array.isArray(v)) return v.map(resolve);
    if (v !== null && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
    return v;
  };
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, resolve(v)]));
}

/** The provider, with the addresses of its delete calls recorded in order. */
function recordingDeletes(provider: Provider, deleted: string[]): Provider {
  return {
    name: provider.name,
    capabilities: provider.capabilities,
    readLive: (target) => provider.readLive(target),
    create: (op) => provider.create(op),
    update: (op) => provider.update(op),
    delete: (target, r) => {
      deleted.push(r.address);
      return provider.delete(target, r);
    },
  };
}

describe.each(HARNESSES)("$name conformance", (h) => {
  // As moto.test.ts: a cloud missing in CI fails the run; elsewhere its rows skip, visibly.
  const unavailable = h.unavailable?.();
  if (unavailable && process.env.CI === "true") {
    it("can run its cloud", () => {
      throw new Error(`${unavailable}, and CI=true: the ${h.name} conformance suite must run in CI`);
    });
    return;
  }
  if (unavailable) {
    console.warn(`SKIPPED: ${h.name} conformance — ${unavailable}`);
    it.skip(`needs its cloud: ${unavailable}`, () => undefined);
    return;
  }

  let session: Session<unknown>;
  beforeAll(async () => {
    session = (await h.start()) as Session<unknown>;
  }, 30_000);
  afterAll(async () => {
    await session?.stop();
  });

  describe.each(h.cases.map((c: TypeCase<unknown>, i) => ({ ...c, i })))("$type", (c) => {
    const address = `${c.type}.${SAMPLE}`;
    const resources = [...(c.needs ?? []), { type: c.type, name: SAMPLE, properties: c.properties }];
    const files = filesFromBytes(c.files ?? {});
    const spec = (suffix: string, only = resources): Promise<ResolvedEnvironment> =>
      resolveRepositoryFiles(
        parseEnvironment(specText(h, `cf${c.i}-${suffix}`, only), `environments/cf${c.i}-${suffix}.yaml`),
        files,
      );
    const inputs = (env: ResolvedEnvironment, identity = OWNER) => ({
      env,
      provider: session.provider,
      catalog,
      policies: {},
      identity,
    });
    const check = (name: Check, title: string, fn: () => Promise<void>): void => {
      const bug = c.known?.[name];
      const skipped = c.skip?.[name];
      if (skipped) it.skip(`${title} (not shown by this fake: ${skipped})`, fn);
      else if (bug) it.fails(`${title} (known bug: ${bug})`, fn);
      else it(title, fn);
    };

    // Two environments per row keep the applies few: X goes through the whole life of a resource,
    // Y is the neighbour the live read must leave out and the resource taken from us. Each check
    // first applies what its environment still lacks, so it also runs alone (vitest -t).
    let x: ResolvedEnvironment;
    let y: ResolvedEnvironment;
    beforeAll(async () => {
      [x, y] = await Promise.all([spec("x"), spec("y")]);
    });

    /** Applies whatever `env` still lacks (the apply must succeed); returns its live state. */
    async function ready(env: ResolvedEnvironment): Promise<LiveResource[]> {
      const { plan } = await createPlan(inputs(env));
      if (plan.changes.length > 0) {
        const { result } = await applyPlan({ ...inputs(env), expectedHash: plan.hash });
        expect(result.results.filter((r) => r.status !== "created")).toEqual([]);
      }
      return session.provider.readLive(targetOf(env.spec, OWNER));
    }
    const sampleOf = (live: LiveResource[]): LiveResource => {
      const found = live.filter((r) => r.address === address);
      expect(found).toHaveLength(1);
      return found[0]!;
    };

    check(
      "idempotent",
      "a create is idempotent by token, and a new token after a delete creates again",
      async () => {
        const target = targetOf(x.spec, OWNER);
        const needs = await ready(await spec("x", resources.slice(0, -1)));
        const desired = x.resources.find((r) => r.address === address)!;
        const op: ResourceOperation = {
          target,
          address,
          type: c.type,
          attributes: resolved(desired.attributes, needs),
          tags: desired.tags,
          ...(x.files && { files: x.files }),
          // Tokens are unique per plan and attempt; clouds remember them across environments.
          token: randomUUID(),
        };
        const first = await session.provider.create(op);
        const again = await session.provider.create(op);
        expect(again.id).toBe(first.id);
        expect(sampleOf(await session.provider.readLive(target)).id).toBe(first.id);

        await session.provider.delete(target, { id: first.id, address, type: c.type });
        expect((await session.provider.readLive(target)).filter((r) => r.address === address)).toEqual([]);
        const fresh = await session.provider.create({ ...op, token: randomUUID() });
        expect(sampleOf(await session.provider.readLive(target)).id).toBe(fresh.id);
      },
    );

    check("noDiff", "what it applied reads back as the spec: the next plan changes nothing", async () => {
      await ready(x);
      const { plan } = await createPlan(inputs(x));
      expect(
        plan.changes.map((ch) => `${ch.action} ${ch.address}: ${ch.changedAttributes.join(", ")}`),
      ).toEqual([]);
    });

    check(
      "filters",
      "the live read returns only its environment's and its repository's resources",
      async () => {
        const inX = await ready(x);
        const inY = await ready(y);
        expect(sampleOf(inX).id).not.toBe(sampleOf(inY).id);
        const idsOfY = new Set(inY.map((r) => r.id));
        expect(inX.filter((r) => idsOfY.has(r.id))).toEqual([]);
        expect(inX.map((r) => r.address).sort()).toEqual(x.resources.map((r) => r.address).sort());
        expect(await session.provider.readLive(targetOf(x.spec, OTHER))).toEqual([]);
      },
    );

    check("drift", "a change made behind its back shows as drift and in the next plan", async () => {
      const attribute = await c.drift(session.cloud, sampleOf(await ready(x)));
      const report = await detectDrift(x, session.provider, OWNER);
      const item = report.items.find((d) => d.address === address);
      expect(item?.kind).toBe("changed");
      expect(item?.differences.map((d) => d.attribute)).toContain(attribute);
      const { plan } = await createPlan(inputs(x));
      expect(plan.changes.find((ch) => ch.address === address)?.changedAttributes).toContain(attribute);
    });

    check(
      "deleteOrder",
      "a destroy deletes dependents before what they depend on, and leaves nothing",
      async () => {
        // Drifted or not, everything goes; run alone, it first has something to destroy.
        if ((await session.provider.readLive(targetOf(x.spec, OWNER))).length === 0) await ready(x);
        const deleted: string[] = [];
        const destroy = {
          ...inputs(x),
          provider: recordingDeletes(session.provider, deleted),
          destroy: true,
        };
        const { plan } = await createPlan(destroy);
        const { result } = await applyPlan({ ...destroy, expectedHash: plan.hash });
        expect(result.results.filter((r) => r.status !== "deleted")).toEqual([]);
        expect([...deleted].sort()).toEqual(x.resources.map((r) => r.address).sort());
        for (const r of x.resources)
          for (const dep of r.dependsOn)
            expect(deleted.indexOf(dep)).toBeGreaterThan(deleted.indexOf(r.address));
        expect(await session.provider.readLive(targetOf(x.spec, OWNER))).toEqual([]);
      },
    );

    check(
      "notOwned",
      "refuses to update or delete a resource another repository owns, and leaves it unchanged",
      async () => {
        const live = await ready(y);
        const sample = sampleOf(live);
        await (c.disown
          ? c.disown(session.cloud, sample, OTHER.repository)
          : session.disown(sample, OTHER.repository));
        const desired = y.resources.find((r) => r.address === address)!;
        const op = {
          target: targetOf(y.spec, OWNER),
          address,
          type: c.type,
          attributes: resolved(desired.attributes, live),
          tags: { ...desired.tags, touched: "yes" },
          ...(y.files && { files: y.files }),
          token: randomUUID(),
          id: sample.id,
        };
        expect((await failureOf(session.provider.update(op)))?.code).toBe("NotOwned");
        expect((await failureOf(session.provider.delete(op.target, op)))?.code).toBe("NotOwned");

        const theirs = (await session.provider.readLive(targetOf(y.spec, OTHER))).find(
          (r) => r.id === sample.id,
        );
        expect(theirs).toEqual(sample);
        expect((await session.provider.readLive(op.target)).map((r) => r.id)).not.toContain(sample.id);
      },
    );
  });
});

/**
 * Apply runs independent changes side by side (up to `parallelism`), so that a provider's waits
 * can share their polls; a change still starts only after what it references has applied, and a
 * delete only after what references it is gone.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/index.js";
import { applyPlan } from "../../src/plan/apply.js";
import { createPlan } from "../../src/plan/engine.js";
import { ProviderOperationError, type Provider } from "../../src/providers/provider.js";
import { createSandboxProvider } from "../../src/providers/sandbox/sandbox-provider.js";
import { parseEnvironment } from "../../src/spec/parse.js";
import { openStore, type Store } from "../../src/store/store.js";

const SPEC = `
environment: staging
provider: sandbox
region: us-east-1
resources:
  - type: aws_vpc
    name: main
    properties: { cidr_block: 10.0.0.0/16 }
  - type: aws_subnet
    name: a
    properties: { vpc: ref(aws_vpc.main), cidr_block: 10.0.1.0/24 }
  - type: aws_instance
    name: web
    count: 6
    properties: { instance_type: t3.micro, ami: ami-0abcdef1234567890, subnet: ref(aws_subnet.a) }
`;
const EMPTY = "environment: staging\nprovider: sandbox\nregion: us-east-1\nresources: []\n";

const catalog = loadPriceCatalog();
const identity = { repository: "octo/payments", sharedWith: [] };

describe("apply in parallel", () => {
  let store: Store;
  let events: string[];
  let inFlight: number;
  let most: number;
  let failing: string | undefined;
  let provider: Provider;

  beforeEach(() => {
    store = openStore(":memory:");
    const sandbox = createSandboxProvider({ store, catalog });
    events = [];
    inFlight = 0;
    most = 0;
    failing = undefined;
    // Every operation takes a few ticks, so overlapping ones show.
    const timed = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
      events.push(`start ${what}`);
      most = Math.max(most, ++inFlight);
      try {
        await new Promise((r) => setTimeout(r, 5));
        if (what === failing) throw new ProviderOperationError("Boom", `${what} failed`);
        return await run();
      } finally {
        inFlight--;
        events.push(`end ${what}`);
      }
    };
    provider = {
      ...sandbox,
      create: (op) => timed(op.address, () => sandbox.create(op)),
      delete: (t, r) => timed(r.address, () => sandbox.delete(t, r)),
    };
  });

  afterEach(() => store.close());

  async function apply(text: string, parallelism?: number) {
    const env = parseEnvironment(text, "environments/staging.yaml");
    const inputs = { env, provider, catalog, policies: {}, identity };
    const { plan } = await createPlan(inputs);
    return (
      await applyPlan({
        ...inputs,
        expectedHash: plan.hash,
        ...(parallelism !== undefined && { parallelism }),
      })
    ).result;
  }

  const before = (a: string, b: string) => events.indexOf(`end ${a}`) < events.indexOf(`start ${b}`);

  it("creates independent resources side by side, after what they reference", async () => {
    const result = await apply(SPEC, 4);
    expect(result.ok).toBe(true);
    expect(most).toBe(4);
    expect(before("aws_vpc.main", "aws_subnet.a")).toBe(true);
    for (let k = 0; k < 6; k++) expect(before("aws_subnet.a", `aws_instance.web[${k}]`)).toBe(true);
    // Steps keep their plan order, whatever order the changes finish in.
    expect(result.results.map((r) => r.address)).toEqual([
      "aws_vpc.main",
      "aws_subnet.a",
      ...Array.from({ length: 6 }, (_, k) => `aws_instance.web[${k}]`),
    ]);
  });

  it("applies one at a time with parallelism 1", async () => {
    expect((await apply(SPEC, 1)).ok).toBe(true);
    expect(most).toBe(1);
  });

  it("skips what references a failed change and still applies the rest", async () => {
    failing = "aws_subnet.a";
    const result = await apply(SPEC);
    expect(result.ok).toBe(false);
    const status = Object.fromEntries(result.results.map((r) => [r.address, r.status]));
    expect(status["aws_vpc.main"]).toBe("created");
    expect(status["aws_subnet.a"]).toBe("failed");
    expect(status["aws_instance.web[0]"]).toBe("skipped");
    expect(events.filter((e) => e.includes("aws_instance"))).toEqual([]);
  });

  it("deletes in reverse dependency order, independent ones side by side", async () => {
    expect((await apply(SPEC)).ok).toBe(true);
    events.length = 0;
    most = 0;
    const result = await apply(EMPTY);
    expect(result.ok).toBe(true);
    expect(result.results.every((r) => r.status === "deleted")).toBe(true);
    expect(most).toBe(6);
    for (let k = 0; k < 6; k++) expect(before(`aws_instance.web[${k}]`, "aws_subnet.a")).toBe(true);
    expect(before("aws_subnet.a", "aws_vpc.main")).toBe(true);
  });

  it("keeps what a failed delete still references", async () => {
    expect((await apply(SPEC)).ok).toBe(true);
    failing = "aws_instance.web[3]";
    events.length = 0;
    const result = await apply(EMPTY);
    const status = Object.fromEntries(result.results.map((r) => [r.address, r.status]));
    expect(status["aws_instance.web[3]"]).toBe("failed");
    expect(status["aws_instance.web[2]"]).toBe("deleted");
    expect(status["aws_subnet.a"]).toBe("skipped");
    expect(status["aws_vpc.main"]).toBe("skipped");
    expect(events.some((e) => e.includes("aws_subnet.a"))).toBe(false);
  });
});

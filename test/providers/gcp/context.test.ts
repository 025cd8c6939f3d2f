/**
 * The GCP context every handler gets: clients of other APIs made once per api from the same
 * options as the Compute clients, and operations waited on within `wait_timeout_seconds`.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PriceCatalog } from "../../../src/cost/catalog.js";
import type { GcpClientOptions } from "../../../src/providers/gcp/api-context.js";
import { createGcpProvider, type GcpProviderOptions } from "../../../src/providers/gcp/index.js";
import {
  ProviderOperationError,
  type Provider,
  type ResourceHandler,
} from "../../../src/providers/provider.js";
import type { ProviderDeps } from "../../../src/providers/registry.js";
import type { GcpContext } from "../../../src/providers/gcp/context.js";
import { API, BASE, fakeAuth, target } from "./fixtures.js";

function provider(
  gcp: NonNullable<ProviderDeps["settings"]["gcp"]>,
  options: GcpProviderOptions,
  progress: string[] = [],
) {
  const deps: ProviderDeps = {
    store: () => {
      throw new Error("the gcp provider must not open the store");
    },
    catalog: {} as PriceCatalog,
    settings: { default: "gcp", gcp },
    env: {},
    progress: (line) => progress.push(line),
  };
  return createGcpProvider(deps, { authClient: fakeAuth(), retry: { maxRetries: 0 }, ...options });
}

describe("the GCP context", () => {
  let p: Provider | undefined;
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(async () => {
    await p?.close?.();
    p = undefined;
    nock.cleanAll();
  });

  it("makes one client per api, from the Compute clients' options, and closes it with the provider", async () => {
    const made: { api: string; options: GcpClientOptions }[] = [];
    let closed = 0;
    const fake = (api: string) => (options: GcpClientOptions) => {
      made.push({ api, options });
      return { close: async () => void closed++ };
    };
    const handler: ResourceHandler<GcpContext> = {
      type: "google_fake_thing",
      async list(ctx) {
        ctx.client("container", fake("container"));
        ctx.client("container", fake("container"));
        ctx.client("sql", fake("sql"));
        expect(ctx.project).toBe("demo");
        expect(ctx.clock.timeoutMs).toBe(90_000);
        return [];
      },
      live: async () => [],
      read: async () => undefined,
      create: async () => "x",
      update: async () => undefined,
      delete: async () => undefined,
    };
    p = provider(
      { apiEndpoint: "http://127.0.0.1:9099", waitTimeoutSeconds: 90 },
      { handlers: { google_fake_thing: handler } },
    );
    expect(await p.readLive(target)).toEqual([]);
    expect(await p.readLive(target)).toEqual([]);

    expect(made.map((m) => m.api)).toEqual(["container", "sql"]);
    expect(made[0]!.options).toMatchObject({
      fallback: true,
      apiEndpoint: "127.0.0.1",
      port: 9099,
      protocol: "http",
    });
    expect(made[0]!.options.authClient).toBeDefined();
    await p.close?.();
    p = undefined;
    expect(closed).toBe(2);
  });

  it("gives up on an operation after wait_timeout_seconds with a Timeout naming the resource", async () => {
    let clock = 0;
    const progress: string[] = [];
    p = provider(
      { waitTimeoutSeconds: 30 },
      { now: () => clock, sleep: async (ms) => void (clock += ms), pollIntervalMs: 5_000 },
      progress,
    );
    nock(API)
      .post(`${BASE}/global/networks`)
      .query(true)
      .reply(200, { name: "op-slow", status: "RUNNING" })
      .post(`${BASE}/global/operations/op-slow/wait`)
      .times(7)
      .reply(() => {
        clock += 1_000;
        return [200, { name: "op-slow", status: "RUNNING" }];
      });

    const err = await p
      .create({
        target,
        address: "google_compute_network.main",
        type: "google_compute_network",
        attributes: { auto_create_subnetworks: false },
        tags: {},
        token: "1b4e28ba-2fa1-81d2-a83b-0123456789ab",
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );

    expect(err).toBeInstanceOf(ProviderOperationError);
    expect((err as ProviderOperationError).code).toBe("Timeout");
    expect((err as ProviderOperationError).message).toMatch(
      /^gave up waiting for google_compute_network\.main \(staging-main-[0-9a-f]{6}\) after 3\d s$/,
    );
    expect(clock).toBeGreaterThanOrEqual(30_000);
    expect(clock).toBeLessThan(40_000);
    expect(progress.filter((l) => l.includes("op-slow is running")).length).toBeGreaterThanOrEqual(5);
  });
});

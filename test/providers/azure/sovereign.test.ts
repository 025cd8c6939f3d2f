/**
 * Sovereign clouds (Azure China, US Government) have their own ARM endpoint, token audience and
 * sign-in host. Every ARM client must ask for a token for the configured audience: a token for
 * management.azure.com is refused there.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PriceCatalog } from "../../../src/cost/catalog.js";
import { createAzureProvider } from "../../../src/providers/azure/index.js";
import { target } from "./fixtures.js";

const CHINA = "https://management.chinacloudapi.cn";

async function scopesAskedFor(azure: { endpoint: string; audience?: string }): Promise<string[]> {
  const scopes: string[] = [];
  const provider = await createAzureProvider(
    {
      store: () => {
        throw new Error("unused");
      },
      catalog: {} as PriceCatalog,
      settings: { default: "azure", azure },
      env: {},
    },
    {
      credential: {
        getToken: async (asked) => {
          scopes.push(...[asked].flat());
          return { token: "t", expiresOnTimestamp: Date.now() + 3.6e6 };
        },
      },
    },
  );
  const scope = nock(azure.endpoint).persist().get(/.*/).reply(200, { value: [] });
  try {
    expect(await provider.readLive(target)).toEqual([]);
  } finally {
    scope.persist(false);
    await provider.close?.();
  }
  return [...new Set(scopes)];
}

describe("azure in a sovereign cloud", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  it("asks every client's token for the endpoint's own audience", async () => {
    expect(await scopesAskedFor({ endpoint: CHINA })).toEqual([`${CHINA}/.default`]);
  });

  it("asks for providers.azure.audience when config gives one", async () => {
    const audience = "https://management.core.chinacloudapi.cn/.default";
    expect(await scopesAskedFor({ endpoint: CHINA, audience })).toEqual([audience]);
  });
});

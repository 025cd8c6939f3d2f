/**
 * A VM whose create ended `Failed` keeps its ownership tags and reports `provisioningState:
 * Failed`. Its properties can match the spec exactly, yet it is not a working VM: the plan must
 * replace it and drift must show it, where before both said nothing.
 */
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { diffResources, normalizeLive } from "../../../src/plan/diff.js";
import { detectDrift } from "../../../src/plan/drift.js";
import type { DesiredResource } from "../../../src/spec/model.js";
import {
  ARM,
  COMPUTE,
  NET,
  REPOSITORY,
  SUB,
  azureProvider,
  nothingElse,
  target,
  wireVm,
} from "./fixtures.js";

function lists(vm: object): void {
  const scope = nothingElse(nock(ARM))
    .get(`/subscriptions/${SUB}/resourcegroups`)
    .query(true)
    .reply(200, { value: [] })
    .get(`${COMPUTE}/virtualMachines`)
    .query(true)
    .reply(200, { value: [vm] });
  for (const kind of ["virtualNetworks", "networkSecurityGroups", "publicIPAddresses", "networkInterfaces"]) {
    scope.get(`${NET}/${kind}`).query(true).reply(200, { value: [] });
  }
}

/** The spec that asks for exactly what is live. */
function desiredAsLive(live: {
  address: string;
  type: string;
  attributes: object;
  tags: object;
}): DesiredResource {
  return {
    address: live.address,
    type: live.type,
    name: "web",
    protected: false,
    attributes: live.attributes as DesiredResource["attributes"],
    tags: live.tags as DesiredResource["tags"],
    usage: {},
    dependsOn: [],
  };
}

describe("azure resources in a failed state", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  const address = "azurerm_linux_virtual_machine.web[0]";

  it("a healthy VM that matches its spec plans nothing", async () => {
    const vm = wireVm("staging-web-0-aaaaaa", address);
    lists({ ...vm, properties: { ...vm.properties, provisioningState: "Succeeded" } });
    const live = normalizeLive(await (await azureProvider()).readLive(target));
    expect(live[0]?.state).toBeUndefined();
    expect(diffResources([desiredAsLive(live[0]!)], live)).toEqual([]);
  });

  it("a VM whose create failed is replaced, although every property matches", async () => {
    const vm = wireVm("staging-web-0-aaaaaa", address);
    lists({ ...vm, properties: { ...vm.properties, provisioningState: "Failed" } });
    const live = normalizeLive(await (await azureProvider()).readLive(target));
    expect(live[0]).toMatchObject({ address, state: "Failed" });
    const [change, ...rest] = diffResources([desiredAsLive(live[0]!)], live);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      action: "replace",
      replaceReasons: ["its state, Failed"],
      changedAttributes: [],
    });
  });

  it("drift shows the failed VM, with its state", async () => {
    const vm = wireVm("staging-web-0-aaaaaa", address);
    const failed = { ...vm, properties: { ...vm.properties, provisioningState: "Failed" } };
    lists(failed);
    const live = normalizeLive(await (await azureProvider()).readLive(target));
    lists(failed);
    const env = {
      spec: {
        environment: "staging",
        provider: "azure",
        region: "eastus",
        subscription: SUB,
        resource_group: "payments-rg",
        tags: {},
        resources: [],
      },
      file: "environments/staging.yaml",
      digest: "d",
      resources: [desiredAsLive(live[0]!)],
    } as unknown as Parameters<typeof detectDrift>[0];
    const report = await detectDrift(env, await azureProvider(), { repository: REPOSITORY, sharedWith: [] });
    expect(report.items).toEqual([
      expect.objectContaining({
        address,
        kind: "changed",
        differences: [{ attribute: "state", expected: "ready", actual: "Failed" }],
      }),
    ]);
  });
});

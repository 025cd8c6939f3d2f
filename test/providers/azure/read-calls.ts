/**
 * For benchmarks: how many API calls one readLive makes for an environment of `n` VMs in one
 * resource group, served by nock in pages of 100 (nextLink) as ARM does.
 */
import nock from "nock";
import { ARM, NET, COMPUTE, SUB, azureProvider, target, wireVm } from "./fixtures.js";

export async function countReadCalls(n: number): Promise<number> {
  const wasActive = nock.isActive();
  if (!wasActive) nock.activate();
  nock.disableNetConnect();
  let calls = 0;
  const vms = Array.from({ length: n }, (_, i) =>
    wireVm(`staging-web-${i}-aaaaaa`, `azurerm_linux_virtual_machine.web[${i}]`),
  );
  const scope = nock(ARM)
    .persist()
    .get(new RegExp(`^/subscriptions/${SUB}/resourcegroups\\?`, "i"))
    .reply(() => {
      calls++;
      return [200, { value: [] }];
    })
    .get(new RegExp(`^/subscriptions/${SUB}/resources\\?`, "i"))
    .reply(() => {
      calls++;
      return [200, { value: [] }];
    })
    .get(new RegExp(`^${NET}/`))
    .reply(() => {
      calls++;
      return [200, { value: [] }];
    })
    .get(new RegExp(`^${COMPUTE}/virtualMachines`))
    .reply((req: Request) => {
      calls++;
      const start = Number(new URL(req.url).searchParams.get("skip") ?? "0");
      const next =
        start + 100 < vms.length
          ? `${ARM}${COMPUTE}/virtualMachines?api-version=2025-04-01&skip=${start + 100}`
          : undefined;
      return [200, { value: vms.slice(start, start + 100), ...(next && { nextLink: next }) }];
    });
  const provider = await azureProvider();
  try {
    const live = await provider.readLive(target);
    if (live.length !== n) throw new Error(`expected ${n} live VMs, read ${live.length}`);
    return calls;
  } finally {
    scope.persist(false);
    nock.cleanAll();
    if (!wasActive) nock.restore();
  }
}

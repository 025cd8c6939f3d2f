/**
 * For benchmarks: how many API calls one readLive makes for an environment of `n` instances,
 * served by nock in pages of 500 as GCE would.
 */
import nock from "nock";
import { API, BASE, gcpProvider, ownedInstance, target } from "./fixtures.js";

export async function countReadCalls(n: number): Promise<number> {
  const wasActive = nock.isActive();
  if (!wasActive) nock.activate();
  nock.disableNetConnect();
  let calls = 0;
  const all = Array.from({ length: n }, (_, i) =>
    ownedInstance(`staging-web-${i}-abcdef`, `google_compute_instance.web[${i}]`),
  );
  const scope = nock(API)
    .persist()
    .get(new RegExp(`^${BASE}/(global/networks|global/firewalls|aggregated/subnetworks|aggregated/disks)`))
    .reply(() => {
      calls++;
      return [200, { items: [] }];
    })
    .get(new RegExp(`^${BASE}/aggregated/instances`))
    .reply((req: Request) => {
      calls++;
      const token = new URL(req.url).searchParams.get("pageToken");
      const start = token ? Number(token) : 0;
      const page = all.slice(start, start + 500);
      const next = start + 500 < all.length ? String(start + 500) : undefined;
      return [
        200,
        { items: { "zones/us-central1-b": { instances: page } }, ...(next && { nextPageToken: next }) },
      ];
    });
  const provider = gcpProvider();
  try {
    const live = await provider.readLive(target);
    if (live.length !== n) throw new Error(`expected ${n} live instances, read ${live.length}`);
    return calls;
  } finally {
    await provider.close?.();
    scope.persist(false);
    nock.cleanAll();
    if (!wasActive) nock.restore();
  }
}

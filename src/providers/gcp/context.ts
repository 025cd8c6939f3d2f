/**
 * What every Compute Engine handler shares, on top of GcpApiContext (which GKE, Cloud SQL and
 * Cloud Functions handlers use alone): the Compute clients, the call options that retry, and
 * waiting on a GCE operation until it is DONE within `providers.gcp.wait_timeout_seconds`.
 */
import type { CallOptions } from "google-gax";
import type { protos } from "@google-cloud/compute";
import { ProviderOperationError, type ProviderTarget } from "../provider.js";
import { waitFor, type WaitClock } from "../waiting.js";
import type { GcpApiContext, GcpClientOptions } from "./api-context.js";
import type { ComputeClients } from "./clients.js";
import { guarded } from "./errors.js";
import type { GcpScope } from "./names.js";

type IOperation = protos.google.cloud.compute.v1.IOperation;
/** What a mutating Compute call resolves to: the started operation first. */
export type Started = Promise<[{ latestResponse: unknown }, ...unknown[]]>;

export interface GcpContext extends GcpApiContext {
  compute: ComputeClients;
  /** Options of every Compute call: explicit retries, one page per call. */
  call: CallOptions;
  /**
   * Starts a mutating call and waits until its operation is DONE. A DONE operation that carries
   * `error` (which the client does not raise) fails with GCE's code; running past the clock's
   * bound is a Timeout naming `what`.
   */
  operate(scope: GcpScope, what: string, start: () => Started): Promise<void>;
}

export interface GcpContextSettings {
  compute: ComputeClients;
  call: CallOptions;
  clock: WaitClock;
  progress?: ((line: string) => void) | undefined;
  project(target: ProviderTarget): string;
  /** One client per api and provider (see GcpApiContext.client). */
  client<T extends { close(): Promise<void> }>(api: string, make: (options: GcpClientOptions) => T): T;
}

export function gcpContext(s: GcpContextSettings, target: ProviderTarget): GcpContext {
  const project = s.project(target);
  return {
    target,
    project,
    clock: s.clock,
    progress: s.progress,
    client: s.client,
    compute: s.compute,
    call: s.call,
    async operate(scope, what, start) {
      const [started] = await guarded(start);
      await finish(s, project, scope, what, started.latestResponse as IOperation);
    },
  };
}

async function finish(
  s: GcpContextSettings,
  project: string,
  scope: GcpScope,
  what: string,
  started: IOperation,
): Promise<void> {
  let op = started;
  const done = await waitFor(s.clock, what, async () => {
    if (op.status === "DONE") return op;
    if (!op.name) throw new ProviderOperationError("OperationFailed", `${what}: the operation has no name`);
    s.progress?.(`${what}: operation ${op.name} is ${String(op.status ?? "PENDING").toLowerCase()}`);
    // operations.wait blocks on GCE's side for up to two minutes, so this is no busy loop.
    const request = { project, operation: op.name };
    const c = s.compute;
    [op] = await guarded(() =>
      scope.kind === "global"
        ? c.globalOps.wait(request, s.call)
        : scope.kind === "region"
          ? c.regionOps.wait({ ...request, region: scope.region }, s.call)
          : c.zoneOps.wait({ ...request, zone: scope.zone }, s.call),
    );
    return op.status === "DONE" ? op : undefined;
  });
  const errors = done.error?.errors ?? [];
  if (errors.length > 0) {
    throw new ProviderOperationError(
      errors[0]?.code ?? "OperationFailed",
      `${what}: ${errors.map((e) => e.message ?? e.code ?? "unknown error").join("; ")}`,
    );
  }
}

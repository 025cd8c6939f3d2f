/**
 * One BatchPoller per EC2 client and clock for each kind of wait, so that every create, update
 * and delete running at the same time against one region shares a single Describe per poll:
 * `await ec2Pollers(ctx).volumes.wait(id, `${id} to become available`, (v) => ...)` in place of a
 * `waitFor` around a Describe by id. Kept beside the client rather than in the context, which the
 * dispatcher builds per call.
 */
import type { EC2Client, Instance, NatGateway, Volume } from "@aws-sdk/client-ec2";
import { BatchPoller, type WaitClock } from "../waiting.js";
import { describeInstancesById, describeNatGatewaysById, describeVolumesById } from "./reads.js";

interface Pollers {
  instances: BatchPoller<Instance>;
  volumes: BatchPoller<Volume>;
  natGateways: BatchPoller<NatGateway>;
}

const byClient = new WeakMap<EC2Client, WeakMap<WaitClock, Pollers>>();

export function ec2Pollers(ctx: { ec2: EC2Client; clock: WaitClock }): Pollers {
  let perClock = byClient.get(ctx.ec2);
  if (!perClock) byClient.set(ctx.ec2, (perClock = new WeakMap()));
  let pollers = perClock.get(ctx.clock);
  if (!pollers) {
    const { ec2, clock } = ctx;
    pollers = {
      instances: new BatchPoller(clock, async (ids) =>
        byId(await describeInstancesById(ec2, ids), (i) => i.InstanceId),
      ),
      volumes: new BatchPoller(clock, async (ids) =>
        byId(await describeVolumesById(ec2, ids), (v) => v.VolumeId),
      ),
      natGateways: new BatchPoller(clock, async (ids) =>
        byId(await describeNatGatewaysById(ec2, ids), (g) => g.NatGatewayId),
      ),
    };
    perClock.set(ctx.clock, pollers);
  }
  return pollers;
}

function byId<R>(items: R[], id: (r: R) => string | undefined): Map<string, R> {
  const out = new Map<string, R>();
  for (const r of items) {
    const key = id(r);
    if (key !== undefined) out.set(key, r);
  }
  return out;
}

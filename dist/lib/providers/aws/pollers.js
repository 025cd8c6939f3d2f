import { BatchPoller } from "../waiting.js";
import { describeInstancesById, describeNatGatewaysById, describeVolumesById } from "./reads.js";
const byClient = new WeakMap();
export function ec2Pollers(ctx) {
    let perClock = byClient.get(ctx.ec2);
    if (!perClock)
        byClient.set(ctx.ec2, (perClock = new WeakMap()));
    let pollers = perClock.get(ctx.clock);
    if (!pollers) {
        const { ec2, clock } = ctx;
        pollers = {
            instances: new BatchPoller(clock, async (ids) => byId(await describeInstancesById(ec2, ids), (i) => i.InstanceId)),
            volumes: new BatchPoller(clock, async (ids) => byId(await describeVolumesById(ec2, ids), (v) => v.VolumeId)),
            natGateways: new BatchPoller(clock, async (ids) => byId(await describeNatGatewaysById(ec2, ids), (g) => g.NatGatewayId)),
        };
        perClock.set(ctx.clock, pollers);
    }
    return pollers;
}
function byId(items, id) {
    const out = new Map();
    for (const r of items) {
        const key = id(r);
        if (key !== undefined)
            out.set(key, r);
    }
    return out;
}

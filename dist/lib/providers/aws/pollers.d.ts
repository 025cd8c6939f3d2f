/**
 * One BatchPoller per EC2 client and clock for each kind of wait, so that every create, update
 * and delete running at the same time against one region shares a single Describe per poll:
 * `await ec2Pollers(ctx).volumes.wait(id, `${id} to become available`, (v) => ...)` in place of a
 * `waitFor` around a Describe by id. Kept beside the client rather than in the context, which the
 * dispatcher builds per call.
 */
import type { EC2Client, Instance, NatGateway, Volume } from "@aws-sdk/client-ec2";
import { BatchPoller, type WaitClock } from "../waiting.js";
interface Pollers {
    instances: BatchPoller<Instance>;
    volumes: BatchPoller<Volume>;
    natGateways: BatchPoller<NatGateway>;
}
export declare function ec2Pollers(ctx: {
    ec2: EC2Client;
    clock: WaitClock;
}): Pollers;
export {};

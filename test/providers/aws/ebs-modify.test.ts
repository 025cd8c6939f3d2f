/**
 * An EBS volume's in-place change waits until the modification takes effect (moto completes it at
 * once, real EBS takes a while), and a failed modification is an error. Against a local EC2 Query
 * fake on node:http, through the real EC2 client.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EC2Client, type Volume } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AwsContext } from "../../../src/providers/aws/context.js";
import { ebsVolume } from "../../../src/providers/aws/resources/ebs-volume.js";
import { ownershipTags, ProviderOperationError } from "../../../src/providers/provider.js";

const VOLUME = "vol-0123456789abcdef0";

describe("aws_ebs_volume modification", () => {
  let server: Server;
  let ec2: EC2Client;
  /** States DescribeVolumesModifications answers with, one per call; ModifyVolume answers the first. */
  let states: string[] = [];
  const actions: string[] = [];
  const progress: string[] = [];

  const modification = (state: string): string =>
    `<volumeId>${VOLUME}</volumeId><modificationState>${state}</modificationState>` +
    (state === "failed" ? "<statusMessage>too soon after the last change</statusMessage>" : "") +
    `<targetSize>20</targetSize><startTime>2026-12-02T10:00:00.000Z</startTime>`;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => (body += d.toString()));
      req.on("end", () => {
        const action = new URLSearchParams(body).get("Action") ?? "";
        actions.push(action);
        const inner =
          action === "ModifyVolume"
            ? `<volumeModification>${modification(states[0]!)}</volumeModification>`
            : action === "DescribeVolumesModifications"
              ? `<volumeModificationSet><item>${modification(states.shift()!)}</item></volumeModificationSet>`
              : "<return>true</return>";
        res.writeHead(200, { "content-type": "text/xml" });
        res.end(
          `<?xml version="1.0" encoding="UTF-8"?><${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId>${inner}</${action}Response>`,
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    ec2 = new EC2Client({
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: "k", secretAccessKey: "s" },
      maxAttempts: 1,
    });
  });

  afterAll(async () => {
    ec2?.destroy();
    await new Promise((r) => server?.close(r));
  });

  beforeEach(() => {
    actions.length = 0;
    progress.length = 0;
  });

  const target = { environment: "ebs", repository: "octo/payments", region: "us-east-1" };
  const address = "aws_ebs_volume.data";
  const tags = Object.entries({
    ...ownershipTags(target, address),
    "plagentic:unset": "iops,throughput",
  }).map(([Key, Value]) => ({ Key, Value }));
  const volume: Volume = {
    VolumeId: VOLUME,
    Size: 10,
    VolumeType: "gp3",
    AvailabilityZone: "us-east-1a",
    Tags: tags,
  };
  const op = {
    target,
    address,
    type: "aws_ebs_volume",
    id: VOLUME,
    attributes: { availability_zone: "us-east-1a", size: 20, type: "gp3", encrypted: false },
    tags: {},
    token: "t",
  };
  const ctx = (): AwsContext =>
    ({
      ec2,
      client: () => {
        throw new Error("no other service");
      },
      clock: { sleep: async () => undefined, now: () => 0, pollIntervalMs: 1, timeoutMs: 60_000 },
      progress: (line: string) => progress.push(line),
    }) as AwsContext;

  it("waits until the modification is optimizing", async () => {
    states = ["modifying", "modifying", "optimizing"];
    await ebsVolume.update(ctx(), op, { id: VOLUME, tags: {}, resource: volume });
    expect(actions).toEqual([
      "ModifyVolume",
      "DescribeVolumesModifications",
      "DescribeVolumesModifications",
      "DescribeVolumesModifications",
    ]);
    expect(progress).toEqual([`${address}: waiting for the modification of ${VOLUME} to take effect`]);
  });

  it("does not wait when the modification has taken effect at once", async () => {
    states = ["completed"];
    await ebsVolume.update(ctx(), op, { id: VOLUME, tags: {}, resource: volume });
    expect(actions).toEqual(["ModifyVolume"]);
  });

  it("fails with EBS's reason when the modification fails", async () => {
    states = ["modifying", "failed"];
    const err = await ebsVolume.update(ctx(), op, { id: VOLUME, tags: {}, resource: volume }).catch((e) => e);
    expect(err).toBeInstanceOf(ProviderOperationError);
    expect(err).toMatchObject({
      code: "VolumeModificationFailed",
      message: `modifying ${VOLUME} failed: too soon after the last change`,
    });
  });

  it("changes nothing when size and type already match", async () => {
    await ebsVolume.update(
      ctx(),
      { ...op, attributes: { ...op.attributes, size: 10 } },
      {
        id: VOLUME,
        tags: {},
        resource: volume,
      },
    );
    expect(actions).toEqual([]);
  });
});

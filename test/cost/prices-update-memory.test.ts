/**
 * AWS regional EC2 offers are hundreds of MB. This serves a generated 128 MB offer (produced as it
 * is sent) and checks that the fetch streams it: the heap grows by far less than the file.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { updatePrices } from "../../src/cost/prices-update.js";
import { largeEc2Offer, lambdaOffer, rdsOffer } from "../helpers/price-fixtures.js";
import { startPriceServer } from "../helpers/price-server.js";

const OFFER_BYTES = 128 * 1024 * 1024;

describe("prices update on a large offer", () => {
  it("streams a 128 MB EC2 offer with bounded heap", { timeout: 180_000 }, async () => {
    let served = 0;
    const s = await startPriceServer({
      aws: {
        AmazonEC2: {
          "us-east-1": () => {
            const stream = largeEc2Offer("us-east-1", OFFER_BYTES);
            stream.on("data", (c: string | Buffer) => (served += c.length));
            return stream;
          },
        },
        AmazonRDS: { "us-east-1": rdsOffer("2026-11-18T21:02:10Z") },
        AWSLambda: { "us-east-1": lambdaOffer("2026-10-30T17:45:01Z") },
      },
    });
    const dir = mkdtempSync(join(tmpdir(), "plagentic-prices-big-"));
    try {
      const base = process.memoryUsage().heapUsed;
      let peak = base;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
      const started = Date.now();
      try {
        await updatePrices({
          cloud: "aws",
          regions: ["us-east-1"],
          env: {},
          config: { prices: { cacheDir: dir, endpoints: { aws: s.url } } },
        });
      } finally {
        clearInterval(timer);
      }
      const growthMb = (peak - base) / 1_048_576;
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `large offer: ${(served / 1_048_576).toFixed(0)} MB served in ${seconds.toFixed(1)} s, ` +
          `heap growth peak ${growthMb.toFixed(1)} MB`,
      );
      expect(served).toBeGreaterThanOrEqual(OFFER_BYTES);
      expect(growthMb).toBeLessThan(48);
      const ec2 = JSON.parse(readFileSync(join(dir, "aws-ec2.json"), "utf8")) as {
        prices: Record<string, Record<string, number>>;
      };
      expect(Object.keys(ec2.prices["us-east-1"]!)).toHaveLength(800);
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

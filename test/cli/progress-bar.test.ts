import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createOutput } from "../../src/cli/output.js";
import { fetchProgress } from "../../src/cli/progress-bar.js";

function stream(isTTY: boolean): { s: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: string[] = [];
  const s = Object.assign(
    new Writable({
      write(chunk, _enc, cb) {
        chunks.push(String(chunk));
        cb();
      },
    }),
    { isTTY },
  );
  return { s, text: () => chunks.join("") };
}

describe("fetch progress", () => {
  it("draws a bar in place on a terminal", () => {
    const err = stream(true);
    let t = 0;
    const bar = fetchProgress(
      err.s,
      createOutput({ stdout: err.s, stderr: err.s }, { color: false, secrets: [] }),
      () => (t += 200),
    );
    bar.onProgress({ kind: "step", label: "AmazonEC2 us-east-1", url: "http://x/index.csv" });
    bar.onProgress({
      kind: "bytes",
      label: "AmazonEC2 us-east-1",
      received: 50 * 1_048_576,
      total: 200 * 1_048_576,
    });
    bar.onProgress({ kind: "done", label: "AmazonEC2 us-east-1", received: 200 * 1_048_576 });
    bar.finish();
    const text = err.text();
    expect(text).toContain("\r\x1b[2KAmazonEC2 us-east-1 [######------------------] 25% 50.0/200.0 MB");
    expect(text).toContain("100% 200.0/200.0 MB done\n");
  });

  it("prints one plain line per step elsewhere", () => {
    const err = stream(false);
    const bar = fetchProgress(
      err.s,
      createOutput({ stdout: err.s, stderr: err.s }, { color: false, secrets: [] }),
    );
    bar.onProgress({ kind: "step", label: "AmazonEC2 us-east-1", url: "http://x/index.csv" });
    bar.onProgress({ kind: "bytes", label: "AmazonEC2 us-east-1", received: 5, total: 10 });
    bar.onProgress({ kind: "done", label: "AmazonEC2 us-east-1", received: 10 });
    expect(err.text()).toBe("Fetching AmazonEC2 us-east-1: http://x/index.csv\n");
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeProject, runCli, type TestProject } from "../helpers/project.js";

const projects: TestProject[] = [];
function project(opts?: Parameters<typeof makeProject>[0]): TestProject {
  const p = makeProject(opts);
  projects.push(p);
  return p;
}
afterEach(() => {
  while (projects.length) projects.pop()!.cleanup();
});

const withLambda = (usage = "") => `environment: fn
provider: sandbox
region: us-east-1
resources:
  - type: aws_instance
    name: app
    properties: { instance_type: t3.small, ami: ami-0abcdef1234567890 }
  - type: aws_lambda_function
    name: api
${usage}    properties: { role: "arn:aws:iam::123456789012:role/lambda", runtime: nodejs20.x, handler: index.handler, memory_size: 128 }
`;

// t3.small: $0.0208 × 730 = $15.18. Lambda at 128 MB: $0.41–$6.21 at 1–5M requests, 100–500 ms.
const LINE =
  "usage-based: aws_lambda_function.api $0.41–$6.21/month at 1–5 million requests, 100–500 ms average duration";

describe("plan with a Lambda function that gives no usage", () => {
  it("prints the range per resource and the total as known + usage-based", async () => {
    const p = project({ envs: { fn: withLambda() } });
    const r = await runCli(p, ["plan", "fn"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(LINE);
    expect(r.stdout).toContain(
      "Total: $15.18/month known + $0.41–$6.21 usage-based ($15.59–$21.39/month at assumed usage)",
    );
    expect(r.stdout).toMatch(/Total +- +\$15\.18 +\+\$15\.18|Total +\$0\.00 +\$15\.18 +\+\$15\.18/);
    expect(r.stdout).not.toContain("depends on usage");
  });

  it("carries the range in --json and in the saved plan file", async () => {
    const p = project({ envs: { fn: withLambda() } });
    const plan = JSON.parse((await runCli(p, ["plan", "fn", "--json"])).stdout);
    expect(plan.cost.monthlyAfter).toBe(15.184);
    expect(plan.cost.usageRange).toEqual({ low: 0.4083, high: 6.2083 });
    expect(plan.cost.monthlyAfterRange).toEqual({ low: 15.5923, high: 21.3923 });
    const lambda = plan.cost.resources.find(
      (r: { address: string }) => r.address === "aws_lambda_function.api",
    );
    expect(lambda.usageRange).toMatchObject({
      low: 0.4083,
      high: 6.2083,
      assumptions: [
        { key: "monthly_requests", low: 1_000_000, high: 5_000_000 },
        { key: "average_duration_ms", low: 100, high: 500 },
      ],
    });

    const saved = join(p.dir, "fn.plan.json");
    expect((await runCli(p, ["plan", "fn", "--out", saved])).code).toBe(0);
    expect(JSON.parse(readFileSync(saved, "utf8")).cost.usageRange).toEqual({ low: 0.4083, high: 6.2083 });
  });

  it("with usage: figures the Lambda has one price and no range", async () => {
    const p = project({
      envs: { fn: withLambda("    usage: { monthly_requests: 2000000, average_duration_ms: 300 }\n") },
    });
    const r = await runCli(p, ["plan", "fn"]);
    expect(r.stdout).not.toContain("usage-based");
    expect(r.stdout).not.toContain("known +");
    const plan = JSON.parse((await runCli(p, ["plan", "fn", "--json"])).stdout);
    expect(plan.cost.usageRange).toBeUndefined();
    // $0.40 requests + 2M × 0.3 s × 0.125 GB × $0.0000166667 = $1.25
    expect(plan.cost.monthlyAfter).toBeCloseTo(15.184 + 0.4 + 1.25, 2);
  });

  it("config's cost.usage_ranges moves the range; max_monthly_cost warns on its high end", async () => {
    const p = project({
      envs: { fn: withLambda() },
      config: [
        "environments_dir: environments",
        "cost:",
        "  usage_ranges:",
        "    monthly_requests: { low: 10000000, high: 20000000 }",
        "policies:",
        "  max_monthly_cost: { limit: 30 }",
        "",
      ].join("\n"),
    });
    const r = await runCli(p, ["plan", "fn"]);
    expect(r.code).toBe(0);
    // low: 10M × $0.20/1M + 10M × 0.1 s × 0.125 GB × $0.0000166667 = 2.00 + 2.08
    // high: 20M × $0.20/1M + 20M × 0.5 s × 0.125 GB × $0.0000166667 = 4.00 + 20.83
    expect(r.stdout).toContain(
      "usage-based: aws_lambda_function.api $4.08–$24.83/month at 10–20 million requests",
    );
    expect(r.stdout).toContain("Policy: WARN");
    expect(r.stdout).toMatch(
      /WARN {2}max_monthly_cost aws_lambda_function\.api: At the high end of assumed usage the estimated monthly cost is \$40\.02, over the \$30\.00 limit/,
    );
  });
});

import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPriceCatalog } from "../../src/cost/catalog-loader.js";
import type { Plan } from "../../src/plan/model.js";
import { bundledStaging, makeProject, runCli, type TestProject } from "../helpers/project.js";

const projects: TestProject[] = [];
afterEach(() => {
  while (projects.length) projects.pop()!.cleanup();
});

/** The bundled staging spec moved to eu-west-1 (its subnets' zones too). */
/** A price cache in `dir` whose EC2 prices for eu-west-1 are newer than the bundled ones. */
function writeNewerEc2Cache(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const file = JSON.stringify({
    source: "AWS Price List API",
    as_of: "2026-12-01",
    prices: { "eu-west-1": { "t3.small": 0.0236 } },
  });
  writeFileSync(join(dir, "aws-ec2.json"), file);
  const entry = {
    sha256: createHash("sha256").update(file).digest("hex"),
    as_of: "2026-12-01",
    source: "AWS Price List API",
    fetched_at: "2026-12-01T08:00:00Z",
  };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ format: 1, files: { "aws-ec2.json": entry } }));
}

function stagingIn(region: string): string {
  return bundledStaging()
    .replace("region: us-east-1", `region: ${region}`)
    .replaceAll("us-east-1a", `${region}a`)
    .replaceAll("us-east-1b", `${region}b`);
}

describe("plagentic plan of the staging spec in eu-west-1", () => {
  it("prices every resource the facts hold and lists exactly the load balancer as unknown", async () => {
    const p = makeProject({ envs: { staging: stagingIn("eu-west-1") } });
    projects.push(p);
    const json = await runCli(p, ["plan", "staging", "--json"]);
    expect(json.code).toBe(0);
    const plan = JSON.parse(json.stdout) as Plan;
    const cost = plan.cost;
    const after = Object.fromEntries(cost.resources.map((r) => [r.address, r.monthlyAfter]));

    // aws-ec2.json eu-west-1 t3.small 0.0228/h; aws-ebs.json eu-west-1 gp3 0.088/GB-month (8 GB root).
    expect(after["aws_instance.web[0]"]).toBeCloseTo(0.0228 * 730 + 8 * 0.088, 4);
    expect(after["aws_instance.web[1]"]).toBeCloseTo(0.0228 * 730 + 8 * 0.088, 4);
    // aws-rds.json eu-west-1 postgres db.t3.micro Single-AZ 0.02/h, gp2 Single-AZ 0.127/GB-month (20 GB).
    expect(after["aws_db_instance.orders"]).toBeCloseTo(0.02 * 730 + 20 * 0.127, 4);
    expect(after["aws_lb.web"]).toBeNull();
    for (const free of ["aws_vpc.main", "aws_subnet.a", "aws_subnet.b", "aws_security_group.web"]) {
      expect(after[free]).toBe(0);
    }

    expect(cost.unknown).toEqual([
      {
        address: "aws_lb.web",
        component: "Application load balancer",
        reason:
          "no Application load balancer price for region eu-west-1; the price data covers us-east-1 only",
      },
      {
        address: "aws_lb.web",
        component: "Load balancer capacity units",
        reason:
          "no Application load balancer capacity unit price for region eu-west-1; the price data covers us-east-1 only",
      },
    ]);
    expect(cost.monthlyAfter).toBeCloseTo(2 * (0.0228 * 730 + 8 * 0.088) + 0.02 * 730 + 20 * 0.127, 4);
    const sources = cost.sources.map((s) => s.source).join("\n");
    expect(sources).toContain("yeo/ec2.shop @ 74c9fd8");
    expect(sources).toContain("yeo/ec2.shop @ 44337592");
    expect(sources).not.toContain("karpenter");
    expect(cost.catalogVersion).toBe(loadPriceCatalog().version);

    const text = await runCli(p, ["plan", "staging"]);
    expect(text.stdout).toContain("Totals leave out 2 unknown prices; they are not counted as $0.");
    expect(text.stdout).toContain(
      "unknown: aws_lb.web Application load balancer: no Application load balancer price for region eu-west-1; the price data covers us-east-1 only",
    );
  });

  it("makes a plan stale when the price catalog changes", async () => {
    const p = makeProject({ envs: { staging: stagingIn("eu-west-1") } });
    projects.push(p);
    const bundled = JSON.parse((await runCli(p, ["plan", "staging", "--json"])).stdout) as Plan;
    const again = JSON.parse((await runCli(p, ["plan", "staging", "--json"])).stdout) as Plan;
    expect(again.hash).toBe(bundled.hash);
    // The same run with a home whose price cache is newer for eu-west-1.
    const home = join(p.dir, "home");
    writeNewerEc2Cache(join(home, ".cache", "plagentic", "prices"));
    const cached = JSON.parse(
      (await runCli(p, ["plan", "staging", "--json"], { HOME: home })).stdout,
    ) as Plan;
    expect(cached.hash).not.toBe(bundled.hash);
    expect(cached.cost.catalogVersion).not.toBe(bundled.cost.catalogVersion);
    const web = cached.cost.resources.find((r) => r.address === "aws_instance.web[0]")!;
    expect(web.components[0]).toMatchObject({
      unitPrice: 0.0236,
      priceSource: { source: "AWS Price List API (cache, fetched 2026-12-01)", asOf: "2026-12-01" },
    });
  });

  it("a repository's config.yaml cannot choose where prices are read from; a local run's can", async () => {
    const p = makeProject({ envs: { staging: stagingIn("eu-west-1") } });
    projects.push(p);
    writeNewerEc2Cache(join(p.dir, "planted"));
    p.writeConfig("environments_dir: environments\nprices: { cache_dir: planted }\n");
    const priceOf = async (env: Record<string, string>) => {
      const r = await runCli(p, ["plan", "staging", "--json"], env);
      const plan = JSON.parse(r.stdout) as Plan;
      return plan.cost.resources.find((x) => x.address === "aws_instance.web[0]")!.components[0]!.unitPrice;
    };
    expect(await priceOf({})).toBe(0.0236);
    // The same config, read as a repository's (as the App and the Action read it): the bundled price.
    expect(await priceOf({ PLAGENTIC_REPOSITORY: "acme/infra" })).toBe(0.0228);
  });
});

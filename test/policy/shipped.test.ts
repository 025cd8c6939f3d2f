/**
 * The bundled config.yaml and environments/*.yaml under the default and configured rules: what
 * `plagentic init` copies and the README's first command plans must not be blocked, nor warned
 * about, by Plagentic's own policy.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/loader.js";
import { loadPriceCatalog } from "../../src/cost/catalog-loader.js";
import { packagePath } from "../../src/paths.js";
import { buildPlan } from "../../src/plan/engine.js";
import type { Provider } from "../../src/providers/provider.js";
import { parseEnvironment } from "../../src/spec/parse.js";

const config = parseConfig(readFileSync(packagePath("config.yaml"), "utf8"), packagePath("config.yaml"), {});
const catalog = loadPriceCatalog();
// A first plan against an empty cloud: everything is created, as in the README's walk-through.
const emptyCloud = { name: "sandbox", capabilities: { applies: "*" } } as unknown as Provider;
const environments = readdirSync(packagePath("environments")).filter((f) => f.endsWith(".yaml"));

describe("the shipped config.yaml and environments", () => {
  it("ships at least the staging environment", () => {
    expect(environments).toContain("staging.yaml");
  });

  it.each(environments)("%s is priced in full and passes every rule", (file) => {
    const path = packagePath("environments", file);
    const env = parseEnvironment(readFileSync(path, "utf8"), path);
    const identity = { repository: "local", sharedWith: [] };
    const { plan } = buildPlan(
      { env, provider: emptyCloud, catalog, policies: config.policies, identity },
      [],
    );
    expect(plan.summary.add).toBeGreaterThan(0);
    expect(plan.cost.unknown).toEqual([]);
    expect(plan.policy.findings.filter((f) => f.level !== "pass")).toEqual([]);
    expect(plan.policy.verdict).toBe("pass");
    expect(plan.policy.evaluated).toEqual(
      expect.arrayContaining([
        "encryption_at_rest",
        "imdsv2_required",
        "max_monthly_cost",
        "no_public_databases",
      ]),
    );
  });
});

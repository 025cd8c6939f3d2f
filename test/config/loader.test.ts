import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  defaultConfig,
  discoverConfig,
  loadConfig,
  modelEndpoint,
  parseConfig,
} from "../../src/config/loader.js";
import { packagePath } from "../../src/paths.js";
import { SpecError } from "../../src/spec/errors.js";

const fixture = (name: string) => join(import.meta.dirname, "../fixtures/config", name);
const tempDir = () => mkdtemp(join(tmpdir(), "plagentic-config-"));

function errorOf(fn: () => unknown): SpecError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SpecError);
    return e as SpecError;
  }
  throw new Error("expected a SpecError");
}

describe("parseConfig: the original Plagentic config-template", () => {
  const env = { OPENAI_API_KEY: "sk-openai-123", SERPER_API_KEY: "serper-456", ANTHROPIC_API_KEY: "" };

  it("loads, with models whose keys are set and the rest key-less", async () => {
    const text = await readFile(fixture("original-template.yaml"), "utf8");
    const config = parseConfig(text, "/proj/config.yaml", env);
    expect(config.models.openai).toEqual({
      apiBase: "https://api.openai.com/v1",
      apiKey: "sk-openai-123",
      models: ["gpt-4o", "gpt-4o-mini", "gpt-4-turbo"],
    });
    expect(config.models.deepseek?.apiKey).toBeUndefined();
    expect(config.models.claude?.apiKey).toBeUndefined();
    expect(modelEndpoint(config, "openai")?.apiKey).toBe("sk-openai-123");
    expect(modelEndpoint(config, "deepseek")).toBeUndefined();
    expect(config.logging).toEqual({ level: "info", file: "/proj/plagentic.log" });
    expect(config.security).toEqual({ rbacEnabled: false, realm: "plagentic" });
    expect(config.providers.default).toBe("sandbox");
    expect(config.baseDir).toBe("/proj");
  });

  it("records fields that referenced unset variables, but not ones set to empty", async () => {
    const text = await readFile(fixture("original-template.yaml"), "utf8");
    const config = parseConfig(text, "/proj/config.yaml", env);
    expect(config.undefinedVars).toEqual([
      { field: "models.deepseek.api_key", variable: "DEEPSEEK_API_KEY" },
      { field: "security.keycloak_url", variable: "KEYCLOAK_URL" },
    ]);
  });

  it("accepts the old tools section but uses none of it, with a warning per tool", async () => {
    const text = await readFile(fixture("original-template.yaml"), "utf8");
    const config = parseConfig(text, "/proj/config.yaml", env);
    expect(config.warnings).toHaveLength(3);
    expect(config.warnings[1]).toMatch(/^tools\.terminal is ignored: .*never a shell/);
    expect(Object.keys(config)).not.toContain("tools");
  });

  it("collects interpolated credentials as secrets", async () => {
    const text = await readFile(fixture("original-template.yaml"), "utf8");
    const config = parseConfig(text, "/proj/config.yaml", env);
    expect(config.secrets.sort()).toEqual(["serper-456", "sk-openai-123"]);
  });
});

describe("parseConfig: Plagentic sections", () => {
  it("resolves every section with paths relative to the config file", async () => {
    const text = await readFile(fixture("full.yaml"), "utf8");
    const config = parseConfig(text, "/proj/.plagentic/config.yaml", { GITHUB_TOKEN: "ghp_abc" });
    expect(config.providers).toEqual({
      default: "aws",
      aws: { region: "us-east-1", endpoint: "http://localhost:4566" },
      gcp: { project: "my-project", region: "us-central1" },
      azure: { resourceGroup: "rg", location: "eastus" },
    });
    expect(config.environmentsDir).toBe("/proj/.plagentic/envs");
    // A teams_dir the user named is kept even when missing, so the mistake shows up.
    expect(config.teamsDir).toBe("/proj/.plagentic/my-teams");
    expect(config.state.path).toBe("/var/lib/plagentic/state.db");
    expect(config.approvals).toEqual({
      configured: true,
      required: 2,
      applyOn: "command",
      environments: { production: { required: 3, permission: "admin", teams: ["platform"] } },
      rules: [],
    });
    expect(config.github).toEqual({ autoplan: true, allowForkPlans: true, releaseLockOn: "apply" });
    expect(config.policies.max_monthly_cost).toMatchObject({ limit: 500, level: "warn" });
    expect(config.policies.required_tags).toMatchObject({ tags: ["team"], level: "fail" });
    expect(config.secrets).toContain("ghp_abc");
    expect(config.undefinedVars).toEqual([
      { field: "providers.azure.subscription_id", variable: "AZURE_SUBSCRIPTION_ID" },
    ]);
  });

  it("reads approval rules, the drift schedule and previews", () => {
    const config = parseConfig(
      [
        "approvals:",
        "  apply_on: merge",
        "  rules:",
        "    - name: big spend",
        "      when: { monthly_cost_delta_over: 500 }",
        "      require: { approvals: 2, teams: [platform] }",
        "    - when: { environment: production, destroy_or_replace: true, resource_type: [aws_db_instance] }",
        "      require: { permission: maintain }",
        "drift: { schedule: '0 6 * * *', environments: [staging] }",
        "previews: { environments: [staging], max_monthly_cost: 200, ttl_hours: 48 }",
      ].join("\n"),
      "/proj/config.yaml",
      {},
      { dirExists: () => true },
    );
    expect(config.approvals.applyOn).toBe("merge");
    expect(config.approvals.rules).toEqual([
      {
        name: "big spend",
        when: { monthlyCostDeltaOver: 500 },
        require: { required: 2, teams: ["platform"] },
      },
      {
        name: "rule 2",
        when: { environments: ["production"], destroyOrReplace: true, resourceTypes: ["aws_db_instance"] },
        require: { permission: "maintain" },
      },
    ]);
    expect(config.drift).toEqual({ schedule: "0 6 * * *", environments: ["staging"] });
    expect(config.previews).toEqual({
      environments: ["staging"],
      maxMonthlyCost: 200,
      ttlHours: 48,
      requireApproval: false,
    });
  });

  it("names the line of a drift schedule that is not a cron expression", () => {
    expect(() =>
      parseConfig(
        "github: {}\ndrift:\n  schedule: '61 * * * *'\n",
        "/proj/config.yaml",
        {},
        { dirExists: () => true },
      ),
    ).toThrow(/config\.yaml.*3.*drift\.schedule.*minute/s);
    expect(() =>
      parseConfig("drift: { schedule: '@daily' }\n", "/proj/config.yaml", {}, { dirExists: () => true }),
    ).toThrow(/five fields/);
  });

  it("fills defaults for an empty file", () => {
    const config = parseConfig("# nothing yet\n", "/proj/config.yaml", {}, { dirExists: () => true });
    expect(config.providers).toEqual({ default: "sandbox" });
    expect(config.environmentsDir).toBe("/proj/environments");
    expect(config.teamsDir).toBe("/proj/teams");
    expect(config.state.path).toBe("/proj/.plagentic/state.db");
    expect(config.approvals).toEqual({
      configured: false,
      required: 1,
      applyOn: "approval",
      environments: {},
      rules: [],
    });
    expect(config.drift).toEqual({});
    expect(config.previews).toBeNull();
    expect(config.github).toEqual({ autoplan: false, allowForkPlans: false, releaseLockOn: "merge" });
    expect(config.policies).toEqual({});
    expect(config.models).toEqual({});
  });

  it("falls back to the bundled teams when the default teams directory does not exist", () => {
    const config = parseConfig("{}", "/proj/config.yaml", {}, { dirExists: () => false });
    expect(config.teamsDir).toBe(packagePath("teams"));
  });

  it("treats a key that is present but empty as absent", () => {
    const config = parseConfig("github:\nproviders:\n  default:\n", "/p/config.yaml", {});
    expect(config.github.releaseLockOn).toBe("merge");
    expect(config.providers.default).toBe("sandbox");
  });

  it("normalises the original's Python log level names", () => {
    expect(parseConfig("logging: { level: WARNING }", "c.yaml", {}).logging.level).toBe("warn");
    expect(parseConfig("logging: { level: CRITICAL }", "c.yaml", {}).logging.level).toBe("fatal");
    expect(errorOf(() => parseConfig("logging: { level: LOUD }", "c.yaml", {})).message).toMatch(
      /^c\.yaml:1:19: logging\.level: expected one of trace, debug, info, warn, warning/,
    );
  });

  it("loads the repository's own example config.yaml", async () => {
    const text = await readFile(packagePath("config.yaml"), "utf8");
    const config = parseConfig(text, packagePath("config.yaml"), { OPENAI_API_KEY: "k" });
    expect(config.providers.default).toBe("sandbox");
    expect(config.policies.allowed_regions).toMatchObject({
      regions: ["us-east-1", "us-west-2", "us-central1", "eastus"],
    });
    expect(config.policies.max_monthly_cost).toMatchObject({ limit: 1000 });
    expect(config.policies.required_tags).toMatchObject({ tags: ["team"] });
    expect(config.approvals.required).toBe(1);
    expect(config.logging.level).toBe("info");
    expect(modelEndpoint(config, "openai")?.apiKey).toBe("k");
    expect(config.secrets).toEqual(["k"]);
  });
});

describe("parseConfig: located errors", () => {
  it("reports a wrong type at the value", () => {
    const text = 'providers:\n  default: sandbox\napprovals:\n  required: "two"\n';
    expect(errorOf(() => parseConfig(text, "config.yaml", {})).message).toBe(
      "config.yaml:4:13: approvals.required: expected number, received string",
    );
  });

  it("reports an unknown key at the key", () => {
    const text = "github:\n  autoplan: true\n  autoplna: false\n";
    const err = errorOf(() => parseConfig(text, "config.yaml", {}));
    expect(err.message).toBe('config.yaml:3:3: github.autoplna: unknown field "autoplna"');
    expect(err.location).toEqual({ file: "config.yaml", line: 3, column: 3 });
    expect(err.field).toBe("github.autoplna");
  });

  it("reports an unknown top-level section", () => {
    expect(errorOf(() => parseConfig("model: {}\n", "config.yaml", {})).message).toBe(
      'config.yaml:1:1: model: unknown field "model"',
    );
  });

  it("names the valid values of an enum", () => {
    expect(errorOf(() => parseConfig("providers:\n  default: gcloud\n", "config.yaml", {})).message).toBe(
      'config.yaml:2:12: providers.default: expected one of "sandbox", "aws", "gcp", "azure", received "gcloud"',
    );
  });

  it("reports malformed YAML with its position", () => {
    expect(
      errorOf(() => parseConfig("approvals:\n  required: 1\n  apply_on: [command\n", "config.yaml", {}))
        .message,
    ).toMatch(/^config\.yaml:\d+:\d+: invalid YAML: /);
  });

  it("validates the policies section with the policy module's schema", () => {
    const text = "policies:\n  max_monthly_cost:\n    limit: lots\n";
    expect(errorOf(() => parseConfig(text, "config.yaml", {})).message).toBe(
      "config.yaml:3:12: policies.max_monthly_cost.limit: expected number, received string",
    );
    const typo = "policies:\n  max_monthly_cots: { limit: 1 }\n";
    expect(errorOf(() => parseConfig(typo, "config.yaml", {})).message).toBe(
      'config.yaml:2:3: policies.max_monthly_cots: unknown field "max_monthly_cots"',
    );
  });

  it("rejects an invalid per-environment approval rule", () => {
    const text = "approvals:\n  environments:\n    production:\n      permission: owner\n";
    expect(errorOf(() => parseConfig(text, "config.yaml", {})).message).toMatch(
      /^config\.yaml:4:19: approvals\.environments\.production\.permission: expected one of "write", "maintain", "admin"/,
    );
  });
});

describe("discoverConfig and loadConfig", () => {
  async function project(files: Record<string, string>): Promise<string> {
    const dir = await tempDir();
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(join(dir, rel, ".."), { recursive: true });
      await writeFile(join(dir, rel), text);
    }
    return dir;
  }

  it("prefers --config, then PLAGENTIC_CONFIG, then ./config.yaml, then ./.plagentic/config.yaml", async () => {
    const cwd = await project({
      "explicit.yaml": "",
      "from-env.yaml": "",
      "config.yaml": "",
      ".plagentic/config.yaml": "",
    });
    const env = { PLAGENTIC_CONFIG: "from-env.yaml" };
    expect(await discoverConfig({ explicit: "explicit.yaml", env, cwd })).toBe(join(cwd, "explicit.yaml"));
    expect(await discoverConfig({ env, cwd })).toBe(join(cwd, "from-env.yaml"));
    expect(await discoverConfig({ env: {}, cwd })).toBe(join(cwd, "config.yaml"));
    const hidden = await project({ ".plagentic/config.yaml": "" });
    expect(await discoverConfig({ env: {}, cwd: hidden })).toBe(join(hidden, ".plagentic/config.yaml"));
    expect(await discoverConfig({ env: {}, cwd: await project({}) })).toBeNull();
  });

  it("fails on an explicit path or PLAGENTIC_CONFIG that does not exist, naming it", async () => {
    const cwd = await project({ "config.yaml": "" });
    await expect(discoverConfig({ explicit: "nope.yaml", env: {}, cwd })).rejects.toThrow(
      "nope.yaml: config file not found (named by --config)",
    );
    await expect(discoverConfig({ env: { PLAGENTIC_CONFIG: "/no/such.yaml" }, cwd })).rejects.toThrow(
      "/no/such.yaml: config file not found (named by PLAGENTIC_CONFIG)",
    );
  });

  it("uses built-in defaults when there is no config file", async () => {
    const cwd = await project({});
    const config = await loadConfig({ cwd, env: {} });
    expect(config.source).toBeNull();
    expect(config.baseDir).toBe(cwd);
    expect(config.providers.default).toBe("sandbox");
    expect(config.models).toEqual({});
    expect(config.environmentsDir).toBe(join(cwd, "environments"));
    expect(config.teamsDir).toBe(packagePath("teams"));
    expect(defaultConfig(cwd)).toEqual(config);
  });

  it("uses the project's teams directory when it exists", async () => {
    const cwd = await project({ "teams/mine.yaml": "" });
    expect((await loadConfig({ cwd, env: {} })).teamsDir).toBe(join(cwd, "teams"));
  });

  it("loads the discovered file with the injected env and resolves against its directory", async () => {
    const cwd = await project({
      ".plagentic/config.yaml":
        'environments_dir: "${ENV_DIR:-specs}"\nmodels:\n  openai: { api_key: "${OPENAI_API_KEY}" }\n',
    });
    const config = await loadConfig({ cwd, env: { OPENAI_API_KEY: "sk-1" } });
    expect(config.source).toBe(join(cwd, ".plagentic/config.yaml"));
    expect(config.baseDir).toBe(join(cwd, ".plagentic"));
    expect(config.environmentsDir).toBe(join(cwd, ".plagentic/specs"));
    expect(config.secrets).toEqual(["sk-1"]);
  });

  it("names the file relative to the working directory in errors", async () => {
    const cwd = await project({ "config.yaml": "approvals:\n  required: -1\n" });
    await expect(loadConfig({ cwd, env: {} })).rejects.toThrow(
      "config.yaml:2:13: approvals.required: must be at least 0",
    );
  });
});

describe("parseConfig: prices", () => {
  it("resolves cache_dir against the config's directory and keeps the endpoints", () => {
    const c = parseConfig(
      "prices:\n  cache_dir: cache/prices\n  endpoints:\n    azure: http://127.0.0.1:9999\n",
      "/project/config.yaml",
      {},
    );
    expect(c.prices).toEqual({
      cacheDir: "/project/cache/prices",
      endpoints: { azure: "http://127.0.0.1:9999" },
    });
    expect(defaultConfig("/x").prices).toEqual({ endpoints: {} });
    expect(parseConfig("prices: { cache_dir: ~/.cache/p }", "/project/config.yaml", {}).prices.cacheDir).toBe(
      join(homedir(), ".cache/p"),
    );
  });

  it("an endpoint that is not a URL, or an unknown cloud, is an error at its line", () => {
    expect(
      errorOf(() => parseConfig("prices:\n  endpoints:\n    aws: pricing\n", "c.yaml", {})).message,
    ).toMatch(/^c\.yaml:3:\d+: prices\.endpoints\.aws:/);
    expect(
      errorOf(() => parseConfig("prices:\n  endpoints:\n    oracle: http://x\n", "c.yaml", {})).message,
    ).toMatch(/prices\.endpoints/);
  });
});

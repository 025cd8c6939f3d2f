import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/model.js";
import { azureCatalog, azureItem } from "../helpers/price-fixtures.js";
import { startPriceServer, type PriceServer } from "../helpers/price-server.js";
import { makeProject, runCli, type TestProject } from "../helpers/project.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(config = ""): Promise<{ p: TestProject; s: PriceServer }> {
  const s = await startPriceServer({ azure: { items: azureCatalog(), pageSize: 5 } });
  cleanups.push(() => s.close());
  const p = makeProject({ config: `environments_dir: environments\n${config}` });
  cleanups.push(() => p.cleanup());
  return { p, s };
}

describe("plagentic prices update", () => {
  it("--cloud azure --region westeurope writes the cache and prints what it fetched", async () => {
    const { p, s } = await setup();
    const r = await runCli(p, ["prices", "update", "--cloud", "azure", "--region", "westeurope"], {
      XDG_CACHE_HOME: join(p.dir, "xdg"),
      PLAGENTIC_PRICES_AZURE_ENDPOINT: s.url,
    });
    expect(r.stderr).not.toMatch(/Internal error/);
    expect(r.code).toBe(0);
    const dir = join(p.dir, "xdg", "plagentic", "prices");
    expect(r.stdout).toContain(`Updated the price cache in ${dir}:`);
    expect(r.stdout).toMatch(
      /azure-vm\.json: westeurope; prices as of 2025-09-01T00:00:00Z; from http:\/\/127\.0\.0\.1/,
    );
    // Off a terminal: one plain line per page, no carriage returns.
    expect(r.stderr).toMatch(
      /^Fetching Azure VM prices, westeurope, page 1: http:\/\/127\.0\.0\.1:\d+\/api\/retail\/prices/m,
    );
    expect(r.stderr).not.toContain("\r");
    const vm = JSON.parse(readFileSync(join(dir, "azure-vm.json"), "utf8")) as {
      sizes: Record<string, unknown>;
    };
    expect(Object.keys(vm.sizes)).toEqual(["Standard_B2s", "Standard_D2s_v5", "Standard_E4s_v5"]);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { files: object };
    expect(Object.keys(manifest.files)).toEqual(["azure-vm.json"]);
  });

  it("prices.cache_dir and prices.endpoints come from config.yaml", async () => {
    const { p, s } = await setup();
    p.writeConfig(
      `environments_dir: environments\nprices:\n  cache_dir: my-prices\n  endpoints:\n    azure: ${s.url}\n`,
    );
    const r = await runCli(p, ["prices", "update", "--cloud", "azure", "--region", "eastus"]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(p.dir, "my-prices", "azure-vm.json"), "utf8")).toContain('"eastus": 0.096');
  });

  it("an unknown --cloud lists the valid choices", async () => {
    const { p } = await setup();
    const r = await runCli(p, ["prices", "update", "--cloud", "alibaba"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: unknown cloud "alibaba": expected one of aws, azure, gcp');
  });

  it("GCP without an API key names both variables", async () => {
    const { p } = await setup();
    const r = await runCli(p, ["prices", "update", "--cloud", "gcp"], { XDG_CACHE_HOME: join(p.dir, "xdg") });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /Error: GCP prices need a Google Cloud API key.*PLAGENTIC_GCP_API_KEY or GOOGLE_API_KEY/,
    );
  });

  it("a server error is one clear line naming the URL and status", async () => {
    const { p, s } = await setup();
    s.faults.push({ match: /retail/, times: 99, status: 500 });
    const r = await runCli(p, ["prices", "update", "--cloud", "azure", "--region", "westeurope"], {
      XDG_CACHE_HOME: join(p.dir, "xdg"),
      PLAGENTIC_PRICES_AZURE_ENDPOINT: s.url,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /Error: GET http:\/\/127\.0\.0\.1:\d+\/api\/retail\/prices\?\S+ failed after 4 attempts: HTTP 500/,
    );
  });
});

describe("prices update, then plan", () => {
  it("a plan prices from the cache the update wrote, says so, and goes stale", async () => {
    // Azure answers with prices effective after the bundled file's date, so the cache is newer.
    const items = [azureItem("westeurope", "Standard_B2s", 0.05, { effective: "2026-11-30T00:00:00Z" })];
    const s = await startPriceServer({ azure: { items, pageSize: 5 } });
    cleanups.push(() => s.close());
    const p = makeProject({
      envs: {
        web: `environment: web
provider: sandbox
region: westeurope
tags: { team: web }
resources:
  - type: azurerm_virtual_network
    name: main
    properties: { address_space: [10.0.0.0/16] }
  - type: azurerm_subnet
    name: app
    properties: { virtual_network: ref(azurerm_virtual_network.main), address_prefixes: [10.0.1.0/24] }
  - type: azurerm_network_interface
    name: web
    properties: { subnet: ref(azurerm_subnet.app) }
  - type: azurerm_linux_virtual_machine
    name: app
    properties:
      size: Standard_B2s
      admin_username: azureuser
      admin_ssh_key: [{ username: azureuser, public_key: ssh-ed25519 AAAA }]
      network_interfaces: [ref(azurerm_network_interface.web)]
      os_disk: { caching: ReadWrite, storage_account_type: Standard_LRS }
      source_image_reference: { publisher: Canonical, offer: ubuntu-24_04-lts, sku: server, version: latest }
`,
      },
    });
    cleanups.push(() => p.cleanup());
    const env = { XDG_CACHE_HOME: join(p.dir, "xdg") };
    const plan = async () => {
      const r = await runCli(p, ["plan", "web", "--json"], env);
      expect(r.stderr).not.toMatch(/Internal error/);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as Plan;
    };
    const before = await plan();
    const bundled = before.cost.resources.find((r) => r.type === "azurerm_linux_virtual_machine")!;
    expect(bundled.components[0]?.priceSource?.source).not.toContain("cache");

    const updated = await runCli(p, ["prices", "update", "--cloud", "azure", "--region", "westeurope"], {
      ...env,
      PLAGENTIC_PRICES_AZURE_ENDPOINT: s.url,
    });
    expect(updated.code).toBe(0);

    const after = await plan();
    const cached = after.cost.resources.find((r) => r.type === "azurerm_linux_virtual_machine")!;
    expect(cached.components[0]).toMatchObject({ unitPrice: 0.05 });
    expect(cached.components[0]?.priceSource?.source).toMatch(/\(cache, fetched \d{4}-\d{2}-\d{2}\)$/);
    expect(cached.components[0]?.monthly).toBe(36.5);
    // The catalog is part of the plan: a plan made with the old prices no longer applies.
    expect(after.cost.catalogVersion).not.toBe(before.cost.catalogVersion);
    expect(after.hash).not.toBe(before.hash);
  });
});

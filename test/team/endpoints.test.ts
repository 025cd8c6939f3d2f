import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loader.js";
import { scaffoldProject } from "../../src/config/scaffold.js";
import { makeProject, runCli, type TestProject } from "../helpers/project.js";
import { startFakeOpenAI } from "./helpers/openai-server.js";
import { stagingWithCache } from "./helpers/scripted.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A project exactly as `plagentic init` writes it. */
async function initProject(): Promise<TestProject> {
  const p = makeProject();
  cleanups.push(() => p.cleanup());
  await scaffoldProject(p.dir, { force: true });
  return p;
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as { port: number };
  await new Promise((resolve) => s.close(resolve));
  return port;
}

describe("model endpoints from the environment in a project made by plagentic init", () => {
  it("the scaffold's api_base follows OPENAI_BASE_URL, ANTHROPIC_BASE_URL and DEEPSEEK_BASE_URL, with the public endpoints as defaults", async () => {
    const p = await initProject();
    const config = readFileSync(join(p.dir, "config.yaml"), "utf8");
    expect(config).toContain('api_base: "${OPENAI_BASE_URL:-https://api.openai.com/v1}"');
    const bare = await loadConfig({ cwd: p.dir, env: {} });
    expect(bare.models["openai"]?.apiBase).toBe("https://api.openai.com/v1");
    expect(bare.models["claude"]?.apiBase).toBe("https://api.anthropic.com/v1");
    expect(bare.models["deepseek"]?.apiBase).toBe("https://api.deepseek.com/v1");
    const routed = await loadConfig({
      cwd: p.dir,
      env: {
        OPENAI_BASE_URL: "http://gateway.internal/v1",
        ANTHROPIC_BASE_URL: "http://claude.internal",
        DEEPSEEK_BASE_URL: "http://deepseek.internal/v1",
      },
    });
    expect(routed.models["openai"]?.apiBase).toBe("http://gateway.internal/v1");
    expect(routed.models["claude"]?.apiBase).toBe("http://claude.internal");
    expect(routed.models["deepseek"]?.apiBase).toBe("http://deepseek.internal/v1");
  });

  it("plagentic run reaches the server OPENAI_BASE_URL names, in at most 4 model calls for a simple request", async () => {
    const s = await startFakeOpenAI({
      "Infrastructure-Planner": [
        {
          tools: [
            {
              name: "propose_spec_change",
              args: { environment: "staging", spec_text: stagingWithCache(), explanation: "A cache." },
            },
          ],
        },
      ],
    });
    cleanups.push(() => s.close());
    const p = await initProject();
    const run = await runCli(
      p,
      ["run", "infrastructure-team", "-t", "add a t3.small instance named cache to staging"],
      {
        OPENAI_API_KEY: "test",
        OPENAI_BASE_URL: s.baseURL,
      },
    );
    expect(run.stderr + run.stdout).toContain("+    name: cache");
    expect(run.code).toBe(0);
    expect(s.requests.length).toBeGreaterThan(0);
    expect(s.requests.length).toBeLessThanOrEqual(4);
    expect(run.stdout).toMatch(new RegExp(`Model usage: ${s.requests.length} call\\(s\\)`));
  });

  it("a connection error names the endpoint it tried", async () => {
    const port = await closedPort();
    const p = await initProject();
    const run = await runCli(
      p,
      ["run", "infrastructure-team", "-t", "add a t3.small instance named cache to staging"],
      {
        OPENAI_API_KEY: "test",
        OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
      },
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`model call to http://127.0.0.1:${port}/v1 failed`);
    expect(run.stderr).toMatch(/Connection error/i);
  }, 20_000);
});

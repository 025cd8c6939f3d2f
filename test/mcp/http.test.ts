/**
 * `plagentic mcp --http`: the guards in front of the protocol (token, Origin, rate limit), the
 * refusal to start without a token, and the SDK's Streamable HTTP client planning through it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledStaging, makeProject, type TestProject } from "../helpers/project.js";
import { connectHttp, runToExit, spawnHttp, type HttpChild } from "./helpers.js";

const TOKEN = "test-token-0123456789abcdef";

const initialize = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
};

function post(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      ...headers,
    },
    body: JSON.stringify(initialize),
  });
}

describe("plagentic mcp --http", () => {
  let project: TestProject;
  let server: HttpChild;

  beforeAll(async () => {
    project = makeProject({ envs: { staging: bundledStaging() } });
    server = await spawnHttp(project, ["--allowed-origin", "http://localhost:6274"], {
      PLAGENTIC_MCP_TOKEN: TOKEN,
    });
  });
  afterAll(async () => {
    await server?.stop();
    project?.cleanup();
  });

  it("binds to loopback and names its URL on stderr", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    expect(server.stderr()).toContain("tools: list_environments, read_spec, plan");
  });

  it("answers 401 without the token or with a wrong one", async () => {
    const tries: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Basic ${TOKEN}` },
    ];
    for (const headers of tries) {
      const res = await post(server.url, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      const body = (await res.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(/^Unauthorized/);
    }
  });

  it("answers 403 to a foreign Origin even with the token, and lets an allowed one through", async () => {
    const res = await post(server.url, { authorization: `Bearer ${TOKEN}`, origin: "https://evil.example" });
    expect(res.status).toBe(403);
    const allowed = await post(server.url, {
      authorization: `Bearer ${TOKEN}`,
      origin: "http://localhost:6274",
    });
    expect(allowed.status).toBe(200);
    // The Origin check comes before the token: an allowed origin still needs it.
    expect((await post(server.url, { origin: "http://localhost:6274" })).status).toBe(401);
  });

  it("reads no body before the token: a malformed or oversized one without it gets 401, not a parse error", async () => {
    for (const body of ["{not json", "x".repeat(4 * 1024 * 1024)]) {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
        body,
      });
      expect(res.status).toBe(401);
    }
    // With the token, a malformed body is a JSON-RPC error, never an HTML page or a stack.
    const bad = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { jsonrpc: string }).jsonrpc).toBe("2.0");
  });

  it("answers 405 to GET: the server is stateless", async () => {
    const res = await fetch(server.url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(405);
  });

  it("serves the SDK's Streamable HTTP client: tools and a plan of staging", async () => {
    const client = await connectHttp(server.url, TOKEN);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain("plan");
      expect(tools.map((t) => t.name)).not.toContain("apply");
      const result = await client.callTool({ name: "plan", arguments: { environment: "staging" } });
      expect(result.isError).toBeFalsy();
      const plan = (result.structuredContent as { plan: { environment: string; hash: string } }).plan;
      expect(plan.environment).toBe("staging");
      expect(plan.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(result)).not.toContain(TOKEN);
    } finally {
      await client.close();
    }
  });
});

describe("plagentic mcp --http refusals", () => {
  let project: TestProject;
  let limited: HttpChild | undefined;

  beforeAll(() => {
    project = makeProject({ envs: { staging: bundledStaging() } });
  });
  afterAll(async () => {
    await limited?.stop();
    project?.cleanup();
  });

  it("does not start without PLAGENTIC_MCP_TOKEN, or with a short one", async () => {
    const missing = await runToExit(project, ["--http", "0"], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("set PLAGENTIC_MCP_TOKEN");
    const short = await runToExit(project, ["--http", "0"], { PLAGENTIC_MCP_TOKEN: "short-token" });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("PLAGENTIC_MCP_TOKEN is too short");
    expect(short.stderr).not.toContain("short-token");
  });

  it("answers 429 once a client passes --rate-limit in a minute", async () => {
    limited = await spawnHttp(project, ["--rate-limit", "5"], { PLAGENTIC_MCP_TOKEN: TOKEN });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await post(limited.url, { authorization: `Bearer ${TOKEN}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config/loader.js";
import { parseTeam } from "../../../src/team/loader.js";
import { prefixedName, resultText } from "../../../src/team/mcp/tools.js";

const head = `name: t
agents:
  - name: Planner
    role: Planner
    stage: planner
    system_prompt: Plan.
  - name: Reviewer
    role: Reviewer
    stage: reviewer
    system_prompt: Review.
`;

const team = (mcp: string) => parseTeam(head + mcp, "teams/t.yaml");
const failure = (mcp: string): string => {
  try {
    team(mcp);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected the team file to be refused");
};

describe("mcp_servers in a team file", () => {
  it("accepts a map keyed by name and a list with name:, with defaults", () => {
    const asMap = team(`mcp_servers:
  docs:
    command: node
    args: ["./docs.mjs"]
    env: { DOCS_TOKEN: "\${DOCS_TOKEN}" }
  tickets:
    url: https://mcp.example.com/mcp
    headers: { Authorization: "Bearer \${TICKETS_TOKEN}" }
    agents: [Planner]
    allowed_tools: [get_ticket]
    startup_timeout_seconds: 5
    timeout_seconds: 7
`);
    expect(asMap.mcpServers).toEqual([
      {
        name: "docs",
        transport: {
          kind: "stdio",
          command: "node",
          args: ["./docs.mjs"],
          env: { DOCS_TOKEN: "${DOCS_TOKEN}" },
        },
        startupTimeoutMs: 30_000,
        callTimeoutMs: 60_000,
      },
      {
        name: "tickets",
        transport: {
          kind: "http",
          url: "https://mcp.example.com/mcp",
          headers: { Authorization: "Bearer ${TICKETS_TOKEN}" },
        },
        agents: ["Planner"],
        allowedTools: ["get_ticket"],
        startupTimeoutMs: 5_000,
        callTimeoutMs: 7_000,
      },
    ]);
    const asList = team(`mcp_servers:
  - name: docs
    command: node
`);
    expect(asList.mcpServers?.map((s) => s.name)).toEqual(["docs"]);
    expect(team("").mcpServers).toEqual([]);
  });

  it.each([
    [
      "both command and url",
      `mcp_servers:\n  docs:\n    command: node\n    url: https://x.example/mcp\n`,
      /t\.yaml:13:.*exactly one of `command`/,
    ],
    ["neither", `mcp_servers:\n  docs:\n    args: [a]\n`, /t\.yaml:13:.*exactly one of/],
    [
      "an unknown agent",
      `mcp_servers:\n  docs:\n    command: node\n    agents: [Planner, Nobody]\n`,
      /t\.yaml:14:.*unknown agent "Nobody"/,
    ],
    [
      "a reviewer, which gets no tools",
      `mcp_servers:\n  docs:\n    command: node\n    agents: [Reviewer]\n`,
      /t\.yaml:14:.*Reviewer.*review/,
    ],
    [
      "a bad name",
      `mcp_servers:\n  Docs Server:\n    command: node\n`,
      /t\.yaml:12:.*MCP server name "Docs Server"/,
    ],
    [
      "a bad name in a list",
      `mcp_servers:\n  - name: "a.b"\n    command: node\n`,
      /t\.yaml:12:.*MCP server name "a\.b"/,
    ],
    [
      "a duplicate name",
      `mcp_servers:\n  - name: a\n    command: node\n  - name: a\n    command: node\n`,
      /t\.yaml:14:.*duplicate MCP server name "a"/,
    ],
    [
      "an unknown key",
      `mcp_servers:\n  docs:\n    command: node\n    shell: true\n`,
      /t\.yaml:14:.*unknown field "shell"/,
    ],
    ["http to another host", `mcp_servers:\n  docs:\n    url: http://10.0.0.1/mcp\n`, /t\.yaml:13:.*https:/],
    [
      "headers on a stdio server",
      `mcp_servers:\n  docs:\n    command: node\n    headers: { a: b }\n`,
      /t\.yaml:14:.*HTTP server/,
    ],
    [
      "a zero timeout",
      `mcp_servers:\n  docs:\n    command: node\n    timeout_seconds: 0\n`,
      /t\.yaml:14:.*timeout_seconds/,
    ],
  ])("refuses %s at its line", (_label, mcp, expected) => {
    expect(failure(mcp)).toMatch(expected);
  });

  it("config.yaml takes mcp.allowed_tools and refuses unknown keys under mcp", () => {
    const config = parseConfig("mcp:\n  allowed_tools: [docs.delete_all]\n", "config.yaml", {});
    expect(config.mcp).toEqual({ allowedTools: ["docs.delete_all"] });
    expect(parseConfig("", "config.yaml", {}).mcp).toEqual({ allowedTools: [] });
    expect(() => parseConfig("mcp:\n  allow: [x]\n", "config.yaml", {})).toThrow(
      /config\.yaml:2:.*unknown field "allow"/,
    );
  });
});

describe("external tool names and results", () => {
  it("prefixes, sanitizes and refuses over-long or built-in-shadowing names", () => {
    expect(prefixedName("docs", "get.page v2")).toEqual({ name: "docs__get_page_v2" });
    expect(prefixedName("docs", "x".repeat(60))).toEqual({ problem: expect.stringContaining("64") });
    expect(prefixedName("transfer_to_x", "y")).toEqual({ problem: expect.stringContaining("built-in") });
  });

  it("joins text, falls back to structured content, and summarizes images", () => {
    expect(
      resultText({
        content: [
          { type: "text", text: "a" },
          { type: "image", data: "…" },
          { type: "text", text: "b" },
        ],
      }),
    ).toBe("a\n[image omitted]\nb");
    expect(resultText({ content: [], structuredContent: { size: "t3.small" } })).toBe('{"size":"t3.small"}');
    expect(resultText({})).toBe("");
  });
});

// team_model_calls: how many model calls the shipped infrastructure-team spends on a simple
// request ("add a t3.small instance named cache to staging"), through the real ChatOpenAI client
// against the local OpenAI-compatible test server. The server answers as a model that needs no
// detours would: the planner proposes the edit in its first call, each reviewer reviews. What
// is counted is what the team's graph asks of such a model; requests the server saw are
// counted separately, so a call the meter missed would show.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Workspace } from "../dist/lib/plan/workspace.js";
import { loadTeam } from "../dist/lib/team/loader.js";
import { runTeam } from "../dist/lib/team/run.js";
// Node 24 runs the test server's TypeScript as it is (type stripping).
import { startFakeOpenAI } from "../test/team/helpers/openai-server.ts";

const root = new URL("../", import.meta.url).pathname;
const REQUEST = "add a t3.small instance named cache to staging";

export async function runTeamBenches() {
  const staging = readFileSync(join(root, "environments", "staging.yaml"), "utf8");
  const proposed =
    staging +
    "  - type: aws_instance\n    name: cache\n" +
    "    properties: { instance_type: t3.small, ami: ami-0cace000000000000, subnet: ref(aws_subnet.a) }\n";
  const server = await startFakeOpenAI({
    "Infrastructure-Planner": [
      {
        tools: [
          {
            name: "propose_spec_change",
            args: { environment: "staging", spec_text: proposed, explanation: "A t3.small cache." },
          },
        ],
      },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), "bench-team-"));
  try {
    mkdirSync(join(dir, "environments"));
    writeFileSync(join(dir, "environments", "staging.yaml"), staging);
    writeFileSync(
      join(dir, "config.yaml"),
      `models:\n  openai: { api_base: "${server.baseURL}", api_key: "\${OPENAI_API_KEY}" }\n`,
    );
    const env = { OPENAI_API_KEY: "bench" };
    const ws = await Workspace.open({ cwd: dir, env });
    try {
      const team = await loadTeam("infrastructure-team", join(root, "teams"));
      const t0 = performance.now();
      const result = await runTeam({ team, task: REQUEST, workspace: ws, mode: "plan", env });
      const ms = performance.now() - t0;
      if (result.kind !== "proposal") throw new Error(`team bench: expected a proposal, got ${result.kind}`);
      const byAgent = {};
      for (const request of server.requests) {
        const agent = /You are (\S+) \(/.exec(String(request.messages[0]?.content))?.[1] ?? "?";
        byAgent[agent] = (byAgent[agent] ?? 0) + 1;
      }
      console.log(
        JSON.stringify({
          bench: "team_model_calls",
          team: team.id,
          request: REQUEST,
          model_calls: result.usage.modelCalls,
          server_requests: server.requests.length,
          per_agent: byAgent,
          reviewers: team.agents.filter((a) => ["reviewer", "security", "cost"].includes(a.stage)).length,
          limit: 4,
          ms: Math.round(ms),
        }),
      );
    } finally {
      await ws.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

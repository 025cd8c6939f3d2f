import { afterEach, describe, expect, it } from "vitest";
import type { Workspace } from "../../src/plan/workspace.js";
import { runTeam } from "../../src/team/run.js";
import { bundledStaging, type TestProject } from "../helpers/project.js";
import {
  openWorkspace,
  scriptedModel,
  shippedTeam,
  stagingProject,
  toolResults,
} from "./helpers/scripted.js";

const open: { p: TestProject; ws: Workspace }[] = [];
afterEach(async () => {
  while (open.length) {
    const { p, ws } = open.pop()!;
    await ws.close();
    p.cleanup();
  }
});

const withLambda = `${bundledStaging()}
  - type: aws_lambda_function
    name: api
    properties: { role: "arn:aws:iam::123456789012:role/lambda", runtime: nodejs20.x, handler: index.handler, memory_size: 128 }
`;

describe("estimate_cost tool and usage ranges", () => {
  it("tells an agent what a Lambda without usage: figures costs at typical usage", async () => {
    const p = stagingProject();
    const ws = await openWorkspace(p);
    open.push({ p, ws });
    let seen = "";
    const model = scriptedModel({
      "Infrastructure-Planner": [
        { tools: [{ name: "estimate_cost", args: { environment: "staging", spec_text: withLambda } }] },
        (msgs) => {
          seen = toolResults(msgs).at(-1) ?? "";
          return {
            tools: [
              {
                name: "propose_spec_change",
                args: { environment: "staging", spec_text: withLambda, explanation: "An API function." },
              },
            ],
          };
        },
      ],
    });
    await runTeam({
      team: await shippedTeam("infrastructure-team"),
      task: "add an API function",
      workspace: ws,
      mode: "plan",
      model,
    });
    // The bundled staging's load balancer gives no average_lcus either: $5.84–$29.20 of the range.
    expect(seen).toContain(
      "Total: $63.51/month known + $6.25–$35.41 usage-based ($69.76–$98.92/month at assumed usage)",
    );
    expect(seen).toContain(
      "usage-based: aws_lambda_function.api $0.41–$6.21/month at 1–5 million requests, 100–500 ms average duration",
    );
  });
});

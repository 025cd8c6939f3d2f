/**
 * Test scaffolding for team runs: a project with the bundled staging spec, the shipped teams, and
 * a fake model scripted per agent (so parallel agents can take their turns in any order).
 */
import { AIMessage, ToolMessage, type BaseMessage } from "@langchain/core/messages";
import { fakeModel, type FakeBuiltModel } from "@langchain/core/testing";
import { join } from "node:path";
import { Workspace } from "../../../src/plan/workspace.js";
import { loadTeam } from "../../../src/team/loader.js";
import type { TeamDefinition } from "../../../src/team/model.js";
import { parseTeam } from "../../../src/team/loader.js";
import { readFileSync } from "node:fs";
import { bundledStaging, makeProject, type TestProject } from "../../helpers/project.js";

const repoRoot = new URL("../../../", import.meta.url).pathname;

export const CACHE = `  - type: aws_instance
    name: cache
    properties: { instance_type: t3.small, ami: ami-0cace000000000000, subnet: ref(aws_subnet.a) }
`;

export function stagingWithCache(size = "t3.small"): string {
  return bundledStaging() + "\n" + CACHE.replace("t3.small", size);
}

export function shippedTeam(name: string): Promise<TeamDefinition> {
  return loadTeam(name, join(repoRoot, "teams"));
}

export function fixtureTeam(name: string): TeamDefinition {
  const file = join(repoRoot, "test", "fixtures", "teams", "graph", `${name}.yaml`);
  return parseTeam(readFileSync(file, "utf8"), file);
}

export function stagingProject(extraEnvs: Record<string, string> = {}): TestProject {
  return makeProject({ envs: { staging: bundledStaging(), ...extraEnvs } });
}

export function openWorkspace(p: TestProject): Promise<Workspace> {
  return Workspace.open({ cwd: p.dir, env: {} });
}

export type Step =
  | { tools: { name: string; args: Record<string, unknown> }[] }
  | { text: string }
  | ((messages: BaseMessage[]) => Step);

/** The agent a conversation belongs to, from the system prompt's "You are <name> (". */
export function agentOf(messages: BaseMessage[]): string {
  const system = String(messages[0]?.content ?? "");
  return /You are (\S+) \(/.exec(system)?.[1] ?? "?";
}

export function toolResults(messages: BaseMessage[]): string[] {
  return messages.filter((m) => ToolMessage.isInstance(m)).map((m) => String(m.content));
}

let ids = 0;

/**
 * A fakeModel whose every answer is chosen by agent and by how many times that agent has spoken
 * in its conversation. An agent with no step left answers "Done.".
 */
export function scriptedModel(
  scripts: Record<string, Step[]>,
  review = { findings: [{ severity: "info", message: "Looks fine." }], summary: "OK" },
): FakeBuiltModel {
  const model = fakeModel().structuredResponse(review);
  const answer = (messages: BaseMessage[]): BaseMessage => {
    const agent = agentOf(messages);
    const turn = messages.filter((m) => AIMessage.isInstance(m)).length;
    let step: Step = scripts[agent]?.[turn] ?? { text: "Done." };
    while (typeof step === "function") step = step(messages);
    const id = `scripted-${++ids}`;
    if ("text" in step) return new AIMessage({ id, content: step.text });
    return new AIMessage({
      id,
      content: "",
      tool_calls: step.tools.map((t, i) => ({
        id: `${id}-call-${i}`,
        name: t.name,
        args: t.args,
        type: "tool_call",
      })),
    });
  };
  for (let i = 0; i < 200; i++) model.respond(answer);
  return model;
}

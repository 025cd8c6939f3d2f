import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packagePath } from "../../src/paths.js";
import { NotFoundError, SpecError } from "../../src/spec/errors.js";
import { listTeams, loadTeam, parseTeam } from "../../src/team/loader.js";
import { isMutatingTool, MUTATING_TOOLS, READ_ONLY_TOOLS, TOOL_NAMES } from "../../src/team/tools-catalog.js";

const fixtures = join(import.meta.dirname, "../fixtures/teams");

function errorOf(fn: () => unknown): SpecError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SpecError);
    return e as SpecError;
  }
  throw new Error("expected a SpecError");
}

const agent = (extra: string) => `name: t\nagents:\n  - name: a\n    role: r\n    system_prompt: p\n${extra}`;

describe("parseTeam", () => {
  it("reads the original template's shape", async () => {
    const file = join(fixtures, "original-template.yaml");
    const team = parseTeam(await readFile(file, "utf8"), file);
    expect(team).toMatchObject({
      id: "original-template",
      name: "template-team",
      version: "1.0",
      max_steps: 10,
      model: { provider: "claude", name: "claude-3-5-sonnet-20241022", temperature: 0.3 },
      config: { enable_logging: true },
      workflow: "sequential",
      file,
    });
    expect(team.agents).toEqual([
      {
        name: "Primary-Agent",
        role: "Main Task Executor",
        description: "Handles the primary task execution and coordination",
        system_prompt: "You are a helpful assistant who executes tasks efficiently and safely.\n",
        tools: ["list_environments", "read_spec", "propose_spec_change"],
        stage: "worker",
      },
    ]);
  });

  it("accepts the validated extensions", () => {
    const team = parseTeam(
      `name: t\nworkflow: hierarchical\nmodel: { provider: openai, name: gpt-4o-mini, max_tokens: 2000 }\nagents:\n` +
        `  - { name: lead, role: r, system_prompt: p, stage: supervisor, model: { provider: deepseek, name: deepseek-chat, temperature: 0 } }\n`,
      "t.yaml",
    );
    expect(team.workflow).toBe("hierarchical");
    expect(team.model?.max_tokens).toBe(2000);
    expect(team.agents[0]?.stage).toBe("supervisor");
    expect(team.agents[0]?.model).toEqual({ provider: "deepseek", name: "deepseek-chat", temperature: 0 });
  });

  it("explains why a legacy tool is not offered, at its line", () => {
    const err = errorOf(() =>
      parseTeam(agent("    tools:\n      - read_spec\n      - terminal\n"), "teams/t.yaml"),
    );
    expect(err.message).toBe(
      'teams/t.yaml:8:9: agents[0].tools[1]: tool "terminal" (a shell) is not offered: an agent with a shell, ' +
        "browser or file access could change infrastructure outside the reviewed plan, so agents only propose " +
        "spec edits (plan mode); valid tools: list_environments, read_spec, describe_live, estimate_cost, " +
        "check_policy, propose_spec_change, apply_plan",
    );
    for (const legacy of ["browser", "saveFile", "googleSearch", "searchGoogle"]) {
      expect(errorOf(() => parseTeam(agent(`    tools: [${legacy}]\n`), "t.yaml")).reason).toMatch(
        new RegExp(`^tool "${legacy}" .* is not offered: .*outside the reviewed plan`),
      );
    }
  });

  it("lists the valid tools for an unknown tool", () => {
    expect(errorOf(() => parseTeam(agent("    tools: [read_spec, deploy]\n"), "t.yaml")).message).toBe(
      't.yaml:6:24: agents[0].tools[1]: unknown tool "deploy"; valid tools: ' + TOOL_NAMES.join(", "),
    );
  });

  it("rejects an unknown field at its key", () => {
    expect(errorOf(() => parseTeam(agent("    temprature: 0.2\n"), "t.yaml")).message).toBe(
      't.yaml:6:5: agents[0].temprature: unknown field "temprature"',
    );
  });

  it("rejects a workflow that is not one of the three", () => {
    expect(errorOf(() => parseTeam(`workflow: round-robin\n${agent("")}`, "t.yaml")).message).toBe(
      't.yaml:1:11: workflow: expected one of "sequential", "parallel", "hierarchical", received "round-robin"',
    );
  });

  it("rejects an unknown model provider and stage", () => {
    expect(
      errorOf(() => parseTeam(`model: { provider: gemini, name: x }\n${agent("")}`, "t.yaml")).field,
    ).toBe("model.provider");
    expect(errorOf(() => parseTeam(agent("    stage: boss\n"), "t.yaml")).field).toBe("agents[0].stage");
  });

  it("rejects duplicate agent names at the second one", () => {
    const text = `${agent("")}  - name: a\n    role: r2\n    system_prompt: p\n`;
    expect(errorOf(() => parseTeam(text, "t.yaml")).message).toBe(
      't.yaml:6:11: agents[1].name: duplicate agent name "a"',
    );
  });

  it("requires at least one agent and a system prompt", () => {
    expect(errorOf(() => parseTeam("name: t\nagents: []\n", "t.yaml")).message).toBe(
      "t.yaml:2:9: agents: must have at least 1 item(s)",
    );
    expect(errorOf(() => parseTeam("name: t\nagents:\n  - { name: a, role: r }\n", "t.yaml")).message).toBe(
      "t.yaml:3:5: agents[0].system_prompt: required",
    );
  });
});

describe("shipped teams", () => {
  const teamsDir = packagePath("teams");
  const shipped = [
    "aws-infrastructure",
    "azure-infrastructure",
    "gcp-infrastructure",
    "infrastructure-team",
    "team-template",
  ];

  it("all load, with the shipped model and plan-mode prompts", async () => {
    const workflows = new Set<string>();
    for (const name of shipped) {
      const team = await loadTeam(name, teamsDir);
      expect(team.id).toBe(name);
      expect(team.model).toEqual({ provider: "openai", name: "gpt-4o-mini", temperature: 0.2 });
      workflows.add(team.workflow);
      for (const a of team.agents) {
        expect(a.system_prompt, `${name}/${a.name}`).toMatch(/plan mode/i);
        expect(a.tools.some(isMutatingTool), `${name}/${a.name}`).toBe(false);
      }
    }
    expect([...workflows].sort()).toEqual(["hierarchical", "parallel", "sequential"]);
  });

  it("infrastructure-team has a planner, a security and a cost reviewer, in sequence", async () => {
    const team = await loadTeam("infrastructure-team", teamsDir);
    expect(team.workflow).toBe("sequential");
    expect(team.agents.map((a) => a.stage)).toEqual(["planner", "security", "cost"]);
    expect(team.agents[0]?.tools).toContain("propose_spec_change");
  });

  it("are exactly the five listed, none broken", async () => {
    const summaries = await listTeams(teamsDir);
    expect(summaries.map((s) => s.name)).toEqual(shipped);
    expect(summaries.every((s) => s.ok)).toBe(true);
  });
});

describe("loadTeam and listTeams", () => {
  it("lists a broken file with its error instead of throwing", async () => {
    const dir = join(fixtures, "mixed");
    const summaries = await listTeams(dir);
    expect(summaries.map((s) => s.name)).toEqual(["broken", "good", "other"]);
    const [broken, good, other] = summaries;
    expect(broken).toMatchObject({ ok: false, file: join(dir, "broken.yaml") });
    expect(broken?.ok === false && broken.error).toMatch(
      /broken\.yaml:6:13: agents\[0\]\.tools\[0\]: tool "terminal"/,
    );
    expect(good).toEqual({
      ok: true,
      name: "good",
      description: "A valid team",
      version: "2",
      workflow: "parallel",
      agentCount: 2,
      file: join(dir, "good.yaml"),
    });
    expect(other).toMatchObject({ ok: true, file: join(dir, "other.yml") });
  });

  it("loads .yml files and accepts the name with its extension", async () => {
    const dir = join(fixtures, "mixed");
    expect((await loadTeam("other", dir)).name).toBe("other");
    expect((await loadTeam("good.yaml", dir)).id).toBe("good");
  });

  it("throws NotFoundError listing the available teams", async () => {
    const dir = join(fixtures, "mixed");
    const err = await loadTeam("missing", dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as Error).message).toBe('unknown team "missing"; valid teams: broken, good, other');
  });

  it("never reads outside the teams directory", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plagentic-teams-"));
    await writeFile(join(dir, "..", "escape.yaml"), agent(""));
    await expect(loadTeam("../escape", join(dir))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("prefers name.yaml over name.yml", async () => {
    const dir = await mkdtemp(join(tmpdir(), "plagentic-teams-"));
    await writeFile(join(dir, "x.yaml"), agent("").replace("name: t", "name: from-yaml"));
    await writeFile(join(dir, "x.yml"), agent("").replace("name: t", "name: from-yml"));
    expect((await loadTeam("x", dir)).name).toBe("from-yaml");
    expect(await listTeams(dir)).toHaveLength(1);
  });

  it("treats a missing directory as having no teams", async () => {
    expect(await listTeams("/no/such/dir")).toEqual([]);
    await expect(loadTeam("x", "/no/such/dir")).rejects.toThrow('unknown team "x"; there are none defined');
  });
});

describe("tools catalog", () => {
  it("offers apply_plan as the only mutating tool", () => {
    expect(MUTATING_TOOLS).toEqual(["apply_plan"]);
    expect(READ_ONLY_TOOLS).toEqual([
      "list_environments",
      "read_spec",
      "describe_live",
      "estimate_cost",
      "check_policy",
      "propose_spec_change",
    ]);
  });
});

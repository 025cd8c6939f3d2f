/**
 * Reading and validating team files. Every problem is a located SpecError; an agent can only be
 * given tools from Plagentic's own catalog.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { userIssueMessage } from "../config/issue-messages.js";
import { NotFoundError, PlagenticError } from "../spec/errors.js";
import { parseYamlSource, zodIssueToError } from "../spec/yaml-source.js";
import { teamFileSchema } from "./model.js";
import { parseMcpServers } from "./mcp/parse.js";
import { isToolName, LEGACY_TOOLS, TOOL_NAMES } from "./tools-catalog.js";
const TEAM_EXTENSIONS = [".yaml", ".yml"];
/** Team names come from comments and argv; anything path-like must not reach the filesystem. */
const TEAM_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export function parseTeam(text, file) {
    const source = parseYamlSource(text, file);
    const result = teamFileSchema.safeParse(source.data, { error: userIssueMessage });
    if (!result.success)
        throw zodIssueToError(source, result.error);
    const raw = result.data;
    const seen = new Set();
    const agents = raw.agents.map((agent, i) => {
        if (seen.has(agent.name)) {
            throw source.error(["agents", i, "name"], `duplicate agent name "${agent.name}"`);
        }
        seen.add(agent.name);
        const tools = (agent.tools ?? []).map((tool, j) => {
            if (isToolName(tool))
                return tool;
            const legacy = LEGACY_TOOLS[tool];
            const valid = `valid tools: ${TOOL_NAMES.join(", ")}`;
            throw source.error(["agents", i, "tools", j], legacy
                ? `tool "${tool}" (${legacy}) is not offered: an agent with a shell, browser or file access could change infrastructure outside the reviewed plan, so agents only propose spec edits (plan mode); ${valid}`
                : `unknown tool "${tool}"; ${valid}`);
        });
        return {
            name: agent.name,
            role: agent.role,
            description: agent.description,
            system_prompt: agent.system_prompt,
            tools: [...new Set(tools)],
            ...(agent.model && { model: agent.model }),
            stage: agent.stage,
        };
    });
    return {
        id: teamIdOf(file),
        name: raw.name,
        description: raw.description,
        version: raw.version,
        max_steps: raw.max_steps,
        ...(raw.model && { model: raw.model }),
        config: raw.config ?? {},
        workflow: raw.workflow,
        agents,
        mcpServers: parseMcpServers(source, raw.mcp_servers, agents),
        file,
    };
}
export async function loadTeam(name, teamsDir) {
    const files = await teamFiles(teamsDir);
    const id = teamIdOf(name);
    const file = TEAM_ID.test(id) ? files.get(id) : undefined;
    if (!file)
        throw new NotFoundError("team", name, [...files.keys()]);
    return parseTeam(await readFile(file, "utf8"), file);
}
/** Every team in the directory, sorted by name. A file that does not load is listed with its error. */
export async function listTeams(teamsDir) {
    const summaries = [];
    for (const [name, file] of await teamFiles(teamsDir)) {
        try {
            const team = parseTeam(await readFile(file, "utf8"), file);
            summaries.push({
                ok: true,
                name,
                description: team.description,
                version: team.version,
                workflow: team.workflow,
                agentCount: team.agents.length,
                file,
            });
        }
        catch (e) {
            if (!(e instanceof PlagenticError) && !isFsError(e))
                throw e;
            summaries.push({ ok: false, name, file, error: e.message });
        }
    }
    return summaries;
}
/** Team id → file. `name.yaml` wins over `name.yml`. A missing directory has no teams. */
async function teamFiles(teamsDir) {
    let entries;
    try {
        entries = await readdir(teamsDir);
    }
    catch (e) {
        if (isFsError(e) && (e.code === "ENOENT" || e.code === "ENOTDIR"))
            return new Map();
        throw e;
    }
    const files = new Map();
    for (const ext of TEAM_EXTENSIONS) {
        for (const entry of entries.sort()) {
            if (extname(entry) !== ext)
                continue;
            const id = basename(entry, ext);
            if (TEAM_ID.test(id) && !files.has(id))
                files.set(id, join(teamsDir, entry));
        }
    }
    return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function teamIdOf(file) {
    const ext = extname(file);
    return basename(file, TEAM_EXTENSIONS.includes(ext) ? ext : undefined);
}
function isFsError(e) {
    return e instanceof Error && typeof e.code === "string";
}

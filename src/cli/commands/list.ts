import type { Command } from "commander";
import { listTeams } from "../../team/loader.js";
import type { CliContext } from "../context.js";
import { EXIT } from "../exit-codes.js";

export function registerList(program: Command, ctx: CliContext): void {
  const list = program.command("list").description("list teams or environments");
  list
    .command("teams")
    .description("teams in the teams directory")
    .action(
      ctx.withWorkspace(async (ws, out) => {
        const teams = await listTeams(ws.config.teamsDir);
        if (teams.length === 0) out.print(`No teams in ${ws.config.teamsDir}.\n`);
        for (const t of teams) {
          out.print(
            t.ok
              ? `${t.name}  v${t.version}  ${t.workflow}, ${t.agentCount} agent(s)  ${t.description}\n`
              : `${t.name}  (invalid: ${t.error})\n`,
          );
        }
        return EXIT.ok;
      }),
    );
  list
    .command("environments")
    .description("environment specs in the environments directory")
    .action(
      ctx.withWorkspace(async (ws, out) => {
        const names = await ws.environmentNames();
        if (names.length === 0) out.print(`No environments in ${ws.config.environmentsDir}.\n`);
        for (const n of names) out.print(`${n}\n`);
        return EXIT.ok;
      }),
    );
}

import type { Command } from "commander";
import { renderDriftText } from "../../render/index.js";
import { loadEnv, type CliContext } from "../context.js";
import { EXIT } from "../exit-codes.js";

export function registerDrift(program: Command, ctx: CliContext): void {
  program
    .command("drift")
    .description("report live changes made outside Plagentic")
    .argument("<environment>", "environment name")
    .option("--json", "print the drift report as JSON")
    .option("--detailed-exitcode", "exit 0 when there is no drift, 2 when there is")
    .action(
      ctx.withWorkspace(
        async (ws, out, name: string, opts: { json?: boolean; detailedExitcode?: boolean }) => {
          const env = await loadEnv(ws, out, name);
          const report = await ws.drift(env);
          out.print(
            opts.json
              ? JSON.stringify(report, null, 2) + "\n"
              : renderDriftText(report, { color: out.color }),
          );
          return opts.detailedExitcode && report.items.length > 0 ? EXIT.changes : EXIT.ok;
        },
      ),
    );
}

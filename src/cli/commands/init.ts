import type { Command } from "commander";
import { scaffoldProject } from "../../config/scaffold.js";
import type { CliContext } from "../context.js";

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command("init")
    .description("scaffold config.yaml, teams and an example environment into a directory")
    .argument("[directory]", "target directory", ".")
    .option("--force", "overwrite existing files")
    .action(async (dir: string, opts: { force?: boolean }) => {
      const written = await scaffoldProject(dir, { force: opts.force ?? false });
      for (const f of written) ctx.out.print(`created ${f}\n`);
      ctx.out.print(`\nNext: plagentic plan staging${dir === "." ? "" : `  (from ${dir})`}\n`);
    });
}

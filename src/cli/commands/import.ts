/**
 * `plagentic import terraform`: writes `environments/<name>.yaml` from a Terraform state, each
 * resource carrying `import_id`, so that the next plan adopts what Terraform made.
 */
import { readFile, stat, writeFile, mkdir } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { PlagenticError } from "../../spec/errors.js";
import { assertEnvironmentName } from "../../team/proposal.js";
import { importTerraformState } from "../../terraform/import.js";
import { MAX_STATE_BYTES, parseTerraformState } from "../../terraform/state.js";
import { EXIT } from "../exit-codes.js";
import type { CliContext } from "../context.js";

interface ImportFlags {
  state: string;
  environment: string;
  out?: string;
  force?: boolean;
  region?: string;
}

export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command("import")
    .description("write an environment spec from what another tool manages")
    .command("terraform")
    .description("import a Terraform state; the next plan adopts its resources (adds ownership tags)")
    .requiredOption("--state <file>", "terraform.tfstate (format 4) or `terraform show -json` output")
    .requiredOption("--environment <name>", "the environment to write (environments/<name>.yaml)")
    .option("--out <file>", "write the spec here instead")
    .option("--force", "overwrite an existing spec")
    .option("--region <region>", "the region, when the state does not tell")
    .action(
      ctx.withWorkspace(async (ws, out, flags: ImportFlags) => {
        // The name becomes a path and the spec's environment: the spec parser's rule, first.
        assertEnvironmentName(flags.environment);
        const statePath = resolve(ctx.io.cwd, flags.state);
        const size = (await stat(statePath).catch(() => undefined))?.size;
        if (size === undefined) throw new PlagenticError(`${flags.state}: no such file`);
        if (size > MAX_STATE_BYTES)
          throw new PlagenticError(`${flags.state}: ${size} bytes, over the limit of ${MAX_STATE_BYTES}`);
        const instances = parseTerraformState(await readFile(statePath, "utf8"), flags.state);
        const target = flags.out
          ? resolve(ctx.io.cwd, flags.out)
          : join(ws.config.environmentsDir, `${flags.environment}.yaml`);
        const shown = relative(ctx.io.cwd, target) || target;
        const result = importTerraformState(instances, {
          environment: flags.environment,
          file: shown,
          ...(flags.region && { region: flags.region }),
        });
        if (!flags.force && (await stat(target).catch(() => undefined))) {
          throw new PlagenticError(`${shown} exists; pass --force to overwrite it`);
        }
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, result.text, { flag: flags.force ? "w" : "wx" });

        const lines = [`Wrote ${shown} (${result.provider}, ${result.region}).`, ""];
        lines.push(`Imported ${result.imported.length} resource(s):`);
        for (const r of result.imported) {
          lines.push(`  ${r.address} <- ${r.from.map(safe).join(", ")} (${r.ids.map(safe).join(", ")})`);
        }
        if (result.skipped.length > 0) {
          lines.push("", `Skipped ${result.skipped.length}:`);
          for (const s of result.skipped) lines.push(`  ${safe(s.address)}: ${safe(s.reason)}`);
        }
        lines.push(
          "",
          `Next: plagentic plan ${flags.environment}  (each resource shows as adopt: ownership tags added, nothing recreated)`,
        );
        out.print(lines.join("\n") + "\n");
        return EXIT.ok;
      }),
    );
}

/** Text from the state as one printable line: anything else is shown quoted and escaped. */
function safe(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : JSON.stringify(text);
}

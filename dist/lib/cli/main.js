/**
 * The `plagentic` command line. Each command (one module under commands/) turns argv into the
 * same workspace calls the SDK and the GitHub faces make; this file wires them and turns errors
 * into one clear line and an exit code.
 */
import { Command, CommanderError } from "commander";
import { PlagenticError } from "../spec/errors.js";
import { registerApply } from "./commands/apply.js";
import { registerDrift } from "./commands/drift.js";
import { registerExport } from "./commands/export.js";
import { registerImport } from "./commands/import.js";
import { registerInit } from "./commands/init.js";
import { registerList } from "./commands/list.js";
import { registerMcp } from "./commands/mcp.js";
import { registerPlan } from "./commands/plan.js";
import { registerPrices } from "./commands/prices.js";
import { registerReview } from "./commands/review.js";
import { registerRun } from "./commands/run.js";
import { registerServe } from "./commands/serve.js";
import { CliContext } from "./context.js";
import { EXIT } from "./exit-codes.js";
import { version } from "./version.js";
const defaultIO = () => ({
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
});
/** Runs the CLI and returns the exit code; never throws for user errors. */
export async function main(argv, io = defaultIO()) {
    const program = new Command()
        .name("plagentic")
        .description("Plan, price, policy-check and apply infrastructure changes from environment specs.")
        .version(version(), "-V, --version")
        .option("-c, --config <file>", "config file (default: $PLAGENTIC_CONFIG, ./config.yaml, ./.plagentic/config.yaml)")
        .option("--no-color", "never colour the output")
        .showHelpAfterError("(run plagentic --help for usage)")
        .exitOverride()
        .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
    });
    const ctx = new CliContext(io, program);
    registerRun(program, ctx);
    registerPlan(program, ctx);
    registerReview(program, ctx);
    registerApply(program, ctx);
    registerDrift(program, ctx);
    registerExport(program, ctx);
    registerList(program, ctx);
    registerInit(program, ctx);
    registerServe(program, ctx);
    registerPrices(program, ctx);
    registerMcp(program, ctx);
    registerImport(program, ctx);
    program
        .command("version")
        .description("print the version")
        .action(() => ctx.out.print(`plagentic ${version()}\n`));
    try {
        await program.parseAsync(argv);
        return ctx.exitCode;
    }
    catch (e) {
        return handleError(e, ctx);
    }
}
function handleError(e, ctx) {
    if (e instanceof CommanderError) {
        // commander already printed its message; help and version exit 0.
        return e.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (e instanceof PlagenticError) {
        ctx.out.error(`Error: ${e.message}`);
        return EXIT.error;
    }
    ctx.out.error(`Internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    ctx.out.error("This is a bug in plagentic; please report it with the output above.");
    return EXIT.internal;
}

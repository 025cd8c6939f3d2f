/**
 * The `plagentic` command line. Each command turns argv into the same workspace calls the SDK and
 * the GitHub faces make; this file only parses, prints and picks the exit code.
 */
import { readFile, writeFile } from "node:fs/promises";
import { Command, CommanderError } from "commander";
import { scaffoldProject } from "../config/scaffold.js";
import { hasChanges } from "../plan/engine.js";
import { Workspace } from "../plan/workspace.js";
import { renderApplyText, renderDriftText, renderPlanJson, renderPlanText } from "../render/index.js";
import { PlagenticError } from "../spec/errors.js";
import { listTeams, loadTeam } from "../team/loader.js";
import { parseIntent, UNDERSTOOD_EXAMPLES } from "../team/intent.js";
import { confirm } from "./confirm.js";
import { EXIT } from "./exit-codes.js";
import { createOutput } from "./output.js";
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
    let exitCode = EXIT.ok;
    let out = createOutput(io, { color: false, secrets: [] });
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
    const workspace = async () => {
        const g = program.opts();
        const ws = await Workspace.open({ ...(g.config && { configPath: g.config }), cwd: io.cwd, env: io.env });
        out = createOutput(io, {
            color: g.color && Boolean(io.stdout.isTTY) && !io.env["NO_COLOR"],
            secrets: ws.config.secrets,
        });
        for (const w of ws.config.warnings)
            out.progress(`warning: ${w}`);
        return { ws, out };
    };
    const withWorkspace = (fn) => async (...args) => {
        const { ws, out: o } = await workspace();
        try {
            exitCode = await fn(ws, o, ...args);
        }
        finally {
            await ws.close();
        }
    };
    program
        .command("plan")
        .description("show what would change in an environment, what it costs and whether policy allows it")
        .argument("<environment>", "environment name (environments/<name>.yaml)")
        .option("--json", "print the plan as JSON")
        .option("--out <file>", "also save the plan as JSON, for `apply --plan <file>`")
        .option("--destroy", "plan removing everything the environment owns")
        .option("--detailed-exitcode", "exit 0 when there are no changes, 2 when there are")
        .action(withWorkspace(async (ws, o, name, opts) => {
        const env = await loadEnv(ws, o, name);
        o.progress(`Reading live state of ${name} from ${env.spec.provider}...`);
        const { plan } = await ws.plan(env, { destroy: opts.destroy ?? false });
        if (opts.out) {
            await writeFile(opts.out, renderPlanJson(plan));
            o.progress(`Saved the plan to ${opts.out} (hash ${plan.hash.slice(0, 12)}).`);
        }
        o.print(opts.json
            ? renderPlanJson(plan)
            : renderPlanText(plan, { color: o.color }) + nextStepHint(plan, opts.out));
        if (plan.policy.verdict === "fail")
            return EXIT.error;
        return opts.detailedExitcode && hasChanges(plan) ? EXIT.changes : EXIT.ok;
    }));
    program
        .command("apply")
        .description("apply a reviewed plan; refuses when the plan no longer matches the spec and live state")
        .argument("<environment>", "environment name")
        .option("--plan <hash-or-file>", "the reviewed plan: its hash (at least 12 characters) or a file from `plan --out`")
        .option("--destroy", "apply a destroy plan")
        .option("-y, --yes", "do not ask for confirmation (required when not on a terminal)")
        .option("--json", "print the apply result as JSON")
        .action(withWorkspace(async (ws, o, name, opts) => {
        const env = await loadEnv(ws, o, name);
        let destroy = opts.destroy ?? false;
        let expectedHash;
        if (opts.plan) {
            const reviewed = await reviewedPlan(opts.plan, name);
            expectedHash = reviewed.hash;
            if (reviewed.destroy !== undefined)
                destroy = reviewed.destroy;
        }
        else {
            o.progress(`Reading live state of ${name} from ${env.spec.provider}...`);
            const { plan } = await ws.plan(env, { destroy });
            if (!opts.json)
                o.print(renderPlanText(plan, { color: o.color }));
            if (!hasChanges(plan))
                return EXIT.ok;
            if (!(await approve(o, io, opts.yes ?? false, name))) {
                o.progress("Apply cancelled; nothing was changed.");
                return EXIT.error;
            }
            expectedHash = plan.hash;
        }
        const { plan, result } = await ws.apply(env, {
            expectedHash,
            destroy,
            ...(io.env["USER"] && { actor: io.env["USER"] }),
            onProgress: (e) => {
                if (e.status === "started")
                    o.progress(`[${e.step}/${e.total}] ${e.address}: ${verbing(e.action)}...`);
                else if (e.status === "failed" || e.status === "skipped")
                    o.progress(`[${e.step}/${e.total}] ${e.address}: ${e.status}: ${e.error ?? ""}`);
            },
        });
        if (opts.plan && !hasChanges(plan))
            o.progress("The plan has no changes; nothing to apply.");
        o.print(opts.json ? JSON.stringify(result, null, 2) + "\n" : renderApplyText(result, { color: o.color }));
        return result.ok ? EXIT.ok : EXIT.applyFailed;
    }));
    program
        .command("drift")
        .description("report live changes made outside Plagentic")
        .argument("<environment>", "environment name")
        .option("--json", "print the drift report as JSON")
        .option("--detailed-exitcode", "exit 0 when there is no drift, 2 when there is")
        .action(withWorkspace(async (ws, o, name, opts) => {
        const env = await loadEnv(ws, o, name);
        const report = await ws.drift(env);
        o.print(opts.json ? JSON.stringify(report, null, 2) + "\n" : renderDriftText(report, { color: o.color }));
        return opts.detailedExitcode && report.items.length > 0 ? EXIT.changes : EXIT.ok;
    }));
    program
        .command("run")
        .description('run a team on a task, e.g. run infrastructure-team -t "Provision staging environment"')
        .argument("<team>", "team name (teams/<name>.yaml)")
        .requiredOption("-t, --task <text>", "what to do, in words")
        .option("--apply", "apply the plan after showing it (asks first on a terminal)")
        .option("-y, --yes", "with --apply: do not ask for confirmation")
        .option("--json", "print the plan as JSON")
        .action(withWorkspace(async (ws, o, teamName, opts) => {
        const team = await loadTeam(teamName, ws.config.teamsDir);
        const intent = parseIntent(opts.task);
        o.progress(`${team.name}: ${team.agents.length} agent(s), ${team.workflow} workflow`);
        if (intent.kind === "request") {
            throw new PlagenticError(`"${intent.text}" is a plain-words request, and the team needs a model for those; none is configured. ` +
                `Without a model the team understands: ${UNDERSTOOD_EXAMPLES.map((e) => `"${e}"`).join(", ")}. ` +
                `To configure a model, set OPENAI_API_KEY (or another provider's key) and list it under models: in config.yaml.`);
        }
        const env = await loadEnv(ws, o, intent.environment);
        if (intent.kind === "drift") {
            const report = await ws.drift(env);
            o.print(opts.json
                ? JSON.stringify(report, null, 2) + "\n"
                : renderDriftText(report, { color: o.color }));
            return EXIT.ok;
        }
        const destroy = intent.kind === "destroy";
        o.progress(`Planning ${destroy ? "the destruction of " : ""}${env.spec.environment} (deterministic path: spec-driven, no model)...`);
        const { plan } = await ws.plan(env, { destroy });
        o.print(opts.json ? renderPlanJson(plan) : renderPlanText(plan, { color: o.color }));
        if (!opts.apply) {
            if (!opts.json && hasChanges(plan))
                o.print(`\nThis was plan mode: nothing was changed. Add --apply to apply this plan.\n`);
            return plan.policy.verdict === "fail" ? EXIT.error : EXIT.ok;
        }
        if (!hasChanges(plan))
            return EXIT.ok;
        if (!(await approve(o, io, opts.yes ?? false, env.spec.environment))) {
            o.progress("Apply cancelled; nothing was changed.");
            return EXIT.error;
        }
        const { result } = await ws.apply(env, { expectedHash: plan.hash, destroy });
        o.print(renderApplyText(result, { color: o.color }));
        return result.ok ? EXIT.ok : EXIT.applyFailed;
    }));
    const list = program.command("list").description("list teams or environments");
    list
        .command("teams")
        .description("teams in the teams directory")
        .action(withWorkspace(async (ws, o) => {
        const teams = await listTeams(ws.config.teamsDir);
        if (teams.length === 0)
            o.print(`No teams in ${ws.config.teamsDir}.\n`);
        for (const t of teams) {
            o.print(t.ok
                ? `${t.name}  v${t.version}  ${t.workflow}, ${t.agentCount} agent(s)  ${t.description}\n`
                : `${t.name}  (invalid: ${t.error})\n`);
        }
        return EXIT.ok;
    }));
    list
        .command("environments")
        .description("environment specs in the environments directory")
        .action(withWorkspace(async (ws, o) => {
        const names = await ws.environmentNames();
        if (names.length === 0)
            o.print(`No environments in ${ws.config.environmentsDir}.\n`);
        for (const n of names)
            o.print(`${n}\n`);
        return EXIT.ok;
    }));
    program
        .command("init")
        .description("scaffold config.yaml, teams and an example environment into a directory")
        .argument("[directory]", "target directory", ".")
        .option("--force", "overwrite existing files")
        .action(async (dir, opts) => {
        const written = await scaffoldProject(dir, { force: opts.force ?? false });
        for (const f of written)
            out.print(`created ${f}\n`);
        out.print(`\nNext: plagentic plan staging${dir === "." ? "" : `  (from ${dir})`}\n`);
    });
    program
        .command("version")
        .description("print the version")
        .action(() => {
        out.print(`plagentic ${version()}\n`);
    });
    try {
        await program.parseAsync(argv);
        return exitCode;
    }
    catch (e) {
        return handleError(e, out, io);
    }
}
function handleError(e, out, io) {
    if (e instanceof CommanderError) {
        // commander already printed its message; help and version exit 0.
        return e.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (e instanceof PlagenticError) {
        out.error(`Error: ${e.message}`);
        return e.exitCode === EXIT.error ? EXIT.error : e.exitCode;
    }
    out.error(`Internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    if (!io.env["PLAGENTIC_DEBUG"])
        out.error("This is a bug in plagentic; please report it with the output above.");
    return EXIT.internal;
}
async function loadEnv(ws, o, name) {
    const env = await ws.loadEnvironment(name);
    o.progress(`Loaded ${env.file}: ${env.resources.length} resource(s).`);
    return env;
}
async function reviewedPlan(ref, environment) {
    if (/^[0-9a-f]{12,64}$/i.test(ref))
        return { hash: ref };
    let text;
    try {
        text = await readFile(ref, "utf8");
    }
    catch {
        throw new PlagenticError(`--plan ${ref}: not a plan hash (12 to 64 hex characters) and not a readable file`);
    }
    let saved;
    try {
        saved = JSON.parse(text);
    }
    catch {
        throw new PlagenticError(`--plan ${ref}: not a JSON plan file (write one with plagentic plan ${environment} --out ${ref})`);
    }
    if (typeof saved.hash !== "string")
        throw new PlagenticError(`--plan ${ref}: the file has no plan hash`);
    if (saved.environment !== environment) {
        throw new PlagenticError(`--plan ${ref}: the plan is for environment "${saved.environment}", not "${environment}"`);
    }
    return { hash: saved.hash, ...(typeof saved.destroy === "boolean" && { destroy: saved.destroy }) };
}
async function approve(o, io, yes, environment) {
    if (yes)
        return true;
    if (!io.stdinIsTTY) {
        throw new PlagenticError(`refusing to apply to ${environment} without confirmation: not on a terminal, so pass --yes`);
    }
    return confirm(`Apply these changes to ${environment}? Only 'yes' will be accepted: `, io.stderr);
}
function nextStepHint(plan, savedTo) {
    if (!hasChanges(plan) || plan.policy.verdict === "fail")
        return "";
    const ref = savedTo ?? plan.hash.slice(0, 12);
    return `\nTo apply exactly this plan: plagentic apply ${plan.environment} --plan ${ref}${plan.destroy && !savedTo ? " --destroy" : ""}\n`;
}
function verbing(action) {
    return ({ create: "creating", update: "updating", replace: "replacing", delete: "destroying" }[action] ?? action);
}

import { Workspace } from "../plan/workspace.js";
import { LOCAL_REPOSITORY, normalizeRepository } from "../providers/provider.js";
import { secretValuesFromEnv } from "../render/redact.js";
import { PlagenticError } from "../spec/errors.js";
import { confirm } from "./confirm.js";
import { createOutput } from "./output.js";
export class CliContext {
    io;
    program;
    exitCode = 0;
    /** Redacting output; replaced once config (and so its secrets) is known. */
    out;
    constructor(io, program) {
        this.io = io;
        this.program = program;
        this.out = createOutput(io, { color: false, secrets: [] });
    }
    /**
     * Wraps a command action: opens the workspace, runs the action with it, records the exit code
     * and always closes the workspace.
     */
    withWorkspace(fn) {
        return async (...args) => {
            const ws = await this.openWorkspace();
            try {
                this.exitCode = await fn(ws, this.out, ...args);
            }
            finally {
                await ws.close();
            }
        };
    }
    async openWorkspace() {
        const g = this.program.opts();
        const ws = await Workspace.open({
            ...(g.config && { configPath: g.config }),
            cwd: this.io.cwd,
            env: this.io.env,
            progress: (line) => this.out.progress(line),
            repository: repositoryFromEnv(this.io.env),
        });
        this.out = createOutput(this.io, {
            color: g.color && Boolean(this.io.stdout.isTTY) && !this.io.env["NO_COLOR"],
            secrets: [...ws.config.secrets, ...secretValuesFromEnv(this.io.env)],
        });
        for (const w of ws.config.warnings)
            this.out.progress(`warning: ${w}`);
        return ws;
    }
    /** Terraform's rule: a human types "yes", or the caller passed --yes; off a terminal, --yes is required. */
    async approve(yes, environment) {
        if (yes)
            return true;
        if (!this.io.stdinIsTTY) {
            throw new PlagenticError(`refusing to apply to ${environment} without confirmation: not on a terminal, so pass --yes`);
        }
        return confirm(`Apply these changes to ${environment}? Only 'yes' will be accepted: `, this.io.stderr);
    }
}
export async function loadEnv(ws, out, name) {
    const env = await ws.loadEnvironment(name);
    out.progress(`Loaded ${env.file}: ${env.resources.length} resource(s).`);
    return env;
}
/** Progress lines for an apply, one per resource step. */
export function applyProgress(out) {
    const verbs = {
        create: "creating",
        update: "updating",
        replace: "replacing",
        delete: "destroying",
        adopt: "adopting",
    };
    return (e) => {
        if (e.status === "started")
            out.progress(`[${e.step}/${e.total}] ${e.address}: ${verbs[e.action]}...`);
        else if (e.status === "failed" || e.status === "skipped") {
            out.progress(`[${e.step}/${e.total}] ${e.address}: ${e.status}: ${e.error ?? ""}`);
        }
    };
}
/**
 * Which repository's environments a CLI run acts on: `PLAGENTIC_REPOSITORY`, else the
 * `GITHUB_REPOSITORY` an Actions job sets, else none (`local`). Resources owned by any other
 * repository stay invisible to the run.
 */
export function repositoryFromEnv(env) {
    for (const name of ["PLAGENTIC_REPOSITORY", "GITHUB_REPOSITORY"]) {
        const value = env[name]?.trim();
        if (!value)
            continue;
        try {
            return normalizeRepository(value);
        }
        catch {
            throw new PlagenticError(`${name}: expected a repository as owner/name, got ${JSON.stringify(value)}`);
        }
    }
    return LOCAL_REPOSITORY;
}

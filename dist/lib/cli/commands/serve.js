import { importOptional } from "../../optional-module.js";
import { PlagenticError } from "../../spec/errors.js";
import { EXIT } from "../exit-codes.js";
export function registerServe(program, ctx) {
    program
        .command("serve")
        .description("run the GitHub App (Probot env: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, GHE_HOST, GHE_PROTOCOL)")
        .option("-p, --port <port>", "port to listen on (default: $PORT or 3000)")
        .option("--data-dir <dir>", "where the App keeps its state (default: $PLAGENTIC_DATA_DIR or ./.plagentic)")
        .action(async (opts) => {
        const env = ctx.io.env;
        const missing = ["APP_ID", "WEBHOOK_SECRET"].filter((k) => !env[k]);
        if (!env["PRIVATE_KEY"] && !env["PRIVATE_KEY_PATH"])
            missing.push("PRIVATE_KEY or PRIVATE_KEY_PATH");
        if (missing.length > 0) {
            throw new PlagenticError(`serve needs the GitHub App's settings in the environment; missing: ${missing.join(", ")}`);
        }
        // Probot and its dependencies load only for serve, keeping every other command fast.
        const { startServer } = await importOptional("app", () => import("../../app/server.js"));
        const running = await startServer({
            env,
            ...(opts.port && { port: Number(opts.port) }),
            ...(opts.dataDir && { dataDir: opts.dataDir }),
        });
        ctx.out.progress(`Listening on port ${running.port}; health check at /healthz.`);
        await new Promise((done) => {
            const stop = (signal) => {
                ctx.out.progress(`${signal}: finishing queued work, then exiting.`);
                void running.close().then(done);
            };
            process.once("SIGTERM", () => stop("SIGTERM"));
            process.once("SIGINT", () => stop("SIGINT"));
        });
        ctx.exitCode = EXIT.ok;
    });
}

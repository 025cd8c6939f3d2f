/**
 * An MCP server's transport with `${VAR}` references filled in, at connect time, from the run's
 * environment: in env, headers and args values only. A shared App (hosted) runs no team file's
 * server unless its operator allows it, and then lends it only `PLAGENTIC_MCP_*` variables.
 */
import { isAbsolute, resolve } from "node:path";
import { interpolate } from "../../config/interpolate.js";
import { isSecretFieldName } from "../../config/loader.js";
import { PlagenticError } from "../../spec/errors.js";
import { formatFieldPath } from "../../spec/yaml-source.js";
import { urlProblem } from "./parse.js";
export const HOSTED_SWITCH = "PLAGENTIC_MCP_SERVERS";
const HOSTED_VARIABLE = /^PLAGENTIC_MCP_/;
/** Refuses a team's servers in a shared App unless the operator allowed them. */
export function assertServersAllowed(servers, opts) {
    if (!opts.hosted || servers.length === 0 || opts.env[HOSTED_SWITCH] === "allow")
        return;
    throw new PlagenticError(`${opts.file}: mcp_servers.${servers[0].name}: refused: this GitHub App is shared by many repositories, so a team file may not start programs on it or reach its network. ` +
        `Run the team with the GitHub Action or the CLI instead, or, as the App's operator, set ${HOSTED_SWITCH}=allow.`);
}
export function resolveTransport(server, opts) {
    const where = `${opts.file}: mcp_servers.${server.name}`;
    const t = server.transport;
    const forbidden = [];
    // A shared App lends a team file only the variables its operator named for MCP servers.
    const env = opts.hosted
        ? new Proxy(opts.env, {
            get(target, name) {
                if (typeof name !== "string")
                    return undefined;
                if (!HOSTED_VARIABLE.test(name)) {
                    forbidden.push(name);
                    return undefined;
                }
                return target[name];
            },
        })
        : opts.env;
    const fields = t.kind === "stdio" ? { env: t.env, args: t.args } : { headers: t.headers };
    const { data, undefinedVars, secrets } = interpolate(fields, env);
    if (forbidden.length > 0) {
        throw new PlagenticError(`${where}: refers to \${${forbidden[0]}}; in the GitHub App a team file may use only variables named ${HOSTED_VARIABLE.source.slice(1)}*`);
    }
    const missing = undefinedVars[0];
    if (missing) {
        throw new PlagenticError(`${where}: ${formatFieldPath(missing.path)} refers to \${${missing.variable}}, which is not set (write \${${missing.variable}:-default} for a default)`);
    }
    const filled = data;
    if (t.kind === "http") {
        const problem = urlProblem(t.url);
        if (problem)
            throw new PlagenticError(`${where}: url: ${problem}`);
        const headers = filled.headers ?? {};
        const credentials = Object.entries(headers)
            .filter(([k]) => isSecretFieldName(k) || /^(authorization|cookie|proxy-authorization)$/i.test(k))
            .map(([, v]) => v.replace(/^(bearer|basic|token)\s+/i, ""));
        return { transport: { ...t, headers }, secrets: [...secrets, ...credentials] };
    }
    const envOut = filled.env ?? {};
    const credentials = Object.entries(envOut)
        .filter(([k]) => isSecretFieldName(k))
        .map(([, v]) => v);
    return {
        transport: {
            ...t,
            args: filled.args ?? [],
            env: envOut,
            ...(t.cwd !== undefined && { cwd: isAbsolute(t.cwd) ? t.cwd : resolve(opts.baseDir, t.cwd) }),
        },
        secrets: [...secrets, ...credentials],
    };
}

/**
 * `azurerm_mssql_server`: an Azure SQL logical server. Its administrator password never appears in
 * a spec, tag, log or plan. With only `azuread_administrator`, the server is Microsoft Entra-only
 * (`azureADOnlyAuthentication`): there is no SQL password at all, which is what we recommend.
 * With `administrator_login`, a strong random password is generated for the create's PUT and then
 * forgotten; whoever needs it sets a new one (`az sql server update -g <group> -n <server>
 * --admin-password ...`, or "Reset password" in the portal). Updates are PATCHes, which leave the
 * password alone. Deleting a server deletes its databases, so it is refused while one Plagentic
 * does not own for this environment is inside.
 */
import { randomBytes, randomInt } from "node:crypto";
import type { Server, ServerExternalAdministrator, SqlManagementClient } from "@azure/arm-sql";
import type { Attributes, Value } from "../../../spec/model.js";
import { ProviderOperationError, type ResourceOperation } from "../../provider.js";
import { armHandler } from "../arm-handler.js";
import { containerNotEmpty, foreignMembers } from "../container.js";
import { all, locationOf } from "../context.js";
import { untilDone } from "../long-operation.js";
import { sqlClient } from "../services.js";

const obj = (v: Value | undefined): Record<string, Value> =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};

/**
 * 32 random base64url characters (192 bits) and one of each class Azure's complexity rule counts,
 * at random places. `random` is injectable for tests.
 */
export function strongPassword(random: (n: number) => Buffer = randomBytes): string {
  const chars = [...random(24).toString("base64url")];
  for (const pool of ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!#%*+-=?_"]) {
    chars.splice(randomInt(chars.length + 1), 0, pool[randomInt(pool.length)]!);
  }
  return chars.join("");
}

function administrators(attrs: Attributes): ServerExternalAdministrator | undefined {
  const entra = obj(attrs["azuread_administrator"]);
  if (Object.keys(entra).length === 0) return undefined;
  const tenant = entra["tenant_id"];
  return {
    administratorType: "ActiveDirectory",
    login: String(entra["login_username"] ?? ""),
    sid: String(entra["object_id"] ?? ""),
    ...(typeof tenant === "string" && { tenantId: tenant }),
    azureADOnlyAuthentication: typeof attrs["administrator_login"] !== "string",
  };
}

const tls = (v: Value | undefined) => (v === "Disabled" ? "None" : String(v ?? "1.2"));
const access = (attrs: Attributes) =>
  attrs["public_network_access_enabled"] === false ? "Disabled" : "Enabled";

/** The create's PUT; `password` only when the spec names a SQL login. */
export function serverBody(
  op: ResourceOperation,
  tags: Record<string, string>,
  password?: () => string,
): Server {
  const login = op.attributes["administrator_login"];
  const entra = administrators(op.attributes);
  if (typeof login !== "string" && !entra) {
    throw new ProviderOperationError(
      "InvalidParameterValue",
      `${op.address} needs azuread_administrator (Microsoft Entra-only, recommended) or administrator_login`,
    );
  }
  return {
    location: locationOf(op),
    tags,
    version: String(op.attributes["version"] ?? "12.0"),
    minimalTlsVersion: tls(op.attributes["minimum_tls_version"]),
    publicNetworkAccess: access(op.attributes),
    ...(entra && { administrators: entra }),
    ...(typeof login === "string" && {
      administratorLogin: login,
      administratorLoginPassword: (password ?? strongPassword)(),
    }),
  };
}

export function serverAttributes(s: Server): Attributes {
  const a = s.administrators;
  return {
    location: s.location ?? "",
    version: s.version ?? "",
    ...(s.administratorLogin && { administrator_login: s.administratorLogin }),
    ...(a?.login && {
      azuread_administrator: {
        login_username: a.login,
        object_id: a.sid ?? "",
        ...(a.tenantId && { tenant_id: a.tenantId }),
      },
    }),
    minimum_tls_version: s.minimalTlsVersion === "None" ? "Disabled" : (s.minimalTlsVersion ?? ""),
    public_network_access_enabled: s.publicNetworkAccess !== "Disabled",
  };
}

export const mssqlServer = armHandler<Server, SqlManagementClient>({
  type: "azurerm_mssql_server",
  optional: true,
  client: (ctx, subscription) => ctx.service(sqlClient, subscription),
  list: (c, group) => c.servers.listByResourceGroup(group),
  listKey: "sql servers",
  get: (c, group, name) => c.servers.get(group, name),
  async put(ctx, c, at, op, tags) {
    const what = `${op.address} (${at.name}) to be written`;
    // An existing server (an update, or an earlier attempt of this create) is PATCHed: its
    // password, which nobody knows, stays as it is.
    const done = at.existing
      ? await untilDone(ctx, what, () =>
          c.servers.beginUpdate(at.group, at.name, {
            tags,
            minimalTlsVersion: tls(op.attributes["minimum_tls_version"]),
            publicNetworkAccess: access(op.attributes),
          }),
        )
      : await untilDone(ctx, what, () =>
          c.servers.beginCreateOrUpdate(at.group, at.name, serverBody(op, tags)),
        );
    const login = op.attributes["administrator_login"];
    if (!at.existing && typeof login === "string") {
      ctx.progress(
        `${op.address} (${at.name}): the SQL login ${login} has a random password nobody was shown; ` +
          `set one with \`az sql server update -g ${at.group} -n ${at.name} --admin-password ...\``,
      );
    }
    return done ?? c.servers.get(at.group, at.name);
  },
  async beforeDelete(_ctx, c, group, name) {
    // `master` is the server's own; any other database goes with the server.
    const databases = (await all(c.databases.listByServer(group, name))).filter(
      (d) => d.name?.toLowerCase() !== "master",
    );
    const foreign = foreignMembers(databases, _ctx.target);
    if (foreign.length > 0) throw containerNotEmpty(`SQL server ${name}`, foreign);
  },
  remove: (ctx, c, group, name) =>
    untilDone(ctx, `SQL server ${name} to be deleted`, () => c.servers.beginDelete(group, name)),
  attributes: serverAttributes,
  state: (s) => (/^(failed|deleting|canceled|disabled)$/i.test(s.state ?? "") ? s.state : undefined),
});

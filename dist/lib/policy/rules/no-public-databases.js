/**
 * no_public_databases (on by default, fail): no database reachable from the whole internet.
 *
 * - `aws_db_instance.publicly_accessible: true` gives the instance a public address
 *   (Checkov CKV_AWS_17).
 * - `google_sql_database_instance` with its public IP on (`ipv4_enabled`) and `authorized_networks`
 *   that together admit the world, judged as no_world_open_admin_ports judges sources: by their
 *   union against `world_fraction` (Checkov CKV_GCP_11).
 * - `azurerm_mssql_server.public_network_access_enabled: true` (Checkov CKV_AZURE_113). Only the
 *   server's firewall rules, which the spec does not model, then stand between it and the
 *   internet, so this warns unless `public_network_access: fail`.
 *
 * A Cloud SQL public IP with no authorized networks admits only the Cloud SQL Auth Proxy and
 * connectors, which authenticate with IAM; Checkov's CKV_GCP_60 (no public IP at all) is not
 * enforced because the type does not model the private network that would replace it.
 */
import { z } from "zod";
import { asList, asObject, asText } from "../attributes.js";
import { parseSource } from "../cidr.js";
import { finding } from "../planned.js";
import { defineRule } from "../rule.js";
import { describeSources, isWorldOpen, worldFractionOption } from "../world.js";
export const noPublicDatabases = defineRule({
    id: "no_public_databases",
    description: "No database may be reachable from the whole internet (RDS publicly_accessible, Cloud SQL authorized networks, Azure SQL public network access).",
    enabledByDefault: true,
    options: z.strictObject({
        world_fraction: worldFractionOption,
        public_network_access: z.enum(["warn", "fail"]).default("warn"),
    }),
    evaluate(ctx, { world_fraction: fraction, public_network_access }) {
        const findings = [];
        for (const resource of ctx.desired) {
            const a = resource.attributes;
            const address = resource.address;
            if (resource.type === "aws_db_instance" && a.publicly_accessible === true) {
                findings.push({
                    address,
                    message: `${address} is publicly accessible (publicly_accessible: true), so RDS gives it a public address; set publicly_accessible: false and reach it from inside the VPC.`,
                });
            }
            else if (resource.type === "google_sql_database_instance" && a.ipv4_enabled !== false) {
                const networks = asList(a.authorized_networks).flatMap((n) => {
                    const text = asText(asObject(n)?.value);
                    return text === undefined ? [] : [{ text: text.trim(), ranges: parseSource(text) ?? [] }];
                });
                if (isWorldOpen(networks, 4, fraction) || isWorldOpen(networks, 6, fraction)) {
                    findings.push({
                        address,
                        message: `${address} accepts connections on its public IP from ${describeSources(networks, fraction)} (authorized_networks); authorize only your own ranges, or connect through the Cloud SQL Auth Proxy with no authorized networks.`,
                    });
                }
            }
            else if (resource.type === "azurerm_mssql_server" && a.public_network_access_enabled === true) {
                const message = `${address} has public network access enabled, so only its firewall rules (not in this spec) keep the internet out; set public_network_access_enabled: false and connect through a private endpoint.`;
                findings.push(finding(address, message, public_network_access === "fail"));
            }
        }
        return findings;
    },
    passMessage: () => "No database is reachable from the whole internet.",
});

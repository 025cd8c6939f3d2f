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
export declare const noPublicDatabases: import("../rule.js").RuleDef<"no_public_databases", {
    world_fraction: z.ZodDefault<z.ZodNumber>;
    public_network_access: z.ZodDefault<z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
}>;

/**
 * `google_sql_database_instance` on the Cloud SQL Admin API v1. An instance has no free-text
 * field, so its ownership is `settings.userLabels` alone (service-ownership.ts: environment,
 * repository key, the address over several labels), and the list filters on the environment label
 * server-side. Cloud SQL takes no request id: a retry finds its first attempt by the name the
 * token gives (a deleted instance's name stays taken for a while, which a fresh token avoids).
 * No password is ever set or read: users are made elsewhere (IAM or Secret Manager).
 */
import type { protos } from "@google-cloud/sql";
import type { Attributes } from "../../../spec/model.js";
import { type ResourceHandler } from "../../provider.js";
import type { GcpApiContext } from "../api-context.js";
type IInstance = protos.google.cloud.sql.v1.IDatabaseInstance;
export declare function instanceAttributes(i: IInstance): Attributes;
export declare const sqlDatabaseInstance: ResourceHandler<GcpApiContext, IInstance>;
export {};

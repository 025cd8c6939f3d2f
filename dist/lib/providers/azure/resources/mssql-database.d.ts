/**
 * `azurerm_mssql_database`: a database inside an `azurerm_mssql_server`, in the server's group
 * and location, named and tagged like any other resource. The live read lists the databases of
 * the environment's own servers (one call per server; Azure's `master` carries no tags and is left
 * out). ARM reports a DTU SKU by its tier ("Standard", capacity 10), so the spec's `S0` is read
 * from the service objective.
 */
import type { Database } from "@azure/arm-sql";
import type { Attributes } from "../../../spec/model.js";
import { type ResourceHandler } from "../../provider.js";
import { type AzureContext, type Tags } from "../context.js";
export declare function databaseBody(location: string, attrs: Attributes, tags: Tags): Database;
export declare function databaseAttributes(d: Database): Attributes;
export declare const mssqlDatabase: ResourceHandler<AzureContext, Database>;

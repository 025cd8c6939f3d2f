import type { protos } from "@google-cloud/sql";
import type { Attributes } from "../../../spec/model.js";
import { type ResourceHandler } from "../../provider.js";
import type { GcpApiContext } from "../api-context.js";
type IInstance = protos.google.cloud.sql.v1.IDatabaseInstance;
export declare function instanceAttributes(i: IInstance): Attributes;
export declare const sqlDatabaseInstance: ResourceHandler<GcpApiContext, IInstance>;
export {};

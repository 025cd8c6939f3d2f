import type { Server } from "@azure/arm-sql";
import type { Attributes } from "../../../spec/model.js";
import { type ResourceOperation } from "../../provider.js";
/**
 * 32 random base64url characters (192 bits) and one of each class Azure's complexity rule counts,
 * at random places. `random` is injectable for tests.
 */
export declare function strongPassword(random?: (n: number) => Buffer): string;
/** The create's PUT; `password` only when the spec names a SQL login. */
export declare function serverBody(op: ResourceOperation, tags: Record<string, string>, password?: () => string): Server;
export declare function serverAttributes(s: Server): Attributes;
export declare const mssqlServer: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, Server>;

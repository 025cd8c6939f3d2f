import type { protos } from "@google-cloud/functions";
import type { Attributes } from "../../../spec/model.js";
import { type ResourceHandler } from "../../provider.js";
import type { GcpApiContext } from "../api-context.js";
type IFunction = protos.google.cloud.functions.v2.IFunction;
export declare function functionAttributes(f: IFunction): Attributes;
export declare const cloudfunctionsFunction: ResourceHandler<GcpApiContext, IFunction>;
export {};

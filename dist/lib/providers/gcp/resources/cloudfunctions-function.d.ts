/**
 * `google_cloudfunctions_function` applied as a 2nd gen function (Cloud Functions API v2), since
 * 1st gen takes no new runtimes. The spec's flat properties map to `buildConfig` (runtime, entry
 * point, source object) and `serviceConfig` (memory, timeout); `trigger_http` is the only trigger
 * the spec can say, and a v2 function without an event trigger is an HTTP one.
 * Ownership: the marker with the full tags in `description` (rewritten by updates, since it also
 * records which properties the spec left out), labels for the server-side filter; see
 * service-ownership.ts. The API takes no request id: a retry finds its first attempt by the name.
 */
import type { protos } from "@google-cloud/functions";
import type { Attributes } from "../../../spec/model.js";
import { type ResourceHandler } from "../../provider.js";
import type { GcpApiContext } from "../api-context.js";
type IFunction = protos.google.cloud.functions.v2.IFunction;
export declare function functionAttributes(f: IFunction): Attributes;
export declare const cloudfunctionsFunction: ResourceHandler<GcpApiContext, IFunction>;
export {};

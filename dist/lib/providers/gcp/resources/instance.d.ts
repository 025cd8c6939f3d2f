import { type ResourceHandler } from "../../provider.js";
import { type IInstance } from "../bodies.js";
import type { GcpContext } from "../context.js";
export declare const instance: ResourceHandler<GcpContext, IInstance>;

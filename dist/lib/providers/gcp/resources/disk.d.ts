import { type ResourceHandler } from "../../provider.js";
import { type IDisk } from "../bodies.js";
import type { GcpContext } from "../context.js";
export declare const disk: ResourceHandler<GcpContext, IDisk>;

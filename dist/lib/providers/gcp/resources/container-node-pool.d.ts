import { type ResourceHandler } from "../../provider.js";
import type { GcpApiContext } from "../api-context.js";
import { type ClusterRef, type INodePool } from "./container-api.js";
interface InCluster {
    pool: INodePool;
    cluster: ClusterRef;
}
export declare const containerNodePool: ResourceHandler<GcpApiContext, InCluster>;
export {};

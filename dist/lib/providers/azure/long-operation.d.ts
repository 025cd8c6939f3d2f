import type { AzureContext } from "./context.js";
/** What the pollers of both SDK generations (core-lro 2 and 3) have in common. */
export interface Poller<T> {
    poll(): Promise<unknown>;
    isDone(): boolean;
    getResult(): T | undefined;
    getOperationState(): {
        status: string;
        error?: Error;
    };
}
/**
 * Starts an operation (`begin` sends the first request) and polls it until it ends; `what`
 * names the resource and the step ("azurerm_kubernetes_cluster.main (staging-main-1a2b3c) to be
 * created"). A Failed or Canceled operation throws, as the SDK's own wait would.
 */
export declare function untilDone<T>(ctx: AzureContext, what: string, begin: () => Promise<Poller<T>>): Promise<T | undefined>;
/** `untilDone` of a PUT: its result, or the resource read afterwards when the poller kept none. */
export declare function written<T>(ctx: AzureContext, what: string, begin: () => Promise<Poller<T>>, get: () => Promise<T>): Promise<T>;

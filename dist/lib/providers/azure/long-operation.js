/**
 * Long ARM operations (an AKS cluster takes 5-10 minutes, a SQL server several) driven through the
 * SDK's own poller one poll at a time, so that the wait is bounded by
 * `providers.azure.wait_timeout_seconds` and says where it stands every ~10 s. A timeout is a
 * ProviderOperationError("Timeout") naming the resource; whatever ARM has made by then carries
 * its tags, so the next plan shows what is left.
 */
import { waitFor } from "../waiting.js";
/**
 * Starts an operation (`begin` sends the first request) and polls it until it ends; `what`
 * names the resource and the step ("azurerm_kubernetes_cluster.main (staging-main-1a2b3c) to be
 * created"). A Failed or Canceled operation throws, as the SDK's own wait would.
 */
export async function untilDone(ctx, what, begin) {
    const poller = await begin();
    const ended = () => {
        if (!poller.isDone())
            return undefined;
        const state = poller.getOperationState();
        if (state.status === "failed" || state.status === "canceled") {
            throw state.error ?? new Error(`The long-running operation has failed. Failed. ${what}`);
        }
        return { result: poller.getResult() };
    };
    return (await waitFor(ctx.clock, what, async () => {
        const done = ended();
        if (done)
            return done;
        await poller.poll();
        return ended();
    })).result;
}
/** `untilDone` of a PUT: its result, or the resource read afterwards when the poller kept none. */
export async function written(ctx, what, begin, get) {
    return (await untilDone(ctx, what, begin)) ?? get();
}

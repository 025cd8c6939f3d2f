import type { PriceCatalog } from "../../cost/catalog.js";
import type { Store } from "../../store/store.js";
import { type Provider } from "../provider.js";
import { type RandomBytes } from "./ids.js";
export interface SandboxDeps {
    store: Store;
    /** Only size checks are needed, so any PriceCatalog will do. */
    catalog: Pick<PriceCatalog, "hasMachineSize">;
    /** Replaces id generation (tests); the default draws cloud-shaped ids from crypto randomness. */
    newId?: (type: string) => string;
    /** Randomness behind the default ids. */
    randomBytes?: RandomBytes;
    /**
     * A simulated cloud latency: milliseconds waited before each create, update and delete
     * (`providers.sandbox.operation_delay_ms`), so that an end-to-end test can stop a replica mid-apply.
     */
    operationDelayMs?: number;
    /** Replaces the wait (tests). */
    sleep?: (ms: number) => Promise<void>;
}
export declare function createSandboxProvider(deps: SandboxDeps): Provider;

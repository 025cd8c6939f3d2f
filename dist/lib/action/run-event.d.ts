import type * as CoreModule from "@actions/core";
type Core = typeof CoreModule;
export declare function runActionEvent(core: Core, input: {
    env: Record<string, string | undefined>;
    eventName: string;
    payload: any;
    command: string;
}): Promise<void>;
export {};

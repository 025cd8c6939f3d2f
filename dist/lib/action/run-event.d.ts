import type * as CoreModule from "@actions/core";
type Core = typeof CoreModule;
export declare function runActionEvent(core: Core, input: {
    env: Record<string, string | undefined>;
    eventName: string;
    payload: any;
    command: string;
    /** The `terraform-plan` input, when this event is one it reviews on. */
    terraformPlan?: string;
}): Promise<void>;
export {};

import type * as CoreModule from "@actions/core";
type Core = typeof CoreModule;
export interface ActionIO {
    env: Record<string, string | undefined>;
}
export declare function runAction(io?: ActionIO): Promise<void>;
export declare function setOutputs(core: Core, o: {
    planHash?: string;
    hasChanges?: boolean;
    monthlyCostDelta?: number;
    applied: boolean;
}): void;
export {};

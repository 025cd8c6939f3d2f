/**
 * A cheap first look at an Actions event: is there anything for Plagentic to do? Deliberately
 * imports nothing, so that an ignored event never loads the engine.
 */
export declare function isForPlagentic(eventName: string, payload: unknown, commandInput: string): boolean;

export declare function isForPlagentic(eventName: string, payload: unknown, commandInput: string): boolean;

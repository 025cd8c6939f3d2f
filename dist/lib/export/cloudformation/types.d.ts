import { type CfnType } from "./model.js";
export declare const cfnTypes: Record<string, CfnType>;

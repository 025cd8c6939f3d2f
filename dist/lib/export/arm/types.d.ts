import { type ArmType } from "./model.js";
export declare const armTypes: Record<string, ArmType>;

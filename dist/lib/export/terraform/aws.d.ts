import { type TfType } from "./model.js";
export declare const awsTerraform: Record<string, TfType>;

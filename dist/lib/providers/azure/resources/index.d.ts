/**
 * The Azure handler table: every type the Azure provider applies, one handler each. Adding a
 * type is one file in this folder and one row here.
 */
import type { HandlerTable } from "../../provider.js";
import type { AzureContext } from "../context.js";
export declare const AZURE_HANDLERS: HandlerTable<AzureContext>;

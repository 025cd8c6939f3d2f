/**
 * `azurerm_linux_function_app` (`Microsoft.Web/sites`, kind `functionapp,linux`) on a service
 * plan. No secret is written: the app gets a system-assigned identity and reaches its storage
 * account by name (`AzureWebJobsStorage__accountName`, an identity-based connection) instead of
 * an account key; granting that identity a role on the account (Storage Blob Data Owner) is left
 * to the account's owner. ARM reports app settings only through a POST that returns every
 * setting, secrets included, and needs more than read access: a plan does not make it, so the two
 * settings Plagentic writes are write-only (changed only when the spec changes them).
 */
import type { Site } from "@azure/arm-appservice";
import type { Attributes } from "../../../spec/model.js";
export declare function functionAppBody(location: string, attrs: Attributes, tags: Record<string, string>, current?: Record<string, string>): Site;
export declare function functionAppAttributes(s: Site): Attributes;
export declare const linuxFunctionApp: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, Site>;

/**
 * `azurerm_service_plan`: an App Service plan (`Microsoft.Web/serverfarms`). Its OS is ARM's
 * `reserved` (Linux) and `hyperV` (Windows containers) flags; its SKU is sent by name, as ARM
 * derives the tier from it. ARM refuses to delete a plan that still hosts apps.
 */
import type { AppServicePlan } from "@azure/arm-appservice";
import type { Attributes } from "../../../spec/model.js";
export declare function planBody(location: string, attrs: Attributes, tags: Record<string, string>): AppServicePlan;
export declare function planAttributes(p: AppServicePlan): Attributes;
export declare const servicePlan: import("../../provider.js").ResourceHandler<import("../context.js").AzureContext, AppServicePlan>;

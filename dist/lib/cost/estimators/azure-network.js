/** Azure public IP addresses. */
import { stringAt } from "../attributes.js";
import { unknownComponent } from "../components.js";
import { HOURS_PER_MONTH } from "../model.js";
export const azureNetworkEstimators = {
    azurerm_public_ip: {
        // Azure bills public IPs by the hour, but the price data has no such price.
        estimate: (resource) => [
            unknownComponent(`Public IP address (${stringAt(resource.attributes, "sku") ?? "Standard"})`, "hour", "no Azure public IP price in the price data", HOURS_PER_MONTH),
        ],
    },
};

/** Azure writes regions both as armRegionName ("eastus") and display name ("East US"). */
export function azureRegionKey(region) {
    return region.toLowerCase().replace(/\s+/g, "");
}

/** Azure writes regions both as armRegionName ("eastus") and display name ("East US"). */
export declare function azureRegionKey(region: string): string;

export declare function readTerraformPlanFile(path: string): Promise<Uint8Array>;

import type { ResourceTypeDef } from "../model.js";
export const azureTypes: ResourceTypeDef[] = [];

import type { ResourceTypeDef } from "../model.js";
export const gcpTypes: ResourceTypeDef[] = [];

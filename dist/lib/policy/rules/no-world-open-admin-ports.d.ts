import { z } from "zod";
export declare const DEFAULT_ADMIN_PORTS: number[];
export declare const noWorldOpenAdminPorts: import("../rule.js").RuleDef<"no_world_open_admin_ports", {
    ports: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
}>;

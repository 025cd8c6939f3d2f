import { z } from "zod";
export declare const protectedEnvironments: import("../rule.js").RuleDef<"protected_environments", {
    environments: z.ZodDefault<z.ZodArray<z.ZodString>>;
}>;

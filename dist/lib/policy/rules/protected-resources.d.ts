export declare const protectedResources: import("../rule.js").RuleDef<"protected_resources", {}>;

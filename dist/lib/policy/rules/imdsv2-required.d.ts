export declare const imdsv2Required: import("../rule.js").RuleDef<"imdsv2_required", {}>;

export declare const databaseDeletionProtection: import("../rule.js").RuleDef<"database_deletion_protection", {}>;

/**
 * A plan's facts (config/approval-rules.ts) as the plan record keeps them: money in whole cents,
 * so the MAC'd JSON never holds a float, and types checked as strictly as every other field.
 */
import { z } from "zod";
import { type PlanFacts } from "../config/approval-rules.js";
export declare const recordFactsSchema: z.ZodObject<{
    monthlyDeltaCents: z.ZodNumber;
    pricesUnknown: z.ZodBoolean;
    destroys: z.ZodBoolean;
    types: z.ZodArray<z.ZodString>;
    typesCut: z.ZodBoolean;
    budget: z.ZodEnum<{
        unknown: "unknown";
        none: "none";
        over: "over";
        within: "within";
    }>;
}, z.core.$strict>;
export type RecordFacts = z.infer<typeof recordFactsSchema>;
export declare function toRecordFacts(facts: PlanFacts): RecordFacts;
export declare function fromRecordFacts(facts: RecordFacts): PlanFacts;

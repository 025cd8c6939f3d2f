/**
 * A cloud that finds no credentials is a setup problem, not a bug: the run ends with exit code 1
 * and a message that names every source the cloud's SDK tried and how to provide one, instead of
 * the SDK's own error and a stack trace.
 */
import { PlagenticError } from "../spec/errors.js";
export declare class CredentialsError extends PlagenticError {
    readonly cloud: "aws" | "gcp" | "azure";
    /** The sources tried, in the SDK's order, each with how to set it. */
    readonly tried: readonly string[];
    /** How to provide credentials, in one sentence. */
    readonly howTo: string;
    /** The SDK's own last words, for whoever debugs an unusual setup. */
    readonly detail: string;
    constructor(cloud: "aws" | "gcp" | "azure", 
    /** The sources tried, in the SDK's order, each with how to set it. */
    tried: readonly string[], 
    /** How to provide credentials, in one sentence. */
    howTo: string, 
    /** The SDK's own last words, for whoever debugs an unusual setup. */
    detail: string);
}

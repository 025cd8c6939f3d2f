/**
 * The AWS handler table: every type the AWS provider applies, one handler each. Adding a type is
 * one file in this folder and one row here.
 */
import type { AwsHandler } from "../context.js";
export declare const AWS_HANDLERS: Readonly<Record<string, AwsHandler>>;

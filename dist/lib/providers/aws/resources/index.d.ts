/**
 * The AWS handler table: every type the AWS provider applies, one handler each. Adding a type is
 * one file in this folder and one row here.
 */
import type { HandlerTable } from "../../provider.js";
import type { AwsContext } from "../context.js";
export declare const AWS_HANDLERS: HandlerTable<AwsContext>;

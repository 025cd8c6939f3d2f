/**
 * A cloud that finds no credentials is a setup problem, not a bug: the run ends with exit code 1
 * and a message that names every source the cloud's SDK tried and how to provide one, instead of
 * the SDK's own error and a stack trace.
 */
import { PlagenticError } from "../spec/errors.js";
const CLOUD_NAMES = { aws: "AWS", gcp: "GCP", azure: "Azure" };
export class CredentialsError extends PlagenticError {
    cloud;
    tried;
    howTo;
    detail;
    constructor(cloud, 
    /** The sources tried, in the SDK's order, each with how to set it. */
    tried, 
    /** How to provide credentials, in one sentence. */
    howTo, 
    /** The SDK's own last words, for whoever debugs an unusual setup. */
    detail) {
        super(`no ${CLOUD_NAMES[cloud]} credentials found. Tried, in order: ${tried.join("; ")}. ${howTo} ` +
            `(${firstLine(detail)})`);
        this.cloud = cloud;
        this.tried = tried;
        this.howTo = howTo;
        this.detail = detail;
    }
}
function firstLine(text) {
    const line = text.split("\n", 1)[0].trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * The one place where text leaves the process for GitHub: every comment, check run, status,
 * deployment description, issue and pull request body goes through the redactor (invariant 7).
 *
 * A committed file is the exception: masking it would write the mask into a spec in place of a
 * real value, so a file that would add a secret to the branch is refused instead, and one that
 * only keeps a secret the file already held is written as it is.
 */
import type { Redactor } from "../render/redact.js";
import type { GitHubClient } from "./client.js";
export declare function redactingClient(inner: GitHubClient, redact: Redactor | ((text: string) => string)): GitHubClient;

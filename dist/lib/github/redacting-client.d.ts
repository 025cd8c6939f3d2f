/**
 * The one place where text leaves the process for GitHub: every comment, check run, status,
 * deployment description and pull request body goes through the redactor (invariant 7).
 */
import type { GitHubClient } from "./client.js";
export declare function redactingClient(inner: GitHubClient, redact: (text: string) => string): GitHubClient;

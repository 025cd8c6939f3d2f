/**
 * Short replies on the issue or pull request. Every reply is neutralized (no text in it can form a
 * marker, record or command) and goes through the redacting client.
 */
import type { GitHubContext } from "./context.js";
export declare function reply(ctx: GitHubContext, number: number, markdown: string): Promise<void>;

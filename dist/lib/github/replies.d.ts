/** Short replies on the issue or pull request; every reply goes through the redacting client. */
import type { GitHubContext } from "./context.js";
export declare function reply(ctx: GitHubContext, number: number, markdown: string): Promise<void>;

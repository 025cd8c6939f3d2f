import { PREFIX } from "./command-line.js";
export { PREFIX };
export declare const VERBS: readonly ["plan", "apply", "destroy", "drift", "fix", "preview", "unlock", "status", "help"];
export type Verb = (typeof VERBS)[number];
export interface CommandFlags {
    verbose?: boolean;
    team?: string;
}
export interface Command {
    verb: Verb;
    environment?: string;
    flags: CommandFlags;
}
export type ParsedComment = {
    kind: "none";
} | {
    kind: "command";
    command: Command;
} | {
    kind: "request";
    text: string;
} | {
    kind: "error";
    message: string;
};
/** Environment and team names: what GCP labels allow, so a name can be used as a label value. */
export declare const ENVIRONMENT_PATTERN: RegExp;
export declare const MAX_REQUEST_LENGTH = 4000;
export declare const MAX_COMMAND_LENGTH = 1000;
export declare function parseComment(body: string): ParsedComment;
/** Usage line for one verb, e.g. "/plagentic apply [environment] [--verbose]". */
export declare function usage(verb: Verb): string;
/** The flags a verb accepts, as shown in errors and help. */
export declare function validFlags(verb: Verb): string[];
export declare function isValidEnvironmentName(name: string): boolean;
/** The help reply: every verb with its usage, and the environments this repository defines. */
export declare function helpText(validEnvironments: string[]): string;

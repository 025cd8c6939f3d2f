/**
 * The comment grammar: one pure function from a comment body to a typed command, a plain-words
 * request, an error to reply with, or nothing (Atlantis's comment parser). Everything downstream
 * receives a `Command`, never a string.
 *
 * Rules:
 * - Only the first non-blank line counts. It must start with `/plagentic` (any case of ASCII
 *   letters, because phone keyboards capitalise the first letter) followed by a space, a tab or the
 *   end of the line (command-line.ts, shared with the Action's pre-filter).
 *   `/plagenticfoo`, `please /plagentic plan`, `> /plagentic plan`, `<!-- /plagentic plan -->` and
 *   look-alikes such as `／plagentic` are not addressed to us: `none`, and the bot stays silent.
 *   Lines are split on `\n`; a trailing `\r` and surrounding whitespace are dropped.
 * - `/plagentic` alone is `help`.
 * - Words are separated by ASCII spaces and tabs only. There is no quoting: shell metacharacters
 *   are ordinary characters and end up in an error if they land where a name is expected.
 * - The first word is the verb, case-insensitive in ASCII only: a word with any other character is
 *   never a verb (`unloc\u212A`, with a Kelvin sign, is not `unlock`), and one that would fold to
 *   a verb is an error. Verbs: plan (alias provision), apply, destroy, drift, fix, preview,
 *   unlock, status, help. A first word that is not a verb makes the whole text after `/plagentic`
 *   (rest of the line plus the following lines, trimmed, at most 4,000 characters) a `request` in
 *   plain words for the team; a first word that looks like a flag is an error instead.
 * - The environment is a positional word after the verb, or `-e <env>`, `--env <env>`,
 *   `--env=<env>`. It must match ENVIRONMENT_PATTERN. Giving two is an error. A positional
 *   environment may be followed by the word `environment` or `env` ("provision staging environment").
 * - Flags: `--verbose` (verbs that print a plan), `--team <name>` / `--team=<name>` (plan, destroy).
 *   Flag names are case-sensitive. A flag the verb does not take, a missing value, a repeated
 *   `--team` or an extra positional word is an error naming what is valid.
 * - `destroy` and `preview` require an environment. `help` takes nothing.
 * - A command line with control or invisible formatting characters, or longer than
 *   MAX_COMMAND_LENGTH, is an error. Work is bounded: the body is scanned line by line only up to
 *   the first non-blank line, and no regular expression runs over unbounded input with backtracking.
 *
 * Error messages are Markdown: user-supplied words appear only inside code spans, shortened, so a
 * reply can quote them safely.
 */
import { code, formatCount } from "../render/markdown.js";
import { addressedText, asciiLower, PREFIX } from "./command-line.js";

export { PREFIX };

export const VERBS = [
  "plan",
  "apply",
  "destroy",
  "drift",
  "fix",
  "preview",
  "unlock",
  "status",
  "help",
] as const;
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

export type ParsedComment =
  | { kind: "none" }
  | { kind: "command"; command: Command }
  | { kind: "request"; text: string }
  | { kind: "error"; message: string };

/** Environment and team names: what GCP labels allow, so a name can be used as a label value. */
export const ENVIRONMENT_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;
export const MAX_REQUEST_LENGTH = 4_000;
export const MAX_COMMAND_LENGTH = 1_000;

type FlagName = "verbose" | "team";

interface VerbGrammar {
  environment: "optional" | "required" | "none";
  flags: readonly FlagName[];
  /** One line for the help text. */
  summary: string;
}

/** The grammar as data: adding a verb is one entry here and one handler elsewhere. */
const GRAMMAR: Record<Verb, VerbGrammar> = {
  plan: {
    environment: "optional",
    flags: ["team", "verbose"],
    summary: "plan the changes to an environment (alias `provision`)",
  },
  apply: {
    environment: "optional",
    flags: ["verbose"],
    summary: "apply the approved plan for an environment on the current head commit",
  },
  destroy: {
    environment: "required",
    flags: ["team", "verbose"],
    summary: "plan the removal of every resource in an environment; apply it like any plan",
  },
  drift: {
    environment: "optional",
    flags: ["verbose"],
    summary: "compare the live cloud with the spec and report differences",
  },
  fix: {
    environment: "optional",
    flags: [],
    summary:
      "in a drift issue: open two pull requests, one that reverts the cloud to the spec and one that accepts what is live",
  },
  preview: {
    environment: "required",
    flags: ["verbose"],
    summary:
      "create `<environment>-pr-<number>` from this pull request's spec of the environment; destroyed when the pull request closes",
  },
  unlock: {
    environment: "optional",
    flags: [],
    summary: "release this pull request's lock on an environment and discard its plan",
  },
  status: {
    environment: "optional",
    flags: [],
    summary: "show the plans, locks and approvals of this PR",
  },
  help: { environment: "none", flags: [], summary: "show this help" },
};

const ALIASES: Record<string, Verb> = { provision: "plan" };

const FLAG_USAGE: Record<FlagName, string> = { team: "--team <name>", verbose: "--verbose" };
const ENV_FLAG_USAGE = "--env <environment>";
/** Words allowed right after a positional environment, read as filler. */
const ENVIRONMENT_FILLERS = new Set(["environment", "env"]);

/**
 * Characters that have no business in a command: C0/C1 controls (tab aside), zero-width and
 * bidirectional formatting characters that make a command read differently than it parses.
 */
const HIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** Controls dropped from request text (newlines and tabs are kept). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const REQUEST_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const NONE: ParsedComment = { kind: "none" };

export function parseComment(body: string): ParsedComment {
  const addressed = addressedText(body);
  if (addressed === null) return NONE;
  const { rest, line } = addressed;
  if (rest === "") return command({ verb: "help", flags: {} });

  const firstWord = leadingWord(rest);
  const verb = verbNamed(firstWord);
  if (verb === undefined) {
    if (firstWord.startsWith("-"))
      return error(`expected a command before ${shown(firstWord)}; valid commands: ${verbList()}`);
    if (foldsToVerb(firstWord))
      return error(
        `${shown(firstWord)} is not a command: commands are spelled in ASCII letters; valid commands: ${verbList()}`,
      );
    return { kind: "request", text: requestText(rest, body.slice(addressed.end + 1)) };
  }

  if (line.length > MAX_COMMAND_LENGTH)
    return error(`the command is longer than ${formatCount(MAX_COMMAND_LENGTH)} characters`);
  if (HIDDEN_CHARACTER.test(line)) return error("the command contains control or invisible characters");

  const words = rest.split(/[ \t]+/).filter((w) => w !== "");
  return parseArguments(verb, words.slice(1));
}

/** Usage line for one verb, e.g. "/plagentic apply [environment] [--verbose]". */
export function usage(verb: Verb): string {
  const g = GRAMMAR[verb];
  const parts = [PREFIX, verb];
  if (g.environment === "required") parts.push("<environment>");
  if (g.environment === "optional") parts.push("[environment]");
  for (const f of g.flags) parts.push(`[${FLAG_USAGE[f]}]`);
  return parts.join(" ");
}

/** The flags a verb accepts, as shown in errors and help. */
export function validFlags(verb: Verb): string[] {
  const g = GRAMMAR[verb];
  const flags = g.flags.map((f) => FLAG_USAGE[f]);
  if (g.environment !== "none") flags.unshift(ENV_FLAG_USAGE);
  return flags;
}

export function isValidEnvironmentName(name: string): boolean {
  return ENVIRONMENT_PATTERN.test(name);
}

/** The help reply: every verb with its usage, and the environments this repository defines. */
export function helpText(validEnvironments: string[]): string {
  const rows = VERBS.map((v) => `| ${code(usage(v))} | ${GRAMMAR[v].summary} |`);
  const envs =
    validEnvironments.length > 0
      ? `Environments: ${[...validEnvironments]
          .sort()
          .map((e) => code(e))
          .join(", ")}.`
      : "No environments are defined yet: add `environments/<name>.yaml` to the default branch.";
  return [
    "#### Plagentic commands",
    "",
    "| command | what it does |",
    "| --- | --- |",
    ...rows,
    "",
    envs,
    "",
    `The environment can also be given as ${code("-e <environment>")} or ${code("--env=<environment>")}. ` +
      `Anything else after ${code(PREFIX)} is a request in plain words for the team, for example ` +
      `${code(`${PREFIX} add two t3.small workers to staging`)}.`,
    "",
    "Plans need write access. A plan is applied once the pull request is approved by someone else " +
      "with write access on the current commit; a push marks earlier plans stale.",
  ].join("\n");
}

function parseArguments(verb: Verb, args: string[]): ParsedComment {
  const g = GRAMMAR[verb];
  const use = `usage: ${code(usage(verb))}`;
  if (verb === "help" && args.length > 0) return error(`${code("help")} takes no arguments; ${use}`);

  const flags: CommandFlags = {};
  const environments: string[] = [];
  let positional = 0;
  const addEnvironment = (name: string): ParsedComment | undefined => {
    if (!isValidEnvironmentName(name)) return error(invalidEnvironment(name));
    environments.push(name);
    if (environments.length > 1)
      return error(
        `two environments given (${shown(environments[0]!)} and ${shown(name)}); a command acts on one environment; ${use}`,
      );
    return undefined;
  };

  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (!word.startsWith("-")) {
      const previous = args[i - 1];
      const isFiller =
        positional === 1 &&
        previous !== undefined &&
        previous === environments[0] &&
        ENVIRONMENT_FILLERS.has(word.toLowerCase());
      if (isFiller) {
        positional++;
        continue;
      }
      if (positional > 0 || g.environment === "none") return error(`unexpected ${shown(word)}; ${use}`);
      positional++;
      const problem = addEnvironment(word);
      if (problem) return problem;
      continue;
    }

    const eq = word.indexOf("=");
    const name = eq >= 0 ? word.slice(0, eq) : word;
    const inline = eq >= 0 ? word.slice(eq + 1) : undefined;
    const takesEnv =
      g.environment !== "none" && (name === "--env" || (name === "-e" && inline === undefined));
    const flag = flagNamed(name);

    if (!takesEnv && (flag === undefined || !g.flags.includes(flag))) {
      const valid = validFlags(verb);
      const listed =
        valid.length > 0 ? `valid flags: ${valid.map((f) => code(f)).join(", ")}` : "it takes no flags";
      return error(`unknown flag ${shown(word)} for ${code(verb)}; ${listed}`);
    }

    if (flag === "verbose") {
      if (inline !== undefined) return error(`${code("--verbose")} takes no value; ${use}`);
      flags.verbose = true;
      continue;
    }

    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      if (next !== undefined && !next.startsWith("-")) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === "") return error(`${code(name)} needs a value; ${use}`);

    if (takesEnv) {
      const problem = addEnvironment(value);
      if (problem) return problem;
    } else {
      if (flags.team !== undefined) return error(`${code("--team")} given twice; ${use}`);
      if (!ENVIRONMENT_PATTERN.test(value))
        return error(`${shown(value)} is not a valid team name: ${NAME_RULE}; ${use}`);
      flags.team = value;
    }
  }

  const environment = environments[0];
  if (g.environment === "required" && environment === undefined)
    return error(`${code(verb)} needs an environment; ${use}`);
  return command(environment === undefined ? { verb, flags } : { verb, environment, flags });
}

const NAME_RULE = "use 1 to 63 lowercase letters, digits, `-` and `_`, starting with a letter or digit";

function invalidEnvironment(name: string): string {
  const lower = name.toLowerCase();
  const suggestion =
    lower !== name && ENVIRONMENT_PATTERN.test(lower) ? ` (did you mean ${code(lower)}?)` : "";
  return `${shown(name)} is not a valid environment name: ${NAME_RULE}${suggestion}`;
}

function flagNamed(name: string): FlagName | undefined {
  if (name === "--verbose") return "verbose";
  if (name === "--team") return "team";
  return undefined;
}

function verbNamed(word: string): Verb | undefined {
  const lower = asciiLower(word);
  if (lower === null) return undefined;
  if ((VERBS as readonly string[]).includes(lower)) return lower as Verb;
  return ALIASES[lower];
}

/** A non-ASCII word that Unicode case folding or compatibility mapping would turn into a verb. */
function foldsToVerb(word: string): boolean {
  if (asciiLower(word) !== null) return false;
  const folded = word.normalize("NFKC").toLowerCase();
  return (VERBS as readonly string[]).includes(folded) || ALIASES[folded] !== undefined;
}

function verbList(): string {
  return VERBS.map((v) => (v === "plan" ? `${code("plan")} (alias ${code("provision")})` : code(v))).join(
    ", ",
  );
}

function leadingWord(text: string): string {
  let end = 0;
  while (end < text.length && text[end] !== " " && text[end] !== "\t") end++;
  return text.slice(0, end);
}

function requestText(firstLineRest: string, following: string): string {
  // Bounded before any further processing: nothing past the cap can reach the result.
  const tail = following.slice(0, MAX_REQUEST_LENGTH * 2);
  const joined = `${firstLineRest.slice(0, MAX_REQUEST_LENGTH * 2)}\n${tail}`
    .replace(/\r\n?/g, "\n")
    .replace(REQUEST_CONTROLS, "");
  return truncate(joined.trim(), MAX_REQUEST_LENGTH).trimEnd();
}

/** Cuts at a UTF-16 boundary that does not split a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

/** A user's word quoted for a reply: a code span, shortened so a reply stays short. */
function shown(word: string): string {
  return code(word.length > 40 ? `${truncate(word, 40)}…` : word);
}

function command(c: Command): ParsedComment {
  return { kind: "command", command: c };
}

function error(message: string): ParsedComment {
  return { kind: "error", message };
}

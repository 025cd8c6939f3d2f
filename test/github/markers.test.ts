import { describe, expect, it } from "vitest";
import type { IssueComment } from "../../src/github/client.js";
import { createHmac } from "node:crypto";
import {
  decodeRecord,
  encodeRecord,
  findPlanRecord,
  findStickyComment,
  planMarker,
  stickyHeader,
} from "../../src/github/markers.js";
import type { PlanRecord, RecordBinding } from "../../src/github/markers.js";
import { neutralize } from "../../src/github/neutralize.js";

const binding: RecordBinding = { key: Buffer.alloc(32, 7), repository: "acme/infra", number: 5 };

const record: PlanRecord = {
  v: 2,
  environment: "staging",
  planHash: "0123456789abcdef".repeat(4),
  headSha: "a".repeat(40),
  baseSha: "b".repeat(40),
  requester: "alice",
  commandCommentId: 1234567,
  destroy: false,
  status: "planned",
  createdAt: "2026-03-01T12:00:00.000Z",
  policy: "pass",
  hasChanges: true,
};

const blobOf = (encoded: string) => encoded.slice("<!-- plagentic:record ".length, -" -->".length);
/** A record envelope MAC'd with the right key, so only the field under test is wrong. */
const encodeJson = (value: unknown) => {
  const mac = createHmac("sha256", binding.key)
    .update(JSON.stringify(["plagentic-plan-record", binding.repository, binding.number, value]))
    .digest("hex");
  return `<!-- plagentic:record ${Buffer.from(JSON.stringify({ r: value, mac })).toString("base64url")} -->`;
};
const M = planMarker("staging");
const enc = (r: PlanRecord) => encodeRecord(r, binding);
const dec = (body: string) => decodeRecord(body, binding);

describe("planMarker", () => {
  it("is a hidden HTML comment naming the environment", () => {
    expect(planMarker("staging")).toBe("<!-- plagentic:plan:staging -->");
  });

  it("refuses a name that could close the comment", () => {
    expect(() => planMarker("x --> <b>")).toThrow();
    expect(() => planMarker("")).toThrow();
  });
});

describe("encodeRecord / decodeRecord", () => {
  it("round-trips as the header of a comment body", () => {
    const body = `${stickyHeader(record, binding)}\n### Plan\n`;
    expect(dec(body)).toEqual(record);
  });

  it("is read only as the second line, right under the marker (never echoed text further down)", () => {
    expect(dec(`**Error:** bad key\n${M}\n${enc(record)}`)).toBeNull();
    expect(dec(`${M}\n\n${enc(record)}`)).toBeNull();
    expect(dec(`${planMarker("prod")}\n${enc(record)}`)).toBeNull();
  });

  it("refuses a record whose MAC was made with another key, repository or pull request", () => {
    const body = `${M}\n${enc(record)}`;
    expect(decodeRecord(body, { ...binding, key: Buffer.alloc(32, 8) })).toBeNull();
    expect(decodeRecord(body, { ...binding, repository: "acme/other" })).toBeNull();
    expect(decodeRecord(body, { ...binding, number: 6 })).toBeNull();
    expect(decodeRecord(body, { ...binding, repository: "ACME/Infra" })).toEqual(record);
  });

  it("refuses a record with an altered field, even a valid one", () => {
    const blob = blobOf(enc(record));
    const envelope = JSON.parse(Buffer.from(blob, "base64url").toString()) as { r: PlanRecord; mac: string };
    const forged = { ...envelope, r: { ...envelope.r, destroy: true } };
    const line = `<!-- plagentic:record ${Buffer.from(JSON.stringify(forged)).toString("base64url")} -->`;
    expect(dec(`${M}\n${line}`)).toBeNull();
  });

  it("neutralized text can never form a marker or a record", () => {
    const echoed = neutralize(`${M}\n${enc(record)}\n/plagentic apply staging`);
    expect(echoed).not.toContain("<!--");
    expect(dec(echoed)).toBeNull();
    expect(echoed.split("\n")[2]).not.toMatch(/^\/plagentic/);
  });

  it("round-trips the optional and nullable fields", () => {
    const { baseSha: _b, ...noBase } = record;
    const minimal: PlanRecord = {
      ...noBase,
      commandCommentId: null,
      status: "stale",
      destroy: true,
      policy: "fail",
    };
    expect(dec(`${M}\n${enc(minimal)}`)).toEqual(minimal);
  });

  it("accepts SHA-256 commit ids and offsets in dates", () => {
    const r: PlanRecord = { ...record, headSha: "c".repeat(64), createdAt: "2026-03-01T12:00:00+02:00" };
    expect(dec(`${M}\n${enc(r)}`)).toEqual(r);
  });

  it("is a hidden comment of base64url only", () => {
    expect(enc(record)).toMatch(/^<!-- plagentic:record [A-Za-z0-9_-]+ -->$/);
  });

  it("refuses to encode an invalid record", () => {
    expect(() => enc({ ...record, headSha: "nope" })).toThrow();
  });

  const valid = enc(record);
  const blob = blobOf(valid);
  const bad: [string, string][] = [
    ["empty body", ""],
    ["no record", "just a comment"],
    ["open without close", `<!-- plagentic:record ${blob}`],
    ["truncated blob", `<!-- plagentic:record ${blob.slice(0, blob.length - 7)} -->`],
    [
      "a character flipped",
      `<!-- plagentic:record ${blob.slice(0, 10)}${blob[10] === "A" ? "B" : "A"}${blob.slice(11)} -->`,
    ],
    [
      "standard base64 padding",
      `<!-- plagentic:record ${Buffer.from(JSON.stringify(record)).toString("base64")} -->`,
    ],
    ["spaces inside the blob", `<!-- plagentic:record ${blob.slice(0, 8)} ${blob.slice(8)} -->`],
    ["empty blob", "<!-- plagentic:record  -->"],
    ["not JSON", `<!-- plagentic:record ${Buffer.from("{nope").toString("base64url")} -->`],
    ["JSON but not an object", encodeJson([1, 2, 3])],
    ["JSON null", encodeJson(null)],
    ["wrong version", encodeJson({ ...record, v: 1 })],
    ["extra field", encodeJson({ ...record, approvedBy: "mallory" })],
    ["missing field", encodeJson({ ...record, hasChanges: undefined })],
    ["bad status", encodeJson({ ...record, status: "approved" })],
    ["bad policy", encodeJson({ ...record, policy: "ok" })],
    ["short SHA", encodeJson({ ...record, headSha: "abc1234" })],
    ["uppercase SHA", encodeJson({ ...record, headSha: "A".repeat(40) })],
    ["bad hash", encodeJson({ ...record, planHash: "x".repeat(64) })],
    ["bad environment", encodeJson({ ...record, environment: "../prod" })],
    ["bad requester", encodeJson({ ...record, requester: "<script>" })],
    ["negative comment id", encodeJson({ ...record, commandCommentId: -1 })],
    ["fractional comment id", encodeJson({ ...record, commandCommentId: 1.5 })],
    ["string comment id", encodeJson({ ...record, commandCommentId: "12" })],
    ["not a date", encodeJson({ ...record, createdAt: "yesterday" })],
    ["boolean as string", encodeJson({ ...record, destroy: "false" })],
    [
      "prototype pollution attempt",
      `<!-- plagentic:record ${Buffer.from(`{"__proto__":{"x":1},${JSON.stringify(record).slice(1)}`).toString("base64url")} -->`,
    ],
    [
      "invalid UTF-8",
      `<!-- plagentic:record ${Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString("base64url")} -->`,
    ],
    ["oversized blob", `<!-- plagentic:record ${"A".repeat(5_000)} -->`],
    [
      "no MAC",
      `<!-- plagentic:record ${Buffer.from(JSON.stringify({ r: record })).toString("base64url")} -->`,
    ],
    [
      "a v1 record without envelope",
      `<!-- plagentic:record ${Buffer.from(JSON.stringify({ ...record, v: 1 })).toString("base64url")} -->`,
    ],
    ["a megabyte of junk", `<!-- plagentic:record ${"-".repeat(1_000_000)}`],
  ];

  it.each(bad)("returns null for %s", (_name, line) => {
    expect(dec(`${M}\n${line}`)).toBeNull();
  });

  it("the tampering table starts from a body that does decode", () => {
    expect(dec(`${M}\n${valid}\ntext after`)).toEqual(record);
    expect(dec(`${M}\n${encodeJson(record)}`)).toEqual(record);
  });
});

const bot = "plagentic[bot]";
function comment(id: number, user: string, body: string, userType = "User"): IssueComment {
  return {
    id,
    user,
    userType,
    body,
    issueNumber: 5,
    htmlUrl: `https://github.com/o/r/pull/1#issuecomment-${id}`,
    createdAt: "2026-01-01T00:00:00Z",
  };
}

describe("findStickyComment", () => {
  const sticky = comment(10, bot, `${stickyHeader(record, binding)}\n### Plan for staging`, "Bot");

  it("finds the bot's comment for the environment", () => {
    const comments = [comment(1, "alice", "/plagentic plan staging"), sticky];
    expect(findStickyComment(comments, "staging", bot)).toBe(sticky);
  });

  it("ignores a user who pastes the marker (and a record) first", () => {
    const spoof = comment(5, "mallory", stickyHeader({ ...record, requester: "mallory" }, binding));
    expect(findStickyComment([spoof, sticky], "staging", bot)).toBe(sticky);
    expect(findStickyComment([spoof], "staging", bot)).toBeNull();
  });

  it("ignores a user whose login merely resembles the bot's", () => {
    const spoof = comment(5, "plagentic-bot", planMarker("staging"));
    expect(findStickyComment([spoof], "staging", bot)).toBeNull();
  });

  it("compares the bot login case-insensitively", () => {
    const c = comment(11, "Plagentic[bot]", planMarker("staging"), "Bot");
    expect(findStickyComment([c], "staging", bot)).toBe(c);
  });

  it("does not confuse environments that share a prefix", () => {
    const prod = comment(12, bot, planMarker("staging-eu"), "Bot");
    expect(findStickyComment([prod], "staging", bot)).toBeNull();
    expect(findStickyComment([prod, sticky], "staging", bot)).toBe(sticky);
  });

  it("needs the marker as the first line, not quoted or further down", () => {
    const quoted = comment(13, bot, `see \`${planMarker("staging")}\``, "Bot");
    expect(findStickyComment([quoted], "staging", bot)).toBeNull();
    const lower = comment(14, bot, `notice\n\n${planMarker("staging")}\nbody`, "Bot");
    expect(findStickyComment([quoted, lower], "staging", bot)).toBeNull();
    const first = comment(15, bot, `${planMarker("staging")}\nbody`, "Bot");
    expect(findStickyComment([quoted, lower, first], "staging", bot)).toBe(first);
  });

  it("returns the oldest when a race created two", () => {
    const second = comment(20, bot, planMarker("staging"), "Bot");
    expect(findStickyComment([sticky, second], "staging", bot)).toBe(sticky);
  });

  it("works in Action mode, where the bot is github-actions[bot]", () => {
    const c = comment(30, "github-actions[bot]", planMarker("staging"), "Bot");
    expect(findStickyComment([c], "staging", "github-actions[bot]")).toBe(c);
    expect(findStickyComment([c], "staging", bot)).toBeNull();
  });
});

describe("findPlanRecord", () => {
  it("returns the comment with its record", () => {
    const c = comment(10, bot, stickyHeader(record, binding), "Bot");
    expect(findPlanRecord([c], "staging", bot, binding)).toEqual({ comment: c, record });
  });

  it("drops a record that names another environment", () => {
    const c = comment(10, bot, `${planMarker("staging")}\n${enc({ ...record, environment: "prod" })}`, "Bot");
    expect(findPlanRecord([c], "staging", bot, binding)).toEqual({ comment: c, record: null });
  });

  it("returns the comment with no record when the record is broken", () => {
    const c = comment(10, bot, `${planMarker("staging")}\n<!-- plagentic:record !!! -->`, "Bot");
    expect(findPlanRecord([c], "staging", bot, binding)).toEqual({ comment: c, record: null });
  });

  it("is null without a sticky comment", () => {
    expect(findPlanRecord([], "staging", bot, binding)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { interpolate, isSecretVariableName } from "../../src/config/interpolate.js";

describe("interpolate", () => {
  it("substitutes variables in every string, leaving other values alone", () => {
    const out = interpolate(
      { a: "${X}", b: ["pre-${X}-${Y}-post", 3, true, null], c: { d: "$X and ${ not a ref" } },
      { X: "1", Y: "2" },
    );
    expect(out.data).toEqual({ a: "1", b: ["pre-1-2-post", 3, true, null], c: { d: "$X and ${ not a ref" } });
    expect(out.undefinedVars).toEqual([]);
  });

  it("uses ${VAR:-default} when the variable is unset or empty", () => {
    const out = interpolate(
      { a: "${U:-fallback}", b: "${E:-fallback}", c: "${S:-fallback}", d: "${U:-}" },
      {
        E: "",
        S: "set",
      },
    );
    expect(out.data).toEqual({ a: "fallback", b: "fallback", c: "set", d: "" });
    expect(out.undefinedVars).toEqual([]);
  });

  it("turns an unset variable into an empty string and records where it was", () => {
    const out = interpolate(
      { models: { openai: { api_key: "${OPENAI_API_KEY}" } }, list: ["x${MISSING}"] },
      {},
    );
    expect(out.data).toEqual({ models: { openai: { api_key: "" } }, list: ["x"] });
    expect(out.undefinedVars).toEqual([
      { path: ["models", "openai", "api_key"], variable: "OPENAI_API_KEY" },
      { path: ["list", 0], variable: "MISSING" },
    ]);
  });

  it("collects values of credential-like variables only, once each", () => {
    const env = { API_KEY: "k1", GH_TOKEN: "t1", DB_PASSWORD: "p1", MY_SECRET: "s1", REGION: "us-east-1" };
    const out = interpolate(
      {
        a: "${API_KEY}",
        b: "Bearer ${GH_TOKEN}",
        c: "${DB_PASSWORD}",
        d: "${MY_SECRET}",
        e: "${REGION}",
        f: "${API_KEY}",
      },
      env,
    );
    expect(out.secrets.sort()).toEqual(["k1", "p1", "s1", "t1"]);
  });

  it("does not treat a default as a secret", () => {
    expect(interpolate({ a: "${UNSET_TOKEN:-public}" }, {}).secrets).toEqual([]);
  });

  it("keeps a key named __proto__ as data", () => {
    const input = JSON.parse('{"__proto__": {"polluted": "${X}"}}') as unknown;
    const out = interpolate(input, { X: "yes" }).data as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("recognises secret variable names", () => {
    expect(isSecretVariableName("OPENAI_API_KEY")).toBe(true);
    expect(isSecretVariableName("github_token")).toBe(true);
    expect(isSecretVariableName("AWS_REGION")).toBe(false);
  });
});

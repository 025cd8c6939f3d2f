/**
 * Which config values are secrets: every value in a credential-named field, written into the file
 * or interpolated into it (hole 7: a literal `api_key: sk-live-...` was never redacted on GitHub).
 */
import { describe, expect, it } from "vitest";
import { configTextSecrets, isSecretFieldName, parseConfig } from "../../src/config/loader.js";

describe("config secrets", () => {
  it("collects a key written into the file, not only one interpolated", () => {
    const config = parseConfig(
      "models:\n  openai:\n    api_key: sk-live-literal-0123456789\n",
      "/p/config.yaml",
      {},
    );
    expect(config.secrets).toEqual(["sk-live-literal-0123456789"]);
  });

  it("collects a value interpolated into a key field from a variable not named like a credential", () => {
    const config = parseConfig('models:\n  openai:\n    api_key: "Bearer ${OPENAI}"\n', "/p/config.yaml", {
      OPENAI: "abc-def-ghi-jkl",
    });
    expect(config.secrets.sort()).toEqual(["Bearer abc-def-ghi-jkl", "abc-def-ghi-jkl"]);
  });

  it("collects every value under a credential-named key, at any depth, in the ignored tools section too", () => {
    const config = parseConfig(
      [
        "tools:",
        "  searchGoogle:",
        "    apiKey: serper-literal",
        "  vault:",
        "    credentials: { user: ci-user-name, pass: hunter2-hunter2 }",
        "    client-secret: 12345678",
        "    url: https://vault.example",
        "security:",
        "  keycloak_url: https://kc.example",
      ].join("\n"),
      "/p/config.yaml",
      {},
    );
    expect(config.secrets.sort()).toEqual(["12345678", "ci-user-name", "hunter2-hunter2", "serper-literal"]);
  });

  it("tells credential field names by their words", () => {
    for (const name of [
      "api_key",
      "apiKey",
      "APIKEY",
      "token",
      "github_token",
      "private-key",
      "DB_PASSWORD",
      "credentials",
    ])
      expect(isSecretFieldName(name), name).toBe(true);
    for (const name of ["keycloak_url", "max_tokens", "monkey", "region", "models", "secretary_name_x"])
      expect(isSecretFieldName(name), name).toBe(false);
  });

  it("finds the secrets of a file that fails validation, so its error can be redacted", () => {
    const text = "models:\n  openai:\n    api_key: sk-live-literal-0123456789\n    bogus: 1\n";
    expect(() => parseConfig(text, "/p/config.yaml", {})).toThrow(/unknown field "bogus"/);
    expect(configTextSecrets(text, {})).toEqual(["sk-live-literal-0123456789"]);
    expect(configTextSecrets("{ not: [yaml", {})).toEqual([]);
  });
});

import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".tools/", "coverage/", "data/", ".bench-build/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["probot", "@octokit/*", "@aws-sdk/*", "@google-cloud/*", "@azure/*"],
              message:
                "the core never imports a face or a cloud SDK; load providers through src/providers/registry.ts",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "src/providers/aws/**",
      "src/providers/gcp/**",
      "src/providers/azure/**",
      "src/app/**",
      "src/action/**",
      "src/github/**",
      "test/**",
      "bench/**",
    ],
    rules: { "no-restricted-imports": "off" },
  },
);

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "forks",
    // Vitest's default is one worker less than the cores, so one on these 2-core machines; most of
    // the suite's slow files wait on processes (terraform, moto_server, PostgreSQL, spawned CLIs),
    // so two files at a time keep both cores busy.
    maxWorkers: 2,
  },
});

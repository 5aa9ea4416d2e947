import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Spawned CLIs run the sources through tsx, never a possibly stale dist/ (bin/banwatch.js).
    env: { BANWATCH_FROM_SOURCE: "1" },
  },
});

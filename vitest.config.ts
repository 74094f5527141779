import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Every `ib` a test spawns runs lib/cli through tsx, never a dist/ build: tests always exercise the current
    // sources (an mtime check can be fooled), and parallel test files never rebuild dist/ under each other.
    // tests/integration/cli-build.test.ts tests the build itself.
    env: { IB_CLI_FROM_SOURCE: "1" },
  },
});

import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One migrated template database per run; each test file works on a copy (tests/helpers/temp-db.ts).
    globalSetup: ["tests/setup/template-database.ts"],
    // The few tests that spawn the real `ib` run lib/cli through tsx, never a dist/ build: they always exercise the
    // current sources (an mtime check can be fooled), and parallel test files never rebuild dist/ under each other.
    // tests/integration/cli-build.test.ts tests the build itself.
    env: { IB_CLI_FROM_SOURCE: "1" },
    projects: [
      {
        extends: true,
        // Pure code: no database, no network, no process-wide settings left behind; one thread loads modules once.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], pool: "threads", isolate: false },
      },
      {
        extends: true,
        // A process per file: each has its own database, settings and servers.
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], pool: "forks" },
      },
    ],
  },
});

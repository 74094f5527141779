import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Tests run on the server: "server-only" is its no-op, as under Next's react-server condition.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker per core less one: a single worker on a 2-core machine.
    maxWorkers: 2,
    // One migrated template database per run; each test file works on a copy (tests/helpers/temp-db.ts).
    globalSetup: ["tests/setup/template-database.ts"],
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

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
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Every `ib` a test spawns runs lib/cli through tsx, never a dist/ build: tests always exercise the current
    // sources (an mtime check can be fooled), and parallel test files never rebuild dist/ under each other.
    // tests/integration/cli-build.test.ts tests the build itself.
    // Child processes that run lib/ from source without bin/ib.js (tests/helpers/ib-save-loop.js) resolve
    // "server-only" to its no-op too.
    env: {
      IB_CLI_FROM_SOURCE: "1",
      NODE_OPTIONS: [
        process.env.NODE_OPTIONS,
        `--import=${new URL("./bin/server-only-register.js", import.meta.url).href}`,
      ]
        .filter(Boolean)
        .join(" "),
    },
  },
});

import { defineConfig } from "@playwright/test";
import { OWNER_STATE } from "./tests/e2e/helpers/owner";

const PORT = Number(process.env.IB_E2E_PORT ?? 3107);

// Browser tests drive Debian's Chromium against a production build of the app on 127.0.0.1
// with its own database in data/e2e-PORT/ (scripts/e2e-server.js; the build is reused while its inputs are unchanged,
// scripts/e2e-build.js). The setup project creates the owner through the owner setup page; every
// spec starts signed in as it.
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // Two spec files at a time against the one server (each test works on projects and users of its own);
  // IB_E2E_WORKERS=1 runs them one at a time.
  workers: Number(process.env.IB_E2E_WORKERS ?? 2),
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /owner\.setup\.ts$/ },
    { name: "chromium", dependencies: ["setup"], use: { storageState: OWNER_STATE } },
  ],
  webServer: {
    command: `node scripts/e2e-server.js ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});

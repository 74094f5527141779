// Builds the app and serves it on 127.0.0.1 for the browser tests, with a fresh database and secret key, and an
// OpenID Connect identity provider of its own.
import { execFileSync, spawn } from "node:child_process";
import { rmSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { OIDC_CLIENT, startIdentityProvider } from "../tests/e2e/helpers/identity-provider.js";

const port = process.argv[2] ?? "3107";
const dataDir = resolve(`data/e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const env = {
  ...process.env,
  DATABASE_URL: `file:${dataDir}/ib.db`,
  IB_DATA_DIR: dataDir,
  IB_LOG_FILE: `${dataDir}/server.log`,
  NEXT_TELEMETRY_DISABLED: "1",
  // The app refuses other hosts and origins; the browser tests reach it here.
  IB_PUBLIC_URL: `http://127.0.0.1:${port}`,
};
// OpenID Connect sign-in against an identity provider of its own (tests/e2e/accounts.spec.ts).
const appUrl = `http://127.0.0.1:${port}`;
Object.assign(env, {
  IB_OIDC_ISSUER: await startIdentityProvider(appUrl),
  IB_OIDC_CLIENT_ID: OIDC_CLIENT.id,
  IB_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
});
const next = resolve("node_modules/next/dist/bin/next");
if (!process.env.IB_E2E_SKIP_BUILD) execFileSync(process.execPath, [next, "build"], { stdio: "inherit", env });
const server = spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

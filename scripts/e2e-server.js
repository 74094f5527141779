// Serves a production build of the app on 127.0.0.1 for the browser tests, with a fresh database and secret key, and
// an OpenID Connect identity provider of its own. The build is reused while its inputs are unchanged (see
// e2e-build.js); IB_E2E_REBUILD=1 builds anyway, IB_E2E_SKIP_BUILD=1 serves whatever IB_NEXT_DIST holds.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { OIDC_CLIENT, startIdentityProvider } from "../tests/e2e/helpers/identity-provider.js";
import { ensureBuild } from "./e2e-build.js";

const port = process.argv[2] ?? "3107";
const dataDir = resolve(`data/e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const env = {
  ...process.env,
  // The build folder of the browser tests, apart from the `.next` of `npm run build` and `next dev`.
  IB_NEXT_DIST: process.env.IB_NEXT_DIST ?? ".next-e2e",
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
if (!process.env.IB_E2E_SKIP_BUILD) ensureBuild(env, { force: Boolean(process.env.IB_E2E_REBUILD) });
const server = spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
